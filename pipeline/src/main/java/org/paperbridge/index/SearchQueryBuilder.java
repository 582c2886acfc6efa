package org.paperbridge.index;

import org.paperbridge.lang.Scripts;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.QueryBuilder;

import org.paperbridge.text.TermDictionary;
import org.paperbridge.model.CodePoints;

/**
 * Turns a parsed user query into a Lucene query: each word or phrase is searched in every text
 * group (boosted title > keywords > abstract > body), Chinese in the bigram and word fields, other
 * text in the English field, and expanded with its translations; consecutive bare words that form
 * a known term ("liver failure") are translated together; NOT excludes whole articles.
 */
final class SearchQueryBuilder {
    private static final float TRANSLATION_BOOST = 0.8f;
    private static final int LONGEST_TERM_IN_WORDS = 6;

    private final QueryBuilder lucene;
    private final TermTranslator translator;
    private final Set<String> languages;
    private final Collection<String> defaultGroups;

    /**
     * @param languages which text fields to search: "zh" (word and bigram fields), "en", or both
     * @param defaultGroups the text groups a bare word searches (all four unless --field narrows it)
     */
    SearchQueryBuilder(Analyzer analyzer, TermTranslator translator, Set<String> languages,
                       Collection<String> defaultGroups) {
        this.lucene = new QueryBuilder(analyzer);
        this.translator = translator;
        this.languages = languages;
        this.defaultGroups = defaultGroups;
    }

    Query build(QueryNode node) {
        if (node instanceof QueryNode.Text text) {
            return expanded(text.text(), defaultGroups);
        } else if (node instanceof QueryNode.Fielded fielded) {
            return fielded(fielded);
        } else if (node instanceof QueryNode.YearRange range) {
            return IntPoint.newRangeQuery(Fields.YEAR, range.from(), range.to());
        } else if (node instanceof QueryNode.Or or) {
            BooleanQuery.Builder b = new BooleanQuery.Builder();
            or.clauses().forEach(c -> b.add(build(c), Occur.SHOULD));
            return b.build();
        } else if (node instanceof QueryNode.And and) {
            return and(and.clauses());
        } else {
            QueryNode.Not not = (QueryNode.Not) node;
            return new BooleanQuery.Builder()
                    .add(new MatchAllDocsQuery(), Occur.MUST)
                    .add(excluded(not.clause()), Occur.MUST_NOT).build();
        }
    }

    private Query and(List<QueryNode> clauses) {
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        boolean positive = false;
        for (int i = 0; i < clauses.size(); i++) {
            QueryNode clause = clauses.get(i);
            if (clause instanceof QueryNode.Not not) {
                b.add(excluded(not.clause()), Occur.MUST_NOT);
                continue;
            }
            int words = bareWordRun(clauses, i);
            int joined = words > 1 ? longestTranslatedRun(clauses, i, words) : 0;
            if (joined > 1) {
                List<String> parts = new ArrayList<>();
                for (int k = i; k < i + joined; k++) {
                    parts.add(((QueryNode.Text) clauses.get(k)).text());
                }
                b.add(joinedWords(parts), Occur.MUST);
                i += joined - 1;
            } else {
                b.add(build(clause), Occur.MUST);
            }
            positive = true;
        }
        if (!positive) {
            b.add(new MatchAllDocsQuery(), Occur.MUST);
        }
        return b.build();
    }

    /** NOT excludes whole articles: an article that names the excluded term anywhere is not a match. */
    private Query excluded(QueryNode clause) {
        return new WholeArticleQuery(build(clause));
    }

    private static int bareWordRun(List<QueryNode> clauses, int from) {
        int n = 0;
        while (from + n < clauses.size() && clauses.get(from + n) instanceof QueryNode.Text t && !t.quoted()) {
            n++;
        }
        return n;
    }

    private int longestTranslatedRun(List<QueryNode> clauses, int from, int available) {
        for (int n = Math.min(available, LONGEST_TERM_IN_WORDS); n > 1; n--) {
            StringBuilder phrase = new StringBuilder();
            for (int k = from; k < from + n; k++) {
                phrase.append(k > from ? " " : "").append(((QueryNode.Text) clauses.get(k)).text());
            }
            if (!translator.translate(phrase.toString()).isEmpty()) {
                return n;
            }
        }
        return 0;
    }

    /** All the words (in any order), or the translation of them taken together. */
    private Query joinedWords(List<String> words) {
        BooleanQuery.Builder all = new BooleanQuery.Builder();
        words.forEach(w -> all.add(text(w, defaultGroups), Occur.MUST));
        BooleanQuery.Builder any = new BooleanQuery.Builder().add(all.build(), Occur.SHOULD);
        String joined = String.join(" ", words);
        for (String translation : translator.translate(joined)) {
            any.add(new BoostQuery(text(translation, defaultGroups), TRANSLATION_BOOST), Occur.SHOULD);
        }
        addEntities(any, joined, defaultGroups);
        return any.build();
    }

    /**
     * A word or phrase, or any of its translations: one flat disjunction of (group, text) clauses,
     * so the top-level scorer sees every clause's maximum score and can skip what cannot rank.
     * Translations that analyze to the same clause (白细胞介素-1β, 白细胞介素1β, 白细胞介素 1β from
     * different glossaries) become one clause with their boosts summed: the same matches and,
     * scores being linear in the boost, the same score, for one clause's cost instead of several.
     */
    private Query expanded(String text, Collection<String> groups) {
        Map<Query, Float> boosts = new LinkedHashMap<>();
        addGroups(boosts, text, groups, 1f);
        for (String translation : translator.translate(text)) {
            addGroups(boosts, translation, groups, TRANSLATION_BOOST);
        }
        BooleanQuery.Builder any = disjunction(boosts);
        int clauses = boosts.size() + addEntities(any, text, groups);
        return clauses == 0 ? new MatchNoDocsQuery("no searchable words in '" + text + "'") : any.build();
    }

    /** One SHOULD clause per query, with its boost. */
    private static BooleanQuery.Builder disjunction(Map<Query, Float> boosts) {
        BooleanQuery.Builder any = new BooleanQuery.Builder();
        boosts.forEach((query, boost) -> any.add(new BoostQuery(query, boost), Occur.SHOULD));
        return any;
    }

    /** The text's clause in each group it can be searched in, its boost added to what the clause already has. */
    private void addGroups(Map<Query, Float> to, String text, Collection<String> groups, float boost) {
        boolean han = text.codePoints().anyMatch(Scripts::isHan);
        for (String group : groups) {
            Query inGroup = han ? chinese(group, text) : english(group, text);
            if (inGroup != null) {
                to.merge(inGroup, boost * Fields.GROUP_BOOSTS.get(group), Float::sum);
            }
        }
    }

    /**
     * The ids of the entities the text names, as clauses on the entity fields: a paragraph that
     * names the entity under any name (肝纤维化 for "liver fibrosis") is a match. Only when every
     * group is searched, since the entity fields do not say which part of an article a mention is in.
     */
    private int addEntities(BooleanQuery.Builder to, String text, Collection<String> groups) {
        if (!groups.containsAll(Fields.GROUPS)) {
            return 0;
        }
        int added = 0;
        for (TermTranslator.EntityKey entity : translator.entities(text)) {
            to.add(new BoostQuery(new TermQuery(new Term(entity.field(), Fields.key(entity.id()))), TRANSLATION_BOOST),
                    Occur.SHOULD);
            added++;
        }
        return added;
    }

    /**
     * The text as a phrase in each group (boosted, summed). Text with Chinese characters is searched
     * in the word and bigram fields, where the bigram field finds words buried in longer ones and
     * the word field adds to the score; other text in the English field only, which alone stems
     * words and folds symbol variants.
     */
    private Query text(String text, Collection<String> groups) {
        Map<Query, Float> perGroup = new LinkedHashMap<>();
        addGroups(perGroup, text, groups, 1f);
        return perGroup.isEmpty() ? new MatchNoDocsQuery("no searchable words in '" + text + "'")
                : disjunction(perGroup).build();
    }

    private Query chinese(String group, String text) {
        if (!languages.contains("zh")) {
            return null;
        }
        Query words = lucene.createPhraseQuery(Fields.zh(group), text);
        Query bigrams = lucene.createPhraseQuery(Fields.bigram(group), text);
        if (words == null || bigrams == null) {
            return words == null ? bigrams : words;
        }
        if (text.codePointCount(0, text.length()) < 2) {
            // A single character has no bigram of its own: either field may hold it.
            return new DisjunctionMaxQuery(List.of(words, bigrams), 0.1f);
        }
        // Every word-field match is also a bigram match: match on bigrams, score the whole words higher.
        return new BooleanQuery.Builder().add(bigrams, Occur.MUST).add(words, Occur.SHOULD).build();
    }

    /** Latin text; with --lang zh it still finds symbols (NLRP3) kept whole in the word field. */
    private Query english(String group, String text) {
        if (languages.contains("en")) {
            return lucene.createPhraseQuery(Fields.en(group), text);
        }
        return languages.contains("zh") ? lucene.createPhraseQuery(Fields.zh(group), text) : null;
    }

    private Query fielded(QueryNode.Fielded f) {
        String value = f.value();
        return switch (f.field()) {
            case "title" -> expanded(value, List.of(Fields.TITLE));
            case "abstract" -> expanded(value, List.of(Fields.ABSTRACT));
            case "body" -> expanded(value, List.of(Fields.BODY));
            case "keyword" -> either(new TermQuery(new Term(Fields.KEYWORD, Fields.key(value))),
                    expanded(value, List.of(Fields.KEYWORDS)));
            case "author" -> either(new TermQuery(new Term(Fields.AUTHOR, Fields.key(value))),
                    orNone(lucene.createPhraseQuery(Fields.AUTHOR_WORDS, value)));
            case "doi" -> new TermQuery(new Term(Fields.DOI,
                    Fields.exact(value.replaceFirst("(?i)^(https?://(dx\\.)?doi\\.org/|doi:)", ""))));
            default -> entityRanked(f.field(), value);
        };
    }

    /**
     * An entity field matches the documents that carry the entity; among them, those whose text
     * names it more (and articles whose title or abstract does) rank first, through the value
     * searched as text too, as a bare word would be. Entity keys alone would score every hit alike.
     */
    private Query entityRanked(String field, String value) {
        Query text = expanded(value, defaultGroups);
        BooleanQuery.Builder b = new BooleanQuery.Builder().add(entity(field, value), Occur.MUST);
        if (!(text instanceof MatchNoDocsQuery)) {
            b.add(text, Occur.SHOULD);
        }
        return b.build();
    }

    /** An entity field: the exact norm, id or mention, or the same with Greek and hyphens folded. */
    private static Query entity(String field, String value) {
        Set<String> forms = new LinkedHashSet<>(List.of(Fields.key(value), BioSymbols.fold(value.strip())));
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        forms.stream().filter(s -> !s.isEmpty()).forEach(s -> b.add(new TermQuery(new Term(field, s)), Occur.SHOULD));
        return b.build();
    }

    private static Query either(Query a, Query b) {
        return new BooleanQuery.Builder().add(a, Occur.SHOULD).add(b, Occur.SHOULD).build();
    }

    private static Query orNone(Query q) {
        return q == null ? new MatchNoDocsQuery() : q;
    }
}
