package org.paperbridge.index;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;
import org.apache.lucene.index.IndexOptions;
import org.paperbridge.model.Article;
import org.paperbridge.model.Author;
import org.paperbridge.model.Bilingual;
import org.paperbridge.model.Dates;
import org.paperbridge.model.Entity;
import org.paperbridge.model.GlossaryEntry;
import org.paperbridge.model.Keyword;
import org.paperbridge.model.Paragraph;
import org.paperbridge.model.Section;
import org.paperbridge.text.TermDictionary;
import org.paperbridge.model.CodePoints;

/**
 * Turns one article into its Lucene documents: one per body paragraph, then one for the front
 * matter. The front-matter document closes the block, as a block-join parent does, so the same
 * layout serves a local index and a SolrCloud collection (where the article is the parent of
 * its paragraphs).
 */
public final class ArticleDocuments {
    private static final FieldType SEARCHED = textType(false);
    private static final FieldType SEARCHED_STORED = textType(true);

    private final FacetsConfig facets;

    ArticleDocuments(FacetsConfig facets) {
        this.facets = facets;
    }

    private static FieldType textType(boolean stored) {
        FieldType type = new FieldType(TextField.TYPE_NOT_STORED);
        // Offsets in the postings let the highlighter mark matches without re-analyzing the text.
        type.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
        type.setStored(stored);
        type.freeze();
        return type;
    }

    /** Bumped when the documents an article becomes change, so that a re-run re-indexes unchanged sources. */
    static final String LAYOUT = "4";

    /** The key under which the index knows this article made from these source bytes. */
    public static String sourceKey(Article article) {
        String sha = article.source() == null || article.source().sha256() == null ? "" : article.source().sha256();
        return article.id() + "@" + sha + "@" + LAYOUT;
    }

    List<Document> build(Article article) throws IOException {
        List<Document> docs = new ArrayList<>();
        for (Document doc : fields(article)) {
            docs.add(facets.build(doc));
        }
        return docs;
    }

    /**
     * The article's documents before facet encoding (facet values still as
     * {@link SortedSetDocValuesFacetField}s): what a SolrCloud collection receives, the paragraphs
     * first and the front-matter document last.
     */
    public static List<Document> fields(Article article) {
        EntityKeys entities = new EntityKeys(article);
        List<Document> docs = new ArrayList<>();
        for (Section section : article.sections()) {
            addSection(article, section, entities, docs);
        }
        docs.add(articleDocument(article, entities));
        return docs;
    }

    private static void addSection(Article article, Section section, EntityKeys entities, List<Document> docs) {
        for (Paragraph paragraph : section.paragraphs()) {
            docs.add(paragraphDocument(article, section, paragraph, entities));
        }
        for (Section child : section.sections()) {
            addSection(article, child, entities, docs);
        }
    }

    private static Document articleDocument(Article article, EntityKeys entities) {
        Document doc = common(article, Fields.KIND_ARTICLE);
        Bilingual title = article.title() == null ? Bilingual.EMPTY : article.title();
        addText(doc, Fields.TITLE, join("\n", title.zh(), title.en()));
        if (title.zh() != null) {
            doc.add(new StoredField(Fields.TITLE_ZH, title.zh()));
        }
        if (title.en() != null) {
            doc.add(new StoredField(Fields.TITLE_EN, title.en()));
        }
        List<String> keywordText = new ArrayList<>();
        for (Keyword keyword : article.keywords()) {
            for (String side : new String[] {keyword.zh(), keyword.en()}) {
                if (side != null && !side.isBlank()) {
                    keywordText.add(side);
                    doc.add(new SortedSetDocValuesFacetField(Fields.FACET_KEYWORD, side.strip()));
                }
            }
            addPair(doc, keyword.zh(), keyword.en());
        }
        addText(doc, Fields.KEYWORDS, String.join("; ", keywordText));
        if (article.abstract_() != null) {
            String zh = article.abstract_().zh() == null ? null : article.abstract_().zh().text();
            String en = article.abstract_().en() == null ? null : article.abstract_().en().text();
            addText(doc, Fields.ABSTRACT, join("\n", zh, en));
        }
        for (Author author : article.authors()) {
            Bilingual name = author.name();
            if (name == null) {
                continue;
            }
            for (String side : new String[] {name.zh(), name.en()}) {
                if (side != null && !side.isBlank()) {
                    doc.add(new TextField(Fields.AUTHOR_WORDS, side, Field.Store.NO));
                }
            }
        }
        if (article.identifiers() != null && article.identifiers().doi() != null) {
            doc.add(new StoredField(Fields.DOI_TEXT, article.identifiers().doi().strip()));
        }
        Integer year = year(article.dates());
        if (year != null) {
            doc.add(new StoredField(Fields.YEAR, year));
            doc.add(new SortedSetDocValuesFacetField(Fields.FACET_YEAR, year.toString()));
        }
        for (GlossaryEntry entry : article.glossary()) {
            addPair(doc, entry.zh(), entry.en());
            addPair(doc, entry.zh(), entry.abbr());
            addPair(doc, entry.abbr(), entry.en());
        }
        entities.addTo(doc, entities.frontMatter());
        addEntityFacets(doc, article);
        return doc;
    }

    private static Document paragraphDocument(Article article, Section section, Paragraph paragraph,
                                              EntityKeys entities) {
        Document doc = common(article, Fields.KIND_PARAGRAPH);
        doc.add(new StringField(Fields.PARAGRAPH_ID, paragraph.id(), Field.Store.YES));
        if (section.number() != null) {
            doc.add(new StringField(Fields.SECTION_NUMBER, section.number(), Field.Store.YES));
        }
        if (section.title() != null) {
            doc.add(new StoredField(Fields.SECTION_TITLE, section.title()));
        }
        doc.add(new StringField(Fields.LANG, paragraph.lang(), Field.Store.YES));
        addText(doc, Fields.BODY, paragraph.text());
        entities.addTo(doc, entities.at(paragraph.id()));
        String spans = entities.spans(entities.at(paragraph.id()));
        if (!spans.isEmpty()) {
            doc.add(new StoredField(Fields.ENTITY_SPANS, spans));
        }
        return doc;
    }

    private static Document common(Article article, String kind) {
        Document doc = new Document();
        doc.add(new StringField(Fields.KIND, kind, Field.Store.YES));
        doc.add(new StringField(Fields.DOC_ID, article.id(), Field.Store.YES));
        doc.add(new StringField(Fields.SOURCE_KEY, sourceKey(article), Field.Store.NO));
        addArticleFilters(doc, article);
        return doc;
    }

    /** Article-level keys on every document, so year:2024 AND 肝衰竭 can match a paragraph. */
    private static void addArticleFilters(Document doc, Article article) {
        for (Keyword keyword : article.keywords()) {
            for (String side : new String[] {keyword.zh(), keyword.en()}) {
                if (side != null && !side.isBlank()) {
                    doc.add(new StringField(Fields.KEYWORD, Fields.key(side), Field.Store.NO));
                }
            }
        }
        for (Author author : article.authors()) {
            if (author.name() != null) {
                for (String side : new String[] {author.name().zh(), author.name().en()}) {
                    if (side != null && !side.isBlank()) {
                        doc.add(new StringField(Fields.AUTHOR, Fields.key(side), Field.Store.NO));
                    }
                }
            }
        }
        if (article.identifiers() != null && article.identifiers().doi() != null) {
            doc.add(new StringField(Fields.DOI, Fields.exact(article.identifiers().doi()), Field.Store.NO));
        }
        Integer year = year(article.dates());
        if (year != null) {
            doc.add(new IntPoint(Fields.YEAR, year));
        }
    }

    /** The same text feeds the word, bigram and English fields; only the word field stores it. */
    private static void addText(Document doc, String group, String text) {
        if (text == null || text.isBlank()) {
            return;
        }
        doc.add(new Field(Fields.zh(group), text, SEARCHED_STORED));
        doc.add(new Field(Fields.bigram(group), text, SEARCHED));
        doc.add(new Field(Fields.en(group), text, SEARCHED));
    }

    /** Searchable entity fields (norm, id, mention; exact and folded) for the mentions {@code where} accepts. */
    /**
     * An article's entities grouped by where they stand (so a paragraph finds its own without a pass
     * over all), and their names, ids and surface forms as exact keys of their type's field, each
     * computed once per article however often the entity recurs.
     */
    private static final class EntityKeys {
        private final Map<String, List<Entity>> byWhere = new HashMap<>();
        private final List<Entity> frontMatter = new ArrayList<>();
        private final Map<String, String[]> forms = new HashMap<>();

        EntityKeys(Article article) {
            for (Entity entity : article.entities()) {
                String where = entity.where();
                if (where == null || Fields.entityField(entity.type()) == null) {
                    continue;
                }
                byWhere.computeIfAbsent(where, w -> new ArrayList<>()).add(entity);
                if (where.startsWith("abstract") || where.startsWith("title")) {
                    frontMatter.add(entity);
                }
            }
        }

        List<Entity> at(String where) {
            return byWhere.getOrDefault(where, List.of());
        }

        List<Entity> frontMatter() {
            return frontMatter;
        }

        /** The mentions as {@link Fields#ENTITY_SPANS} lines: field, start, end and the keys a query matches. */
        String spans(List<Entity> entities) {
            StringBuilder out = new StringBuilder();
            for (Entity entity : entities) {
                Set<String> keys = new LinkedHashSet<>();
                for (String value : new String[] {entity.norm(), entity.id(), entity.text()}) {
                    if (value != null && !value.isBlank()) {
                        for (String form : forms.computeIfAbsent(value,
                                v -> new String[] {Fields.key(v), BioSymbols.fold(v.strip())})) {
                            if (!form.isEmpty() && form.indexOf('|') < 0 && form.indexOf('\n') < 0) {
                                keys.add(form);
                            }
                        }
                    }
                }
                out.append(Fields.entityField(entity.type())).append('\t').append(entity.start()).append('\t')
                        .append(entity.end()).append('\t').append(String.join("|", keys)).append('\n');
            }
            return out.toString();
        }

        void addTo(Document doc, List<Entity> entities) {
            Set<String> seen = new LinkedHashSet<>();
            for (Entity entity : entities) {
                String field = Fields.entityField(entity.type());
                for (String value : new String[] {entity.norm(), entity.id(), entity.text()}) {
                    if (value == null || value.isBlank()) {
                        continue;
                    }
                    String[] keys = forms.computeIfAbsent(value,
                            v -> new String[] {Fields.key(v), BioSymbols.fold(v.strip())});
                    for (String form : keys) {
                        if (!form.isEmpty() && seen.add(field + "\u0000" + form)) {
                            doc.add(new StringField(field, form, Field.Store.NO));
                        }
                    }
                }
            }
        }
    }

    /**
     * Every entity of the article as a facet value of its front-matter document: facets count
     * articles, by id where the entity has one ({@link SearchResult.FacetCount#label}), else by name.
     */
    private static void addEntityFacets(Document doc, Article article) {
        Set<String> seen = new LinkedHashSet<>();
        for (Entity entity : article.entities()) {
            String field = Fields.entityField(entity.type());
            String name = entity.norm() != null && !entity.norm().isBlank() ? entity.norm() : entity.text();
            if (field == null || name == null || name.isBlank()) {
                continue;
            }
            boolean hasId = entity.id() != null && !entity.id().isBlank();
            String label = SearchResult.FacetCount.label(hasId ? entity.id().strip() : null, name.strip());
            if (seen.add(field + "\u0000" + (hasId ? entity.id().strip() : label))) {
                doc.add(new SortedSetDocValuesFacetField(field, label));
            }
        }
    }

    private static void addPair(Document doc, String zh, String en) {
        if (zh != null && en != null && !zh.isBlank() && !en.isBlank()) {
            doc.add(new StoredField(Fields.PAIR, zh.strip() + "\t" + en.strip()));
        }
    }

    /** Publication year: published, else accepted, revised, received (the first the article prints). */
    static Integer year(Dates dates) {
        if (dates == null) {
            return null;
        }
        for (String date : new String[] {dates.published(), dates.accepted(), dates.revised(), dates.received()}) {
            if (date != null && date.matches("\\d{4}.*")) {
                return Integer.valueOf(date.substring(0, 4));
            }
        }
        return null;
    }

    private static String join(String separator, String... parts) {
        String joined = java.util.Arrays.stream(parts).filter(p -> p != null && !p.isBlank())
                .collect(Collectors.joining(separator));
        return joined.isEmpty() ? null : joined;
    }
}
