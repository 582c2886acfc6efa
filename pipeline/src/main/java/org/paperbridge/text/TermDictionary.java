package org.paperbridge.text;

import org.paperbridge.lang.Scripts;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

import com.hankcs.hanlp.HanLP;
import com.hankcs.hanlp.collection.trie.DoubleArrayTrie;
import com.hankcs.hanlp.collection.trie.bintrie.BinTrie;
import com.hankcs.hanlp.corpus.tag.Nature;
import com.hankcs.hanlp.dictionary.CoreDictionary;
import com.hankcs.hanlp.dictionary.DynamicCustomDictionary;
import com.hankcs.hanlp.seg.Segment;
import com.hankcs.hanlp.seg.common.Term;
import org.paperbridge.model.CodePoints;

/**
 * The Chinese words the segmenter must keep whole (lexicon and glossary terms), built once and
 * shared read-only; HanLP's own global custom dictionary is never touched. It also segments runs
 * of Han characters with these words: the index and the CoNLL export ask for the same runs of
 * the same article on the same worker thread, so each thread remembers its latest runs and HanLP
 * segments each only once.
 */
public final class TermDictionary {
    /** Runs remembered per thread: more than one long article holds. */
    private static final int REMEMBERED_RUNS = 4096;

    private final DynamicCustomDictionary dictionary;
    private final List<String> terms;
    private final ThreadLocal<Segment> segment;
    private final ThreadLocal<Map<String, int[]>> recent = ThreadLocal.withInitial(() ->
            new LinkedHashMap<>(REMEMBERED_RUNS * 2, 0.75f, true) {
                @Override
                protected boolean removeEldestEntry(Map.Entry<String, int[]> eldest) {
                    return size() > REMEMBERED_RUNS;
                }
            });

    private TermDictionary(DynamicCustomDictionary dictionary, List<String> terms) {
        this.dictionary = dictionary;
        this.terms = terms;
        // The person-name recognizer glues unrelated characters (炎性小体 → 炎性小/体): off.
        this.segment = ThreadLocal.withInitial(() -> HanLP.newSegment()
                .enableOffset(true)
                .enableNameRecognize(false)
                .enablePartOfSpeechTagging(false)
                .enableCustomDictionary(dictionary));
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
            if (word.length() > 1 && word.codePoints().allMatch(Scripts::isHan)) {
                map.put(word, new CoreDictionary.Attribute(Nature.nz, 1));
            }
        }
        List<String> words = List.copyOf(map.keySet());
        if (map.isEmpty()) {
            // HanLP cannot search an unbuilt trie; this private-use key never occurs in a Han run.
            map.put("\uE000\uE000", new CoreDictionary.Attribute(Nature.nz, 1));
        }
        DoubleArrayTrie<CoreDictionary.Attribute> trie = new DoubleArrayTrie<>();
        trie.build(map);
        // A null path list keeps HanLP from loading (and caching) its bundled custom dictionary files.
        return new TermDictionary(new DynamicCustomDictionary(trie, new BinTrie<>(), (String[]) null), words);
    }

    public static TermDictionary empty() {
        return of(List.of());
    }

    /** This dictionary with {@code more} terms; this one itself when they add nothing. */
    public TermDictionary with(Collection<String> more) {
        TreeSet<String> all = new TreeSet<>(terms);
        int before = all.size();
        for (String term : more) {
            if (term != null && term.strip().length() > 1 && term.strip().codePoints().allMatch(Scripts::isHan)) {
                all.add(term.strip());
            }
        }
        return all.size() == before ? this : of(all);
    }

    /**
     * The word boundaries of a run of Han characters: ascending offsets into {@code run}, 0 and
     * its length included, never inside a surrogate pair. The caller must not change the array.
     */
    public int[] cuts(String run) {
        Map<String, int[]> remembered = recent.get();
        int[] cuts = remembered.get(run);
        if (cuts == null) {
            cuts = segment(run);
            remembered.put(run, cuts);
        }
        return cuts;
    }

    private int[] segment(String run) {
        TreeSet<Integer> cuts = new TreeSet<>();
        cuts.add(0);
        cuts.add(run.length());
        for (Term term : segment.get().seg(run)) {
            cuts.add(Math.min(run.length(), Math.max(0, term.offset)));
            cuts.add(Math.min(run.length(), Math.max(0, term.offset + term.length())));
        }
        cuts.removeIf(c -> c > 0 && c < run.length()
                && Character.isLowSurrogate(run.charAt(c)) && Character.isHighSurrogate(run.charAt(c - 1)));
        List<Integer> list = new ArrayList<>(cuts);
        int[] out = new int[list.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = list.get(i);
        }
        return out;
    }

    /** Number of Chinese terms kept whole. */
    public int size() {
        return terms.size();
    }
}
