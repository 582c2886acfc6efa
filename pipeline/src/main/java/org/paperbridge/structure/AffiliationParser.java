package org.paperbridge.structure;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.paperbridge.lang.TraditionalChinese;

/**
 * Reads an affiliation block into its affiliations: numbered ({@code 1. 某医科大学…; 2. …},
 * {@code (1.…; 2.…)}, {@code 1某大学…}, {@code ^{2}Department of …}) or not. Each keeps its text as
 * printed minus the number mark, and the 6-digit postcode of a Chinese address when there is one.
 */
public final class AffiliationParser {
    /** One affiliation: the number printed before it (null when none), its text and postcode. */
    public record NumberedAffiliation(Integer number, String text, String postcode) {
    }

    /** Institution words, in simplified or traditional script (醫院). */
    static final String INSTITUTION_ZH = TraditionalChinese.widen(
            "大学|学院|医院|研究所|研究院|研究中心|中心|实验室|公司|科学院|学校|学部|卫生院|保健院|疾病预防控制|医学部");
    static final String INSTITUTION_EN = "University|College|Hospital|Institute|Department|Dept\\.|Laboratory"
            + "|Center|Centre|School|Academy|Faculty|Division|Clinic|Company|Ltd";
    private static final Pattern INSTITUTION = Pattern.compile(
            "(?:" + INSTITUTION_ZH + ")|\\b(?:" + INSTITUTION_EN + ")\\b");
    private static final Pattern POSTCODE = Pattern.compile("(?<!\\d)\\d{6}(?!\\d)");
    private static final Pattern NUMBER_MARK = Pattern.compile(
            "(?:^|(?<=[;；,，])|(?<=\\s))[\\s\\u3000]*(?:\\^\\{(\\d{1,2})\\}|([¹²³⁴⁵⁶⁷⁸⁹])|([①-⑳])"
                    + "|[(（](\\d{1,2})[)）]|(\\d{1,2})[.．、]|(\\d{1,2})(?:[\\s\\u3000]+|(?=\\p{IsHan})|(?=\\p{Lu}\\p{Ll})))"
                    + "[\\s\\u3000]*(?=[\\p{IsHan}\\p{L}])");
    private static final Pattern ABBREVIATION_BEFORE = Pattern.compile("(?i)(?:\\bNo|\\bRm|\\bBldg|第)[.\\s]*$");
    private static final Pattern EDGES = Pattern.compile("^[\\s\\u3000;；,，]+|[\\s\\u3000;；,，.。]+$");
    private static final Pattern SEMICOLONS = Pattern.compile("[;；]");

    /** Whether the text names an institution (大学, 医院, University …). */
    static boolean hasInstitutionWord(String text) {
        return INSTITUTION.matcher(text).find();
    }

    /** Whether a block reads like an address: institution words or a postcode with Han text. */
    public boolean looksLikeAffiliation(String text) {
        if (text == null) {
            return false;
        }
        return INSTITUTION.matcher(text).find()
                || POSTCODE.matcher(text).find() && (FrontBlockClassifier.isChinese(text) || text.contains("China"));
    }

    public List<NumberedAffiliation> parse(String block) {
        List<NumberedAffiliation> out = new ArrayList<>();
        if (block == null || block.isBlank()) {
            return out;
        }
        String text = unwrap(block.strip());
        List<int[]> marks = numberMarks(text);
        if (marks.isEmpty()) {
            String[] parts = SEMICOLONS.split(text);
            boolean allAddresses = parts.length > 1;
            for (String p : parts) {
                allAddresses &= looksLikeAffiliation(p);
            }
            for (String p : allAddresses ? parts : new String[] {text}) {
                add(out, null, p);
            }
            return out;
        }
        if (marks.get(0)[0] > 0) {
            add(out, null, text.substring(0, marks.get(0)[0]));
        }
        for (int i = 0; i < marks.size(); i++) {
            int end = i + 1 < marks.size() ? marks.get(i + 1)[0] : text.length();
            add(out, marks.get(i)[2], text.substring(marks.get(i)[1], end));
        }
        return out;
    }

    /** Postcode of an address, or null. */
    public String postcode(String text) {
        if (text == null) {
            return null;
        }
        Matcher m = POSTCODE.matcher(text);
        return m.find() ? m.group() : null;
    }

    private void add(List<NumberedAffiliation> out, Integer number, String raw) {
        String t = EDGES.matcher(raw).replaceAll("");
        if (!t.isEmpty()) {
            out.add(new NumberedAffiliation(number, t, postcode(t)));
        }
    }

    /** Number marks as [start, textStart, number], accepted only in sequence 1, 2, 3… */
    private static List<int[]> numberMarks(String text) {
        List<int[]> marks = new ArrayList<>();
        Matcher m = NUMBER_MARK.matcher(text);
        while (m.find()) {
            int n = number(m);
            int expected = marks.isEmpty() ? -1 : marks.get(marks.size() - 1)[2] + 1;
            boolean first = marks.isEmpty() && text.substring(0, m.start()).isBlank();
            if ((first && n >= 1 && n <= 20) || n == expected && (separatesAffiliations(text, m)
                    || continuesBareList(text, m, marks))) {
                marks.add(new int[] {m.start(), m.end(), n});
            }
        }
        return marks;
    }

    /**
     * A later number starts a new affiliation only where a list could continue: after a separator,
     * or as {@code 2.} / {@code 2某大学…}; never in "No. 2 Hospital".
     */
    private static boolean separatesAffiliations(String text, Matcher m) {
        String before = text.substring(0, m.start()).stripTrailing();
        if (m.group(5) == null && m.group(6) == null) {
            return true;
        }
        if (ABBREVIATION_BEFORE.matcher(before).find()) {
            return false;
        }
        boolean lineStart = text.substring(0, m.start()).matches("(?s).*\\n[ \\t\\u3000]*$");
        if (lineStart || before.matches("(?s).*[;；,，。)）]$") || m.group(5) != null) {
            return true;
        }
        int after = m.end(6);
        return after < text.length() && Character.UnicodeScript.of(text.codePointAt(after)) == Character.UnicodeScript.HAN;
    }

    /**
     * "1 Department of …, China 2 Key Laboratory of …": lines of a list numbered with bare digits,
     * joined into one block; a later bare number before a capitalized word continues the list.
     */
    private static boolean continuesBareList(String text, Matcher m, List<int[]> marks) {
        if (m.group(6) == null || marks.isEmpty()
                || ABBREVIATION_BEFORE.matcher(text.substring(0, m.start()).stripTrailing()).find()) {
            return false;
        }
        int[] first = marks.get(0);
        boolean firstBare = Character.isDigit(text.charAt(first[1] - 1)) || Character.isWhitespace(text.charAt(first[1] - 1));
        int after = m.end(6);
        while (after < text.length() && Character.isWhitespace(text.charAt(after))) {
            after++;
        }
        return firstBare && after + 1 < text.length() && Character.isUpperCase(text.charAt(after))
                && Character.isLowerCase(text.charAt(after + 1));
    }

    private static int number(Matcher m) {
        if (m.group(1) != null) {
            return Integer.parseInt(m.group(1));
        }
        if (m.group(2) != null) {
            return "⁰¹²³⁴⁵⁶⁷⁸⁹".indexOf(m.group(2).charAt(0));
        }
        if (m.group(3) != null) {
            return m.group(3).charAt(0) - '①' + 1;
        }
        if (m.group(4) != null) {
            return Integer.parseInt(m.group(4));
        }
        return Integer.parseInt(m.group(5) != null ? m.group(5) : m.group(6));
    }

    /** {@code (1. …; 2. …)}: the brackets around a whole affiliation list are not part of it. */
    private static String unwrap(String text) {
        if ((text.startsWith("(") || text.startsWith("（")) && (text.endsWith(")") || text.endsWith("）"))) {
            int depth = 0;
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if (c == '(' || c == '（') {
                    depth++;
                } else if (c == ')' || c == '）') {
                    depth--;
                    if (depth == 0 && i < text.length() - 1) {
                        return text;
                    }
                }
            }
            return text.substring(1, text.length() - 1).strip();
        }
        return text;
    }
}
