package org.paperbridge.clean;

import org.paperbridge.lang.Greek;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.paperbridge.ingest.Block;
import org.paperbridge.ingest.BlockKind;

/**
 * Removes Markdown and HTML markup: emphasis ({@code *x*}, {@code **x**}, {@code _x_}), tags,
 * entities and backslash escapes. Superscripts become {@code ^{x}} and subscripts plain text, so
 * that the citation and LaTeX normalizers see one form. A lone {@code *} after an author name
 * is the corresponding-author mark and stays.
 */
public final class MarkupNormalizer implements BlockFilter {
    private static final Pattern STRONG = Pattern.compile(
            "(?<![\\p{L}\\p{N}*\\\\])\\*\\*(?![\\s*])(.+?)(?<![\\s\\\\])\\*\\*(?![\\p{L}\\p{N}*])");
    private static final Pattern EMPHASIS = Pattern.compile(
            "(?<![\\p{L}\\p{N}*\\\\])\\*(?![\\s*])([^*\\n]+?)(?<![\\s\\\\])\\*(?![\\p{L}\\p{N}*])");
    private static final Pattern UNDERSCORE = Pattern.compile(
            "(?<![\\p{L}\\p{N}_\\\\])_{1,2}(?![\\s_])([^_\\n]+?)(?<![\\s\\\\])_{1,2}(?![\\p{L}\\p{N}_])");
    private static final Pattern SUP = Pattern.compile("<sup>\\s*(.*?)\\s*</sup>", Pattern.CASE_INSENSITIVE);
    private static final Pattern SUB = Pattern.compile("<sub>\\s*(.*?)\\s*</sub>", Pattern.CASE_INSENSITIVE);
    private static final Pattern BREAK = Pattern.compile("<br\\s*/?>", Pattern.CASE_INSENSITIVE);
    /** Known tag names only: {@code x<y and z>w} in running text is not a tag. */
    private static final Pattern TAG = Pattern.compile("</?(?:span|div|p|i|b|em|strong|u|a|font|img|center|small|big"
            + "|mark|s|strike|del|ins|code|pre|hr|ul|ol|li|h[1-6]|html|body|head|table|thead|tbody|tr|td|th"
            + "|caption|figure|figcaption|math|mi|mo|mn|msup|msub|mrow)(?:\\s[^<>]*)?/?>", Pattern.CASE_INSENSITIVE);
    private static final Pattern ENTITY = Pattern.compile("&(#\\d{1,7}|#[xX][0-9A-Fa-f]{1,6}|[A-Za-z]{2,8});");
    private static final Pattern ESCAPE = Pattern.compile("\\\\([\\\\`*_{}\\[\\]()#+\\-.!|~<>$&%])");
    private static final Map<String, String> NAMED = withGreek(Map.ofEntries(
            Map.entry("amp", "&"), Map.entry("lt", "<"), Map.entry("gt", ">"), Map.entry("quot", "\""),
            Map.entry("apos", "'"), Map.entry("nbsp", " "), Map.entry("ensp", " "), Map.entry("emsp", " "),
            Map.entry("thinsp", " "), Map.entry("ndash", "–"), Map.entry("mdash", "—"), Map.entry("times", "×"),
            Map.entry("plusmn", "±"), Map.entry("middot", "·"), Map.entry("deg", "°"), Map.entry("micro", "µ"),
            Map.entry("le", "≤"), Map.entry("ge", "≥"), Map.entry("lsquo", "‘"), Map.entry("rsquo", "’"),
            Map.entry("ldquo", "“"), Map.entry("rdquo", "”"), Map.entry("hellip", "…")));

    /** HTML names every Greek letter in both cases: &alpha; &Alpha; … &omega; &Omega;. */
    private static Map<String, String> withGreek(Map<String, String> named) {
        Map<String, String> all = new java.util.HashMap<>(named);
        for (String name : Greek.NAMES) {
            all.put(name, Greek.letter(name));
            all.put(Character.toUpperCase(name.charAt(0)) + name.substring(1), Greek.capital(name));
        }
        return Map.copyOf(all);
    }

    @Override
    public List<Block> apply(List<Block> blocks) {
        List<Block> out = new ArrayList<>(blocks.size());
        for (Block b : blocks) {
            if (b.kind() == BlockKind.TABLE || b.kind() == BlockKind.EQUATION) {
                out.add(b); // their markup is their structure
                continue;
            }
            String text = normalize(b.text());
            if (!text.isBlank()) {
                out.add(b.withText(text));
            }
        }
        return out;
    }

    static String normalize(String text) {
        // Each rewrite runs only when its trigger character occurs: most blocks have no markup.
        String s = text;
        if (s.indexOf('*') >= 0 || s.indexOf('_') >= 0) {
            s = MathSegments.outside(s, MarkupNormalizer::removeEmphasis);
        }
        if (s.indexOf('<') >= 0) {
            s = SUP.matcher(s).replaceAll(m -> Matcher.quoteReplacement(m.group(1).isEmpty() ? "" : "^{" + m.group(1) + "}"));
            s = SUB.matcher(s).replaceAll(m -> Matcher.quoteReplacement(m.group(1)));
            s = BREAK.matcher(s).replaceAll(" ");
            s = TAG.matcher(s).replaceAll("");
        }
        if (s.indexOf('&') >= 0) {
            s = ENTITY.matcher(s).replaceAll(m -> Matcher.quoteReplacement(decode(m.group(1), m.group())));
        }
        if (s.indexOf('\\') >= 0) {
            s = MathSegments.outside(s, part -> ESCAPE.matcher(part).replaceAll("$1"));
        }
        return s.strip();
    }

    private static String removeEmphasis(String s) {
        String r = STRONG.matcher(s).replaceAll("$1");
        r = EMPHASIS.matcher(r).replaceAll("$1");
        return UNDERSCORE.matcher(r).replaceAll("$1");
    }

    private static String decode(String name, String whole) {
        if (name.startsWith("#x") || name.startsWith("#X")) {
            return Character.toString(Integer.parseInt(name.substring(2), 16));
        }
        if (name.startsWith("#")) {
            int cp = Integer.parseInt(name.substring(1));
            return Character.isValidCodePoint(cp) ? Character.toString(cp) : whole;
        }
        return NAMED.getOrDefault(name, whole);
    }
}
