package org.paperbridge.lang;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.StandardCharsets;
import java.util.BitSet;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Traditional Chinese characters folded to simplified ones one character for one, so that text
 * can be matched against simplified label words and dictionaries while every offset still points
 * into the original. The table is the single-character part of HanLP's {@code t2s} data; phrase
 * conversions that change length (and regional word choices) are left to HanLP's converter.
 * Immutable and thread-safe.
 */
public final class TraditionalChinese {
    /** HanLP's traditional → simplified table, read straight from its jar (no HanLP set-up needed). */
    static final String TABLE = "data/dictionary/tc/t2s.txt";
    /** Below this share of Han characters that only traditional script writes, text is simplified. */
    static final double TRADITIONAL_SHARE = 0.08;
    private static final int MIN_TRADITIONAL = 2;

    private static final TraditionalChinese INSTANCE = load();

    private final char[] simplified;
    /** Characters no simplified text writes (outside GB2312): the evidence for detection. */
    private final BitSet traditionalOnly;
    /** Simplified character → its traditional forms, for label patterns. */
    private final Map<Character, String> traditionalForms;

    private TraditionalChinese(char[] simplified, BitSet traditionalOnly, Map<Character, String> traditionalForms) {
        this.simplified = simplified;
        this.traditionalOnly = traditionalOnly;
        this.traditionalForms = traditionalForms;
    }

    /** The simplified form of {@code c}, or {@code c} itself. */
    public static char toSimplified(char c) {
        return c < 0x3400 ? c : INSTANCE.simplified[c];
    }

    /** {@code text} with every traditional character replaced by its simplified form; same length. */
    public static String fold(String text) {
        char[] chars = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            char s = toSimplified(c);
            if (s != c) {
                if (chars == null) {
                    chars = text.toCharArray();
                }
                chars[i] = s;
            }
        }
        return chars == null ? text : new String(chars);
    }

    /**
     * Whether {@code text} is written in traditional script: at least {@value #MIN_TRADITIONAL}
     * and {@value #TRADITIONAL_SHARE} of its Han characters are ones simplified text never uses.
     */
    public static boolean isTraditional(CharSequence text) {
        int han = 0;
        int traditional = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= 0x3400 && Character.isIdeographic(c)) {
                han++;
                if (INSTANCE.traditionalOnly.get(c)) {
                    traditional++;
                }
            }
        }
        return traditional >= MIN_TRADITIONAL && traditional >= TRADITIONAL_SHARE * han;
    }

    /**
     * A regular expression written with simplified label words, widened so that each simplified
     * character also matches its traditional forms: {@code 关键[词字]} → {@code [关關]键[词字]}
     * → {@code [关關][键鍵][词詞字]}. Escapes and {@code \Q…\E} quotes are left as they are.
     */
    public static String widen(String regex) {
        StringBuilder out = new StringBuilder(regex.length() + 16);
        int classDepth = 0;
        int i = 0;
        while (i < regex.length()) {
            char c = regex.charAt(i);
            if (c == '\\' && i + 1 < regex.length()) {
                if (regex.charAt(i + 1) == 'Q') {
                    int end = regex.indexOf("\\E", i + 2);
                    end = end < 0 ? regex.length() : end + 2;
                    out.append(regex, i, end);
                    i = end;
                } else {
                    out.append(c).append(regex.charAt(i + 1));
                    i += 2;
                }
                continue;
            }
            if (c == '[') {
                classDepth++;
            } else if (c == ']' && classDepth > 0) {
                classDepth--;
            }
            String forms = INSTANCE.traditionalForms.get(c);
            if (forms == null) {
                out.append(c);
            } else if (classDepth > 0) {
                out.append(c).append(forms);
            } else {
                out.append('[').append(c).append(forms).append(']');
            }
            i++;
        }
        return out.toString();
    }

    /** {@code Pattern.compile(widen(regex), flags)}: a label pattern that also reads traditional script. */
    public static Pattern pattern(String regex, int flags) {
        return Pattern.compile(widen(regex), flags);
    }

    public static Pattern pattern(String regex) {
        return pattern(regex, 0);
    }

    /** The traditional forms of a simplified character ("" when it has none). */
    public static String traditionalForms(char c) {
        return INSTANCE.traditionalForms.getOrDefault(c, "");
    }

    private static TraditionalChinese load() {
        char[] simplified = new char[65536];
        for (int c = 0; c < simplified.length; c++) {
            simplified[c] = (char) c;
        }
        BitSet traditionalOnly = new BitSet(65536);
        Map<Character, StringBuilder> forms = new HashMap<>();
        CharsetEncoder gb2312 = Charset.forName("GB2312").newEncoder();
        try (InputStream in = TraditionalChinese.class.getClassLoader().getResourceAsStream(TABLE)) {
            if (in == null) {
                throw new IllegalStateException("HanLP's " + TABLE + " is not on the classpath");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                // Only one-for-one characters (both in the BMP, both Han): offsets must not move.
                if (line.length() != 3 || line.charAt(1) != '=') {
                    continue;
                }
                char t = line.charAt(0);
                char s = line.charAt(2);
                if (t == s || !Scripts.isHan(t) || !Scripts.isHan(s)) {
                    continue;
                }
                simplified[t] = s;
                forms.computeIfAbsent(s, k -> new StringBuilder()).append(t);
                if (!gb2312.canEncode(t)) {
                    traditionalOnly.set(t);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<Character, String> traditionalForms = new HashMap<>();
        forms.forEach((s, t) -> traditionalForms.put(s, t.toString()));
        return new TraditionalChinese(simplified, traditionalOnly, Map.copyOf(traditionalForms));
    }

}
