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

    public VocabularyTranslator(CorpusVocabulary vocabulary) {
        this(vocabulary.pairs());
    }

    /** @param pairs in the order their translations should come */
    public VocabularyTranslator(List<CorpusVocabulary.TermPair> pairs) {
        for (CorpusVocabulary.TermPair pair : pairs) {
            link(pair.zh(), pair.en());
            link(pair.en(), pair.zh());
        }
    }

    private void link(String from, String to) {
        String key = key(from);
        if (!key.isEmpty() && !key(to).equals(key)) {
            translations.computeIfAbsent(key, k -> new LinkedHashSet<>()).add(to);
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
