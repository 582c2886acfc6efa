package org.paperbridge.structure;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.paperbridge.lang.TraditionalChinese;
import org.paperbridge.model.Funding;

/**
 * Splits a funding field into one {@link Funding} per grant: {@code 国家自然科学基金(81970123,
 * 82070456)} gives two records with the same funder; a funder without a number gives one with a
 * null grant.
 */
public final class FundingParser {
    private static final String GRANT = "[A-Za-z0-9][A-Za-z0-9/\\-.\\[\\]]*\\d[A-Za-z0-9/\\-.\\[\\]]*";
    private static final Pattern GRANT_TOKEN = Pattern.compile("(?:[A-Za-z]{0,8}[\\-/]?)?" + GRANT);
    private static final Pattern NUMBER_PREFIX = Pattern.compile(
            "^(?i:(?:grant|project|contract)\\s*)?(?i:nos?\\.?|numbers?|#)\\s*[:：]?\\s*|^(?:项目)?编号\\s*[:：]?\\s*");
    private static final Pattern BRACKET_TAIL = Pattern.compile("^(.*?)\\s*[(（]([^()（）]*)[)）]\\s*[。.]?$");
    private static final Pattern NUMBER_TAIL = Pattern.compile(
            "^(.*?[\\p{IsHan}A-Za-z)）])[\\s:：]*(?:(?i:grant\\s+)?(?i:nos?)\\.?\\s*[:：]?\\s*)?("
                    + GRANT + "(?:\\s*(?:[,，、]|\\band\\b)\\s*" + GRANT + ")*)\\s*[。.]?$");
    private static final Pattern GRANT_SEPARATORS = Pattern.compile("\\s*(?:[,，、;；]|\\band\\b)\\s*");
    private static final Pattern LEAD_IN = Pattern.compile(
            "^(?i:(?:this\\s+(?:work|study|research)\\s+(?:was|is)\\s+)?(?:supported|funded|sponsored)\\s+by\\s+)");
    /** Where a Chinese funding note repeats itself in English: the translation is not more grants. */
    private static final Pattern ENGLISH_VERSION = Pattern.compile(
            "(?i:this\\s+(?:work|study|research|project|paper)\\s+(?:was|is)\\s+(?:partly\\s+|partially\\s+)?"
                    + "(?:supported|funded|sponsored)|supported\\s+by|funded\\s+by|foundation\\s+items?\\s*[:：])");
    private static final Pattern FUNDER_SUFFIX = TraditionalChinese.pattern("(?:资助项目|资助课题|资助)$");
    private static final Pattern FUNDER_EDGES = Pattern.compile("^[\\s:：,，]+|[\\s:：,，。.]+$");

    public List<Funding> parse(String value) {
        List<Funding> funding = new ArrayList<>();
        if (value == null || value.isBlank()) {
            return funding;
        }
        String lastFunder = null;
        for (String piece : pieces(withoutEnglishVersion(value.strip()))) {
            String p = LEAD_IN.matcher(piece.strip()).replaceFirst("");
            if (p.isEmpty()) {
                continue;
            }
            if (lastFunder != null && isGrantList(p)) {
                for (String g : grants(p)) {
                    funding.add(new Funding(lastFunder, g));
                }
                continue;
            }
            Parsed parsed = parsePiece(p);
            if (parsed.funder().isEmpty()) {
                continue;
            }
            lastFunder = parsed.funder();
            if (parsed.grants().isEmpty()) {
                funding.add(new Funding(parsed.funder(), null));
            }
            for (String g : parsed.grants()) {
                funding.add(new Funding(parsed.funder(), g));
            }
        }
        return funding;
    }

    /** The Chinese note alone when an English version follows it; an English-only note as is. */
    private static String withoutEnglishVersion(String value) {
        Matcher m = ENGLISH_VERSION.matcher(value);
        if (m.find() && m.start() > 0 && value.substring(0, m.start()).codePoints()
                .anyMatch(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN)) {
            return value.substring(0, m.start());
        }
        return value;
    }

    private record Parsed(String funder, List<String> grants) {
    }

    private static Parsed parsePiece(String piece) {
        Matcher m = BRACKET_TAIL.matcher(piece);
        if (m.matches()) {
            List<String> grants = grants(m.group(2));
            if (!grants.isEmpty()) {
                return new Parsed(funder(m.group(1)), grants);
            }
        }
        m = NUMBER_TAIL.matcher(piece);
        if (m.matches()) {
            List<String> grants = grants(m.group(2));
            if (!grants.isEmpty()) {
                return new Parsed(funder(m.group(1)), grants);
            }
        }
        return new Parsed(funder(piece), List.of());
    }

    private static String funder(String raw) {
        String f = FUNDER_EDGES.matcher(raw).replaceAll("");
        f = FUNDER_SUFFIX.matcher(f).replaceFirst("");
        f = NUMBER_PREFIX_AT_END.matcher(f).replaceFirst("");
        return FUNDER_EDGES.matcher(f).replaceAll("");
    }

    private static final Pattern NUMBER_PREFIX_AT_END = Pattern.compile("(?i)\\s*(?:grant\\s+)?nos?\\.?$");

    /** Grant numbers in a bracket or tail: tokens holding a digit, label words dropped. */
    private static List<String> grants(String text) {
        List<String> grants = new ArrayList<>();
        for (String token : GRANT_SEPARATORS.split(text.strip())) {
            String t = NUMBER_PREFIX.matcher(token.strip()).replaceFirst("").strip();
            if (GRANT_TOKEN.matcher(t).matches() && t.chars().filter(Character::isDigit).count() >= 3) {
                grants.add(t);
            }
        }
        return grants;
    }

    private static boolean isGrantList(String piece) {
        String p = NUMBER_PREFIX.matcher(piece.strip()).replaceFirst("");
        for (String token : GRANT_SEPARATORS.split(p.strip())) {
            String t = NUMBER_PREFIX.matcher(token.strip()).replaceFirst("");
            if (!GRANT_TOKEN.matcher(t).matches()) {
                return false;
            }
        }
        return true;
    }

    /**
     * Top-level pieces: split on ; ； 、 outside brackets, and on a comma or "and" only after a
     * closing bracket or a grant number, since English funder names hold commas.
     */
    private static List<String> pieces(String value) {
        List<String> pieces = new ArrayList<>();
        int depth = 0;
        int from = 0;
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '(' || c == '（') {
                depth++;
            } else if ((c == ')' || c == '）') && depth > 0) {
                depth--;
            } else if (depth == 0) {
                boolean cut = c == ';' || c == '；' || c == '、';
                if (!cut && (c == ',' || c == '，')) {
                    cut = endsWithGrantOrBracket(value.substring(from, i));
                }
                if (!cut && (c == 'a' || c == 'A') && value.startsWith("and ", i) && i > 0
                        && Character.isWhitespace(value.charAt(i - 1))) {
                    cut = endsWithGrantOrBracket(value.substring(from, i));
                    if (cut) {
                        pieces.add(value.substring(from, i));
                        from = i + 4;
                        i += 3;
                        continue;
                    }
                }
                if (cut) {
                    pieces.add(value.substring(from, i));
                    from = i + 1;
                }
            }
        }
        pieces.add(value.substring(from));
        return pieces;
    }

    private static final Pattern ENDS_WITH_GRANT = Pattern.compile("(?:[)）]|(?<![A-Za-z])" + GRANT + ")\\s*$");

    private static boolean endsWithGrantOrBracket(String text) {
        Matcher m = ENDS_WITH_GRANT.matcher(text);
        return m.find() && (text.strip().endsWith(")") || text.strip().endsWith("）")
                || m.group().chars().filter(Character::isDigit).count() >= 3);
    }
}
