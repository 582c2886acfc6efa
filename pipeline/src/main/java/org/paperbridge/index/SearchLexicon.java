package org.paperbridge.index;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.zip.GZIPInputStream;

import org.paperbridge.entity.BilingualTerms;
import org.paperbridge.entity.EntityTagger;
import org.paperbridge.entity.Lexicon;
import org.paperbridge.lang.Scripts;
import org.paperbridge.model.Entity;

/**
 * What a query knows beyond the corpus's own glossary: the lexicons' Chinese–English pairs, a
 * general Chinese–English biomedical dictionary behind them (config/lexicons, with provenance),
 * looked up on stemmed English so plurals translate, and the entity tagger run on the query, so
 * a term that names an entity also finds the entity's id and canonical name (and its translations).
 */
public final class SearchLexicon implements TermTranslator {
    /** The general dictionaries, best first: hand-written terms, then the CC-CEDICT biomedical subset. */
    static final List<String> DICTIONARIES = List.of("zh_en_biomed_terms.tsv", "cedict_biomed_zh_en.tsv.gz");
    /** Translations kept per term, so a common word cannot blow a query up. */
    private static final int MAX_TRANSLATIONS = 8;

    private final VocabularyTranslator pairs;
    private final EntityTagger tagger;

    private SearchLexicon(List<CorpusVocabulary.TermPair> pairs, EntityTagger tagger) {
        this.pairs = new VocabularyTranslator(pairs);
        this.tagger = tagger;
    }

    /**
     * The expansion {@code search} and the service use: the lexicons' pairs and dictionaries, and
     * the lexicons alone tagging the query (a query is a few words; the learned models add nothing
     * there and load slowly).
     */
    public static SearchLexicon forQueries(BilingualTerms terms, Lexicon lexicon) {
        return load(terms, new EntityTagger(lexicon, null));
    }

    /**
     * @param lexicon the entity lexicons' bilingual pairs
     * @param tagger tags queries, or null for translations without entity recognition
     */
    public static SearchLexicon load(BilingualTerms lexicon, EntityTagger tagger) {
        List<CorpusVocabulary.TermPair> pairs = new ArrayList<>();
        for (String zh : lexicon.chinese()) {
            for (String en : lexicon.translations(zh)) {
                pairs.add(new CorpusVocabulary.TermPair(zh, en));
            }
        }
        for (String file : DICTIONARIES) {
            for (CorpusVocabulary.TermPair pair : read(file)) {
                pairs.add(pair);
            }
        }
        return new SearchLexicon(pairs, tagger);
    }

    /** The dictionary pairs of one file under {@code lexicons/} in the jar: zh TAB en, one header row. */
    static List<CorpusVocabulary.TermPair> read(String file) {
        try (InputStream raw = SearchLexicon.class.getClassLoader().getResourceAsStream("lexicons/" + file)) {
            if (raw == null) {
                throw new IllegalStateException("dictionary file missing: " + file);
            }
            InputStream in = file.endsWith(".gz") ? new GZIPInputStream(raw) : raw;
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            List<CorpusVocabulary.TermPair> out = new ArrayList<>();
            r.readLine();
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                String[] c = line.split("\t", -1);
                if (c.length >= 2 && !c[0].isBlank() && !c[1].isBlank()) {
                    out.add(new CorpusVocabulary.TermPair(c[0].strip(), c[1].strip()));
                }
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read dictionary " + file, e);
        }
    }

    @Override
    public Set<String> translate(String term) {
        Set<String> out = new LinkedHashSet<>(pairs.translate(term));
        String key = pairs.key(term);
        for (EntityKey entity : entities(term)) {
            if (entity.norm() != null && !pairs.key(entity.norm()).equals(key)) {
                out.add(entity.norm());
            }
            if (entity.norm() != null) {
                out.addAll(pairs.translate(entity.norm()));
            }
        }
        out.removeIf(t -> pairs.key(t).equals(key));
        return out.size() <= MAX_TRANSLATIONS ? out : new LinkedHashSet<>(new ArrayList<>(out).subList(0, MAX_TRANSLATIONS));
    }

    /** The entities the tagger finds spanning the whole term (a term partly an entity names none). */
    @Override
    public List<EntityKey> entities(String term) {
        String text = term.strip();
        if (tagger == null || text.isEmpty()) {
            return List.of();
        }
        int length = text.codePointCount(0, text.length());
        String lang = Scripts.containsHan(text) ? "zh" : "en";
        List<EntityKey> out = new ArrayList<>();
        for (Entity e : tagger.tag(text, lang, "query")) {
            String field = Fields.entityField(e.type());
            if (field != null && e.id() != null && e.start() == 0 && e.end() == length) {
                EntityKey key = new EntityKey(field, e.id(), e.norm());
                if (!out.contains(key)) {
                    out.add(key);
                }
            }
        }
        return out;
    }
}
