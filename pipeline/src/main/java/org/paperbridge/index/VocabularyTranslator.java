package org.paperbridge.index;

import org.paperbridge.lang.Scripts;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;

import org.paperbridge.lang.TraditionalChinese;
import org.paperbridge.model.CodePoints;

/**
 * Translates through pairs of terms: the index's own glossary entries and keyword pairs, or a
 * dictionary's. English is matched on its stemmed words, so "mesenchymal stem cells" finds the
 * pair of "mesenchymal stem cell"; Chinese with traditional characters folded, so a traditional
 * glossary entry translates a simplified query.
 */
public final class VocabularyTranslator implements TermTranslator {
    private final Analyzer english = new EnglishBioAnalyzer();
    private final Map<String, Set<String>> translations = new HashMap<>();

    /**
     * The corpus's pairs. A translation that one article alone gives is left out where another
     * translation of the same term is given by several: glossaries mined from running text cut
     * some terms at the wrong place (因子 for TNFa beside 肿瘤坏死因子α, 上清液中白细胞介素1β beside
     * 白细胞介素1β), and each such cut is rare while the right reading recurs. A term that only
     * one-article translations have keeps them all.
     */
    public VocabularyTranslator(CorpusVocabulary vocabulary) {
        this(vocabulary.pairs(), vocabulary::articlesOf);
    }

    /** @param pairs in the order their translations should come, each as good as any other */
    public VocabularyTranslator(List<CorpusVocabulary.TermPair> pairs) {
        this(pairs, null);
    }

    /** @param articlesOf how many articles give a pair; null for a dictionary, whose translations are all kept */
    private VocabularyTranslator(List<CorpusVocabulary.TermPair> pairs,
            java.util.function.ToIntFunction<CorpusVocabulary.TermPair> articlesOf) {
        // key -> its translations in order, each with the articles that give it
        Map<String, Map<String, Integer>> support = new HashMap<>();
        for (CorpusVocabulary.TermPair pair : pairs) {
            String zh = key(pair.zh());
            String en = key(pair.en());
            if (zh.equals(en)) {
                continue;
            }
            int articles = articlesOf == null ? 1 : articlesOf.applyAsInt(pair);
            link(support, zh, pair.en(), articles);
            link(support, en, pair.zh(), articles);
        }
        support.forEach((key, targets) -> {
            boolean recurring = articlesOf != null && targets.values().stream().anyMatch(n -> n > 1);
            Set<String> kept = new LinkedHashSet<>();
            targets.forEach((to, n) -> {
                if (n > 1 || !recurring) {
                    kept.add(to);
                }
            });
            translations.put(key, kept);
        });
    }

    private static void link(Map<String, Map<String, Integer>> support, String fromKey, String to, int articles) {
        if (!fromKey.isEmpty()) {
            support.computeIfAbsent(fromKey, k -> new java.util.LinkedHashMap<>()).merge(to, articles, Integer::sum);
        }
    }

    @Override
    public Set<String> translate(String term) {
        return translations.getOrDefault(key(term), Set.of());
    }

    /** Chinese without spaces; anything else as its English analysis, symbols folded (BM-MSCs = BM-MSC). */
    String key(String term) {
        if (term.codePoints().anyMatch(Scripts::isHan)) {
            return TraditionalChinese.fold(term).replaceAll("\\s+", "").toLowerCase(java.util.Locale.ROOT);
        }
        List<String> words = new ArrayList<>();
        try (TokenStream ts = english.tokenStream("key", term)) {
            CharTermAttribute text = ts.addAttribute(CharTermAttribute.class);
            PositionIncrementAttribute increment = ts.addAttribute(PositionIncrementAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                if (increment.getPositionIncrement() == 0 && !words.isEmpty()) {
                    words.set(words.size() - 1, text.toString()); // the folded variant of a symbol
                } else {
                    words.add(text.toString());
                }
            }
            ts.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return String.join(" ", words);
    }
}
