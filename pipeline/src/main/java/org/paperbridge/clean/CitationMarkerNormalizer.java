package org.paperbridge.clean;

import org.paperbridge.lang.Scripts;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.paperbridge.ingest.Block;
import org.paperbridge.ingest.BlockKind;
import org.paperbridge.ingest.Zone;

/**
 * Writes every citation marker of the body as {@code [n]}, {@code [n,m]} or {@code [n-m]}
 * ({@code ^[1]}, {@code $^{[1]}$}, {@code <sup>[1]</sup>}, {@code ［1～3］} …). Bare superscript
 * numbers count as citations only in articles that cite that way (no bracketed marker in the
 * body) and only when the numbers exist in the reference list, so {@code 10^5} stays a power.
 * In front matter superscripts become {@code ^{…}} (author–affiliation marks) and stay there.
 */
public final class CitationMarkerNormalizer implements BlockFilter {
    private static final String LIST = "\\d{1,3}(?:\\s*[,，、\\-–—−~～]\\s*\\d{1,3})*";
    private static final Pattern SUP_TAG = Pattern.compile("<sup>\\s*(.*?)\\s*</sup>", Pattern.CASE_INSENSITIVE);
    private static final Pattern MATH_SUPERSCRIPT = Pattern.compile("\\$\\s*\\^\\s*\\{([^{}$]*)\\}\\s*\\$");
    private static final Pattern SUPERSCRIPT_BRACKETS = Pattern.compile(
            "\\^\\{\\s*[\\[［]\\s*(" + LIST + ")\\s*[\\]］]\\s*\\}|\\^\\s*[\\[［]\\s*(" + LIST + ")\\s*[\\]］]");
    private static final Pattern BRACKETS = Pattern.compile("[\\[［]\\s*(" + LIST + ")\\s*[\\]］](?!\\()");
    private static final Pattern BARE_SUPERSCRIPT = Pattern.compile("\\^\\{\\s*(" + LIST + ")\\s*\\}|\\^(\\d{1,3})(?![\\d.])");
    private static final Pattern CANONICAL = Pattern.compile("\\[\\d");
    /** A base like m, cm or mmol before ^2 is a unit with a power, not a word with a citation. */
    private static final int MAX_UNIT_LENGTH = 4;

    @Override
    public List<Block> apply(List<Block> blocks) {
        int references = referenceCount(blocks);
        List<Block> out = new ArrayList<>(blocks.size());
        for (Block b : blocks) {
            out.add(b.zone() == Zone.BODY ? b.withText(bracketed(b.text()))
                    : b.zone() == Zone.FRONT ? b.withText(frontSuperscripts(b.text())) : b);
        }
        boolean bareStyle = references > 0 && out.stream()
                .noneMatch(b -> b.zone() == Zone.BODY && CANONICAL.matcher(b.text()).find());
        if (bareStyle) {
            out.replaceAll(b -> b.zone() == Zone.BODY ? b.withText(bareSuperscripts(b.text(), references)) : b);
        }
        return out;
    }

    /** The highest entry number of the reference list, 0 when there is none. */
    static int referenceCount(List<Block> blocks) {
        int max = 0;
        for (Block b : blocks) {
            if (b.zone() == Zone.REFERENCES && b.kind() != BlockKind.HEADING) {
                max = Math.max(max, ArticleLabels.entryNumber(b.text()));
            }
        }
        return max;
    }

    static String bracketed(String text) {
        // Each rewrite only where its trigger occurs: most paragraphs have few markers.
        String s = text;
        if (s.indexOf('<') >= 0) {
            s = SUP_TAG.matcher(s).replaceAll(m -> Matcher.quoteReplacement("^{" + m.group(1) + "}"));
        }
        if (s.indexOf('$') >= 0) {
            s = MATH_SUPERSCRIPT.matcher(s).replaceAll(m -> Matcher.quoteReplacement("^{" + m.group(1).strip() + "}"));
        }
        if (s.indexOf('^') >= 0) {
            s = SUPERSCRIPT_BRACKETS.matcher(s).replaceAll(m ->
                    Matcher.quoteReplacement(canonical(m.group(1) != null ? m.group(1) : m.group(2))));
        }
        if (s.indexOf('[') < 0 && s.indexOf('［') < 0) {
            return s;
        }
        return BRACKETS.matcher(s).replaceAll(m -> Matcher.quoteReplacement(canonical(m.group(1))));
    }

    static String frontSuperscripts(String text) {
        String s = SUP_TAG.matcher(text).replaceAll(m -> Matcher.quoteReplacement("^{" + m.group(1) + "}"));
        return MATH_SUPERSCRIPT.matcher(s).replaceAll(m -> Matcher.quoteReplacement("^{" + m.group(1).strip() + "}"));
    }

    static String bareSuperscripts(String text, int references) {
        Matcher m = BARE_SUPERSCRIPT.matcher(text);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            String list = m.group(1) != null ? m.group(1) : m.group(2);
            String replacement = isCitationBase(text, m.start()) && withinList(list, references)
                    ? canonical(list) : m.group();
            m.appendReplacement(sb, Matcher.quoteReplacement(replacement));
        }
        m.appendTail(sb);
        return sb.toString();
    }

    private static boolean isCitationBase(String text, int caret) {
        if (caret == 0) {
            return false;
        }
        int base = text.codePointBefore(caret);
        if (Character.isDigit(base) || base == '}' || base == '$') {
            return false;
        }
        int start = caret;
        while (start > 0 && Scripts.isLatinLetter(text.charAt(start - 1))) {
            start--;
        }
        int letters = caret - start;
        return letters == 0 || letters > MAX_UNIT_LENGTH;
    }

    private static boolean withinList(String list, int references) {
        return Arrays.stream(list.split("[^\\d]+")).filter(p -> !p.isEmpty())
                .mapToInt(Integer::parseInt).allMatch(n -> n >= 1 && n <= references);
    }

    /** {@code 1， 3～5} → {@code [1,3-5]}. */
    static String canonical(String list) {
        String s = list.replaceAll("\\s+", "").replaceAll("[，、]", ",").replaceAll("[–—−~～]", "-");
        return "[" + s + "]";
    }
}
