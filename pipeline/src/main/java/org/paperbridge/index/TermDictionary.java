package org.paperbridge.index;

import java.util.Collection;
import java.util.TreeMap;

import com.hankcs.hanlp.collection.trie.DoubleArrayTrie;
import com.hankcs.hanlp.collection.trie.bintrie.BinTrie;
import com.hankcs.hanlp.corpus.tag.Nature;
import com.hankcs.hanlp.dictionary.CoreDictionary;
import com.hankcs.hanlp.dictionary.DynamicCustomDictionary;
import org.paperbridge.text.HanLPSetup;

/**
 * The Chinese words the segmenter must keep whole (lexicon and glossary terms), built once and
 * shared read-only by every tokenizer; HanLP's own global custom dictionary is never touched.
 */
public final class TermDictionary {
    private final DynamicCustomDictionary dictionary;
    private final int size;

    private TermDictionary(DynamicCustomDictionary dictionary, int size) {
        this.dictionary = dictionary;
        this.size = size;
    }

    /** A dictionary of the Chinese terms in {@code terms}; terms without a Han character are ignored. */
    public static TermDictionary of(Collection<String> terms) {
        HanLPSetup.ensure();
        TreeMap<String, CoreDictionary.Attribute> map = new TreeMap<>();
        for (String term : terms) {
            if (term == null) {
                continue;
            }
            String word = term.strip();
            // Only all-Han words: the tokenizer hands HanLP nothing but runs of Han characters.
            if (word.length() > 1 && word.codePoints().allMatch(TermDictionary::isHan)) {
                map.put(word, new CoreDictionary.Attribute(Nature.nz, 1));
            }
        }
        int size = map.size();
        if (map.isEmpty()) {
            // HanLP cannot search an unbuilt trie; this private-use key never occurs in a Han run.
            map.put("\uE000\uE000", new CoreDictionary.Attribute(Nature.nz, 1));
        }
        DoubleArrayTrie<CoreDictionary.Attribute> trie = new DoubleArrayTrie<>();
        trie.build(map);
        // A null path list keeps HanLP from loading (and caching) its bundled custom dictionary files.
        return new TermDictionary(new DynamicCustomDictionary(trie, new BinTrie<>(), (String[]) null), size);
    }

    public static TermDictionary empty() {
        return of(java.util.List.of());
    }

    static boolean isHan(int codePoint) {
        return Character.UnicodeScript.of(codePoint) == Character.UnicodeScript.HAN;
    }

    DynamicCustomDictionary hanlp() {
        return dictionary;
    }

    public int size() {
        return size;
    }
}
