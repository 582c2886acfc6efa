package org.paperbridge.index;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

import com.hankcs.hanlp.HanLP;
import com.hankcs.hanlp.seg.Segment;
import com.hankcs.hanlp.seg.common.Term;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.TypeAttribute;
import org.apache.lucene.util.AttributeFactory;
import org.paperbridge.ingest.TraditionalChinese;
import org.paperbridge.text.HanLPSetup;

/**
 * Splits text into HanLP words (runs of Han characters) and whole Latin/Greek/digit symbols
 * (NLRP3, IL-1β, miR-182-5p), with UTF-16 offsets into the original text for highlighting.
 * Each instance owns its segmenter, so analyzers used from several threads never share one.
 */
public final class HanLPTokenizer extends Tokenizer {
    public static final String TYPE_WORD = "<WORD>";
    public static final String TYPE_SYMBOL = "<SYMBOL>";

    private final Segment segment;
    private final CharTermAttribute termAtt = addAttribute(CharTermAttribute.class);
    private final OffsetAttribute offsetAtt = addAttribute(OffsetAttribute.class);
    private final TypeAttribute typeAtt = addAttribute(TypeAttribute.class);
    private final List<int[]> spans = new ArrayList<>();
    private final StringBuilder text = new StringBuilder();
    private int next;

    public HanLPTokenizer(TermDictionary dictionary) {
        this(DEFAULT_TOKEN_ATTRIBUTE_FACTORY, dictionary);
    }

    /** With the attributes made by {@code factory} (as Solr's analysis chains ask). */
    public HanLPTokenizer(AttributeFactory factory, TermDictionary dictionary) {
        super(factory);
        HanLPSetup.ensure();
        // The person-name recognizer glues unrelated characters (炎性小体 → 炎性小/体): off.
        this.segment = HanLP.newSegment()
                .enableOffset(true)
                .enableNameRecognize(false)
                .enablePartOfSpeechTagging(false)
                .enableCustomDictionary(dictionary.hanlp());
    }

    @Override
    public void reset() throws IOException {
        super.reset();
        text.setLength(0);
        char[] buffer = new char[4096];
        for (int n = input.read(buffer); n != -1; n = input.read(buffer)) {
            text.append(buffer, 0, n);
        }
        // Traditional characters are indexed as their simplified forms (one for one, so offsets
        // into the printed text stay right): 肝纖維化 is found by 肝纤维化 and the other way round.
        for (int i = 0; i < text.length(); i++) {
            text.setCharAt(i, TraditionalChinese.toSimplified(text.charAt(i)));
        }
        spans.clear();
        next = 0;
        split(text.toString());
    }

    private void split(String s) {
        int i = 0;
        while (i < s.length()) {
            int cp = s.codePointAt(i);
            if (TermDictionary.isHan(cp)) {
                int end = i;
                while (end < s.length() && TermDictionary.isHan(s.codePointAt(end))) {
                    end += Character.charCount(s.codePointAt(end));
                }
                segmentHan(s, i, end);
                i = end;
            } else if (Character.isLetterOrDigit(cp)) {
                int end = BioSymbols.symbolEnd(s, i);
                spans.add(new int[] {i, end, 1});
                i = end;
            } else {
                i += Character.charCount(cp);
            }
        }
    }

    /** Adds the words of the Han run {@code [start, end)}; boundaries inside a surrogate pair are dropped. */
    private void segmentHan(String s, int start, int end) {
        String run = s.substring(start, end);
        TreeSet<Integer> cuts = new TreeSet<>();
        cuts.add(0);
        cuts.add(run.length());
        for (Term term : segment.seg(run)) {
            cuts.add(Math.min(run.length(), Math.max(0, term.offset)));
            cuts.add(Math.min(run.length(), Math.max(0, term.offset + term.length())));
        }
        cuts.removeIf(c -> c > 0 && c < run.length()
                && Character.isLowSurrogate(run.charAt(c)) && Character.isHighSurrogate(run.charAt(c - 1)));
        Integer previous = null;
        for (int cut : cuts) {
            if (previous != null) {
                spans.add(new int[] {start + previous, start + cut, 0});
            }
            previous = cut;
        }
    }

    @Override
    public boolean incrementToken() {
        if (next >= spans.size()) {
            return false;
        }
        clearAttributes();
        int[] span = spans.get(next++);
        termAtt.setEmpty().append(text, span[0], span[1]);
        offsetAtt.setOffset(correctOffset(span[0]), correctOffset(span[1]));
        typeAtt.setType(span[2] == 0 ? TYPE_WORD : TYPE_SYMBOL);
        return true;
    }

    @Override
    public void end() throws IOException {
        super.end();
        int last = correctOffset(text.length());
        offsetAtt.setOffset(last, last);
    }

    @Override
    public void close() throws IOException {
        super.close();
        text.setLength(0);
        spans.clear();
    }
}
