package org.paperbridge.clean;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The numbering at the start of a heading line — {@code 2.1 标题}, {@code 1. Introduction},
 * {@code 一、引言}, {@code （二）方法}, {@code (3) 统计} — split from its title.
 *
 * @param scheme  which numbering family the heading uses
 * @param parts   the ordinal(s): {@code [2, 1]} for 2.1, {@code [2]} for 二、 or （二）
 * @param title   the heading text after the number
 */
public record HeadingNumber(Scheme scheme, List<Integer> parts, String title) {
    /** Numbering families; Chinese articles nest them in the order listed. */
    public enum Scheme {
        /** 1, 2.1, 2.1.3 — depth is the number of parts. */
        DOTTED,
        /** 一、 二、 */
        CJK,
        /** （一） (二) */
        CJK_PAREN,
        /** (1) （2） 1) */
        PAREN
    }

    public HeadingNumber {
        parts = List.copyOf(parts);
    }

    /** An acronym a converter letter-spaced (1 G M S K + P N 调制解调技术); a title may also open with a Greek letter (1.β受体阻滞剂). */
    private static final String SPACED_CAPITALS = "[A-Z](?: [A-Z]){2,}";
    private static final Pattern DOTTED = Pattern.compile(
            "^(\\d{1,2}(?:[.．]\\d{1,2}){0,4})[.．、]?[\\s\\u3000]*([\\p{IsHan}\\p{IsGreek}].*|[A-Za-z][A-Za-z].*|" + SPACED_CAPITALS + ".*)$");
    private static final Pattern CJK = Pattern.compile(
            "^([一二三四五六七八九十]{1,3})[、.．][\\s\\u3000]*(\\S.*)$");
    private static final Pattern CJK_PAREN = Pattern.compile(
            "^[(（]([一二三四五六七八九十]{1,3})[)）][\\s\\u3000]*(\\S.*)$");
    private static final Pattern PAREN = Pattern.compile(
            "^(?:[(（](\\d{1,2})[)）]|(\\d{1,2})[)）])[\\s\\u3000]*(\\p{IsHan}.*|[A-Za-z][A-Za-z].*)$");

    /** The numbering of {@code line}, if it starts with one followed by a title. */
    public static Optional<HeadingNumber> parse(String line) {
        String s = line.strip();
        Matcher m = DOTTED.matcher(s);
        if (m.matches()) {
            List<Integer> parts = new ArrayList<>();
            for (String p : m.group(1).split("[.．]")) {
                parts.add(Integer.parseInt(p));
            }
            return Optional.of(new HeadingNumber(Scheme.DOTTED, parts, m.group(2).strip()));
        }
        m = CJK.matcher(s);
        if (m.matches()) {
            return Optional.of(new HeadingNumber(Scheme.CJK, List.of(cjkNumber(m.group(1))), m.group(2).strip()));
        }
        m = CJK_PAREN.matcher(s);
        if (m.matches()) {
            return Optional.of(new HeadingNumber(Scheme.CJK_PAREN, List.of(cjkNumber(m.group(1))),
                    m.group(2).strip()));
        }
        m = PAREN.matcher(s);
        if (m.matches()) {
            String n = m.group(1) != null ? m.group(1) : m.group(2);
            return Optional.of(new HeadingNumber(Scheme.PAREN, List.of(Integer.parseInt(n)), m.group(3).strip()));
        }
        return Optional.empty();
    }

    /** The dotted form of the printed number: "2.1", or the single ordinal for other schemes. */
    public String dotted() {
        StringBuilder sb = new StringBuilder();
        for (int p : parts) {
            if (!sb.isEmpty()) {
                sb.append('.');
            }
            sb.append(p);
        }
        return sb.toString();
    }

    /** Value of a Chinese numeral from 一 to 九十九. */
    static int cjkNumber(String s) {
        String digits = "零一二三四五六七八九";
        int tens = s.indexOf('十');
        if (tens < 0) {
            return digits.indexOf(s.charAt(0));
        }
        int high = tens == 0 ? 1 : digits.indexOf(s.charAt(0));
        int low = tens == s.length() - 1 ? 0 : digits.indexOf(s.charAt(tens + 1));
        return high * 10 + low;
    }
}
