package org.paperbridge.index;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.KeywordAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.util.AttributeFactory;

/**
 * Splits the non-Chinese part of a text into lower-cased words and symbols. A symbol (IL-1β, NLRP3,
 * BM-MSCs) is marked as keyword, so no stemmer touches it, and is followed at the same position
 * by its folded variant (il1b); a Greek letter set apart by the layout ("TNF- α", "IL-1 beta")
 * is joined to the symbol before it.
 */
public final class BioTokenizer extends Tokenizer {
    private final CharTermAttribute termAtt = addAttribute(CharTermAttribute.class);
    private final OffsetAttribute offsetAtt = addAttribute(OffsetAttribute.class);
    private final PositionIncrementAttribute posAtt = addAttribute(PositionIncrementAttribute.class);
    private final KeywordAttribute keywordAtt = addAttribute(KeywordAttribute.class);
    private final StringBuilder text = new StringBuilder();
    private final List<Token> tokens = new ArrayList<>();
    private int next;

    private record Token(String term, int start, int end, boolean symbol, boolean variant) {
    }

    public BioTokenizer() {
    }

    /** With the attributes made by {@code factory} (as Solr's analysis chains ask). */
    public BioTokenizer(AttributeFactory factory) {
        super(factory);
    }

    @Override
    public void reset() throws IOException {
        super.reset();
        text.setLength(0);
        char[] buffer = new char[4096];
        for (int n = input.read(buffer); n != -1; n = input.read(buffer)) {
            text.append(buffer, 0, n);
        }
        tokens.clear();
        next = 0;
        split(text.toString());
    }

    private void split(String s) {
        List<int[]> raw = new ArrayList<>();
        int i = 0;
        while (i < s.length()) {
            int cp = s.codePointAt(i);
            if (BioSymbols.isSymbolChar(cp)) {
                int end = BioSymbols.symbolEnd(s, i);
                raw.add(new int[] {i, end});
                i = end;
            } else {
                i += Character.charCount(cp);
            }
        }
        for (int k = 0; k < raw.size(); k++) {
            int start = raw.get(k)[0];
            int end = raw.get(k)[1];
            String word = s.substring(start, end);
            if (k + 1 < raw.size() && joinsGreek(s, word, end, raw.get(k + 1))) {
                String greek = s.substring(raw.get(k + 1)[0], raw.get(k + 1)[1]);
                boolean hyphen = s.substring(end, raw.get(k + 1)[0]).chars().anyMatch(BioSymbols::isHyphen);
                word = word + (hyphen ? "-" : "") + greek;
                end = raw.get(k + 1)[1];
                k++;
            }
            add(word, start, end);
        }
    }

    /** A lone Greek letter or name right after a symbol, separated by nothing but spaces and a hyphen. */
    private static boolean joinsGreek(String s, String word, int end, int[] nextSpan) {
        String gap = s.substring(end, nextSpan[0]);
        if (gap.length() > 2 || !gap.chars().allMatch(c -> c == ' ' || c == '\u00a0' || BioSymbols.isHyphen(c))) {
            return false;
        }
        String following = s.substring(nextSpan[0], nextSpan[1]);
        if (BioSymbols.isGreekLetter(following)) {
            return !BioSymbols.isGreekLetter(word);
        }
        return BioSymbols.isGreekName(following) && BioSymbols.isSymbol(word)
                && (gap.chars().anyMatch(BioSymbols::isHyphen) || Character.isDigit(word.charAt(word.length() - 1))
                || word.chars().allMatch(c -> Character.isUpperCase(c) || Character.isDigit(c)));
    }

    private void add(String word, int start, int end) {
        boolean symbol = BioSymbols.isSymbol(word);
        String lower = word.toLowerCase(Locale.ROOT);
        tokens.add(new Token(lower, start, end, symbol, false));
        if (symbol) {
            String folded = BioSymbols.fold(word);
            if (!folded.isEmpty() && !folded.equals(lower)) {
                tokens.add(new Token(folded, start, end, true, true));
            }
        }
    }

    @Override
    public boolean incrementToken() {
        if (next >= tokens.size()) {
            return false;
        }
        clearAttributes();
        Token token = tokens.get(next++);
        termAtt.setEmpty().append(token.term());
        offsetAtt.setOffset(correctOffset(token.start()), correctOffset(token.end()));
        posAtt.setPositionIncrement(token.variant() ? 0 : 1);
        keywordAtt.setKeyword(token.symbol());
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
        tokens.clear();
    }
}
