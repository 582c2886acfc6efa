package org.paperbridge.index;

import org.paperbridge.lang.Scripts;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.TypeAttribute;
import org.apache.lucene.util.AttributeFactory;
import org.paperbridge.lang.TraditionalChinese;
import org.paperbridge.text.TermDictionary;
import org.paperbridge.model.CodePoints;

/**
 * Splits text into HanLP words (runs of Han characters, segmented by the {@link TermDictionary},
 * which segmenter threads share) and whole Latin/Greek/digit symbols (NLRP3, IL-1β, miR-182-5p),
 * with UTF-16 offsets into the original text for highlighting.
 */
public final class HanLPTokenizer extends Tokenizer {
    public static final String TYPE_WORD = "<WORD>";
    public static final String TYPE_SYMBOL = "<SYMBOL>";

    private final TermDictionary dictionary;
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
        this.dictionary = dictionary;
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
            if (Scripts.isHan(cp)) {
                int end = i;
                while (end < s.length() && Scripts.isHan(s.codePointAt(end))) {
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

    /** Adds the words of the Han run {@code [start, end)}. */
    private void segmentHan(String s, int start, int end) {
        int[] cuts = dictionary.cuts(s.substring(start, end));
        for (int k = 1; k < cuts.length; k++) {
            spans.add(new int[] {start + cuts[k - 1], start + cuts[k], 0});
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
