package org.paperbridge.clean;

import org.paperbridge.lang.Greek;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.paperbridge.ingest.Block;
import org.paperbridge.ingest.BlockKind;
import org.paperbridge.ingest.Zone;

/**
 * Turns inline LaTeX into plain Unicode text: {@code $1.0 \times 10^5/\text{kg}$} → {@code
 * 1.0×10^5/kg}. A numeric superscript stays a power ({@code 10^5}); a letter superscript is a
 * label and joins its base ({@code Ly6C^{hi}} → {@code Ly6Chi}), also outside math — except in
 * front matter, where {@code ^{1,2*}} marks author affiliations for the front-matter parser.
 */
public final class LatexInlineNormalizer implements BlockFilter {
    /** The capitals LaTeX has commands for ({@code \Gamma} …); the others look like Latin letters. */
    private static final List<String> LATEX_CAPITALS = List.of("gamma", "delta", "theta", "lambda", "xi", "pi", "sigma",
            "upsilon", "phi", "psi", "omega");
    private static final Map<String, String> SYMBOLS = withGreek(Map.ofEntries(
            Map.entry("times", "×"), Map.entry("pm", "±"), Map.entry("mp", "∓"), Map.entry("leq", "≤"),
            Map.entry("le", "≤"), Map.entry("geq", "≥"), Map.entry("ge", "≥"), Map.entry("leqslant", "≤"),
            Map.entry("geqslant", "≥"), Map.entry("neq", "≠"), Map.entry("ne", "≠"), Map.entry("approx", "≈"),
            Map.entry("sim", "~"), Map.entry("cdot", "·"), Map.entry("cdots", "…"), Map.entry("ldots", "…"),
            Map.entry("div", "÷"), Map.entry("to", "→"), Map.entry("rightarrow", "→"), Map.entry("leftarrow", "←"),
            Map.entry("uparrow", "↑"), Map.entry("downarrow", "↓"), Map.entry("infty", "∞"), Map.entry("circ", "°"),
            Map.entry("degree", "°"), Map.entry("prime", "′"), Map.entry("ast", "*"), Map.entry("lt", "<"), Map.entry("gt", ">"),
            Map.entry("%", "%"), Map.entry("&", "&"), Map.entry("#", "#"), Map.entry("_", "_"), Map.entry("{", "{"), Map.entry("}", "}"),
            Map.entry(",", " "), Map.entry(";", " "), Map.entry(":", " "), Map.entry("!", ""), Map.entry(" ", " "),
            Map.entry("quad", " "), Map.entry("qquad", " "), Map.entry("left", ""), Map.entry("right", "")));

    /** LaTeX's Greek commands: every lower-case name, the var- forms, the capitals. */
    private static Map<String, String> withGreek(Map<String, String> symbols) {
        Map<String, String> all = new java.util.HashMap<>(symbols);
        for (String name : Greek.NAMES) {
            all.put(name, Greek.letter(name));
        }
        all.put("varepsilon", Greek.letter("epsilon"));
        all.put("varphi", Greek.letter("phi"));
        for (String name : LATEX_CAPITALS) {
            all.put(Character.toUpperCase(name.charAt(0)) + name.substring(1), Greek.capital(name));
        }
        return Map.copyOf(all);
    }

    private static final Pattern DEGREE = Pattern.compile("\\^\\s*\\{?\\s*\\\\circ\\s*\\}?");
    private static final Pattern TEXT_COMMAND = Pattern.compile(
            "\\\\(?:text|mathrm|mathbf|mathit|mathsf|mathtt|textrm|textbf|textit|operatorname|rm|bf|it|boldsymbol|mathbb)\\s*\\{([^{}]*)\\}");
    private static final Pattern COMMAND = Pattern.compile("\\\\([A-Za-z]+|[%&#_{},;:! ])");
    private static final Pattern SUBSCRIPT = Pattern.compile("_\\s*(?:\\{([^{}]*)\\}|([A-Za-z0-9]))");
    private static final Pattern SUPERSCRIPT = Pattern.compile("\\^\\s*(?:\\{([^{}]*)\\}|([A-Za-z0-9+\\-]))");
    /** Math that is only a superscript of affiliation marks ({@code $^ { 1 , 4 } *$}, {@code $^ { 5 } \\ast$}). */
    private static final Pattern MARKS_ONLY = Pattern.compile(
            "\\s*\\^\\s*\\{([\\d\\s,，*]+|[\\d\\s,，]*\\\\ast\\s*)\\}\\s*(\\*|\\\\ast)?\\s*");
    private static final Pattern OPERATOR_SPACE = Pattern.compile("\\s*([×±∓≤≥≠≈~·÷/=<>→])\\s*");

    @Override
    public List<Block> apply(List<Block> blocks) {
        List<Block> out = new ArrayList<>(blocks.size());
        for (Block b : blocks) {
            if (b.kind() == BlockKind.TABLE || b.kind() == BlockKind.EQUATION) {
                out.add(b);
                continue;
            }
            out.add(b.withText(normalize(b.text(), b.zone() != Zone.FRONT)));
        }
        return out;
    }

    /** @param outsideToo also rewrite {@code ^{…}} written outside {@code $…$} */
    static String normalize(String text, boolean outsideToo) {
        // Math needs a $, superscripts a ^: most blocks have neither.
        String s = text.indexOf('$') >= 0
                ? MathSegments.inside(text, outsideToo ? LatexInlineNormalizer::math : LatexInlineNormalizer::frontMath)
                : text;
        return outsideToo && s.indexOf('^') >= 0 ? superscripts(DEGREE.matcher(s).replaceAll("°")) : s;
    }

    /**
     * Front-matter math: OCR converters (MinerU) write a byline's superscript marks as math
     * ({@code 李纾 $^ { 1 , 4 } *$}); those stay one mark group, {@code ^{1,4*}}, for the author parser.
     */
    static String frontMath(String content) {
        Matcher m = MARKS_ONLY.matcher(content);
        if (m.matches()) {
            String marks = m.group(1).replace("\\ast", "*") + (m.group(2) == null ? "" : "*");
            return "^{" + marks.replaceAll("\\s+", "") + "}";
        }
        return math(content);
    }

    static String math(String content) {
        String s = DEGREE.matcher(content).replaceAll("°");
        String before;
        do {
            before = s;
            // keep the braces for now: \mu\text{g} must not read as one command \mug
            s = TEXT_COMMAND.matcher(s).replaceAll(m -> Matcher.quoteReplacement("{" + m.group(1) + "}"));
            s = s.replaceAll("\\{\\{([^{}]*)\\}\\}", "{$1}");
        } while (!s.equals(before));
        s = COMMAND.matcher(s).replaceAll(m -> Matcher.quoteReplacement(
                SYMBOLS.getOrDefault(m.group(1), m.group(1))));
        s = SUBSCRIPT.matcher(s).replaceAll(m -> Matcher.quoteReplacement(m.group(1) != null ? m.group(1) : m.group(2)));
        s = superscripts(s);
        s = s.replace("{", "").replace("}", "");
        s = OPERATOR_SPACE.matcher(s).replaceAll("$1");
        return s.replaceAll("\\s+", " ").strip();
    }

    /** A number stays a power ({@code 10^{5}} → {@code 10^5}, {@code m^{2}} → {@code m^2}); a label joins its base ({@code Ly6C^{hi}} → {@code Ly6Chi}). */
    static String superscripts(String text) {
        Matcher m = SUPERSCRIPT.matcher(text);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            String exponent = (m.group(1) != null ? m.group(1) : m.group(2)).strip();
            boolean power = exponent.matches("[-−]?\\d+");
            boolean labelOnLetters = m.start() > 0 && Character.isLetter(text.codePointBefore(m.start()));
            String replacement = power ? "^" + exponent : labelOnLetters || m.group(1) != null ? exponent : m.group();
            m.appendReplacement(sb, Matcher.quoteReplacement(replacement));
        }
        m.appendTail(sb);
        return sb.toString();
    }
}
