package org.paperbridge.align;

import org.paperbridge.lang.Scripts;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.paperbridge.model.GlossaryEntry;
import org.paperbridge.model.CodePoints;

/**
 * Mines the terms an article defines in running text: {@code 中文术语(English full form, ABBR)},
 * {@code 中文术语(ABBR)} and {@code English full form (ABBR)}, full- or half-width parentheses.
 * Full forms are validated Schwartz–Hearst style; the Chinese term's left boundary is chosen by
 * {@link ChineseTermBoundary}. Entries of one abbreviation are merged, the fullest one winning.
 */
public final class GlossaryExtractor {
    private static final Pattern PAREN = Pattern.compile("[(（]([^()（）]{1,200})[)）]");
    private static final Pattern LAST_SEPARATOR = Pattern.compile("^(.*)[,，;；]([^,，;；]+)$");
    /** Four lower-case letters in a row, or a capitalised word: English words and names, never abbreviations. */
    private static final Pattern WORD_LIKE = Pattern.compile(".*\\p{Ll}{4}.*|\\p{Lu}\\p{Ll}{3,}");
    /** A number with a unit (50mm/h, 9dpf, 1bit) or formula residue (l+2r, log3/4L, 1/2Sy): no term. */
    private static final Pattern QUANTITY = Pattern.compile("\\p{N}[^\\p{Lu}]*|.*[\\p{L}\\p{N}]\\+[\\p{L}\\p{N}].*|.*\\p{N}/\\p{N}.*");
    /** Units printed in parentheses after a quantity's name (中频信号(MHz), 峰值信噪比(dB)). */
    private static final Set<String> UNITS = Set.of("Hz", "kHz", "MHz", "GHz", "dB", "mM", "μM", "nM", "mL", "μL", "kPa",
            "MPa", "kDa", "rpm", "g/L", "mg/L", "mg/kg", "U/L", "U/mL", "MJ/kg", "MJ/d", "CFU/g", "CFU/mL", "MPN/g", "MPN/mL");
    private static final Pattern SPACED_WORDS = Pattern.compile(".*\\p{L}\\s+\\p{L}.*");
    /** Where an English full form cannot reach back past: a closed parenthesis or a list or sentence mark. */
    private static final Pattern FULL_FORM_STOP = Pattern.compile(".*[)）\\]】、;；。]");

    private final ChineseTermBoundary boundary;
    private final FullFormSpacing spacing = new FullFormSpacing();

    /** Uses the article's dictionary together with the bundled domain word list. */
    public GlossaryExtractor(BilingualDictionary articleDictionary) {
        this.boundary = new ChineseTermBoundary(TermPairDictionary.builder()
                .addAll(DomainWords.load()).addAll(articleDictionary).build());
    }

    public GlossaryExtractor() {
        this(BilingualDictionary.empty());
    }

    /** Glossary of the given paragraphs, counting candidate strings over the same paragraphs. */
    public List<GlossaryEntry> extract(List<String> paragraphs) {
        return extract(paragraphs, paragraphs);
    }

    /** Glossary of {@code paragraphs}; {@code corpus} is the text over which candidate strings are counted. */
    public List<GlossaryEntry> extract(List<String> paragraphs, List<String> corpus) {
        CorpusCounts counts = new CorpusCounts(corpus);
        List<GlossaryEntry> found = new ArrayList<>();
        for (String text : paragraphs) {
            Matcher m = PAREN.matcher(text);
            while (m.find()) {
                GlossaryEntry e = definition(text, m.start(), m.group(1), counts);
                if (e != null) {
                    found.add(e);
                }
            }
        }
        // complete definitions (both languages in one parenthesis) are trusted over pieces merged by
        // abbreviation; two Chinese terms with nothing in common are two meanings of one
        // abbreviation (TP = 总磷 and 总蛋白) and stay apart
        Map<String, List<GlossaryEntry>> byAbbr = new LinkedHashMap<>();
        found.forEach(e -> byAbbr.putIfAbsent(e.abbr(), new ArrayList<>()));
        for (boolean complete : new boolean[] {true, false}) {
            for (GlossaryEntry e : found) {
                if ((e.zh() != null && e.en() != null) == complete) {
                    List<GlossaryEntry> meanings = byAbbr.get(e.abbr());
                    int same = sameMeaning(meanings, e);
                    if (same < 0) {
                        meanings.add(e);
                    } else {
                        meanings.set(same, fuller(meanings.get(same), e));
                    }
                }
            }
        }
        List<GlossaryEntry> out = new ArrayList<>();
        byAbbr.values().forEach(out::addAll);
        return out;
    }

    /** The entry of {@code meanings} that {@code e} names too, or -1: no Chinese term to tell, or the terms overlap. */
    private static int sameMeaning(List<GlossaryEntry> meanings, GlossaryEntry e) {
        for (int i = 0; i < meanings.size(); i++) {
            String a = meanings.get(i).zh();
            if (a == null || e.zh() == null) {
                return i;
            }
            if (sharesTwoCharacters(a.replaceAll("\\s+", ""), e.zh().replaceAll("\\s+", ""))) {
                return i;
            }
        }
        return -1;
    }

    /** Whether two terms have a two-character string in common: cuts of one term (径流中的全磷, 全磷) do. */
    private static boolean sharesTwoCharacters(String a, String b) {
        if (a.length() < 2 || b.length() < 2) {
            return a.contains(b) || b.contains(a);
        }
        for (int k = 0; k + 2 <= a.length(); k++) {
            if (b.contains(a.substring(k, k + 2))) {
                return true;
            }
        }
        return false;
    }

    private GlossaryEntry definition(String text, int open, String inner, CorpusCounts counts) {
        if (Scripts.containsHan(inner)) {
            return null;
        }
        Matcher sep = LAST_SEPARATOR.matcher(inner);
        if (sep.matches()) {
            String full = sep.group(1).replace("*", "").replaceAll("\\s+", " ").strip();
            String abbr = Abbreviations.clean(sep.group(2));
            if (!plausible(abbr) || full.chars().noneMatch(Character::isLetter) || Abbreviations.match(full, abbr) < 0) {
                return null;
            }
            full = spacing.repair(full, abbr);
            String zh = boundary.choose(text, open, full, abbr, counts);
            return new GlossaryEntry(zh, full, abbr);
        }
        String abbr = Abbreviations.clean(inner);
        // 布拉格(Prague), 设施(Facility), 托马斯(Thomas Jenckes): a translation or a name, no abbreviation
        if (!plausible(abbr) || SPACED_WORDS.matcher(inner.strip()).matches()) {
            return null;
        }
        String before = text.substring(0, open).stripTrailing();
        if (before.isEmpty()) {
            return null;
        }
        int last = before.codePointBefore(before.length());
        if (Scripts.isHan(last) || Scripts.containsHan(tail(before, 12))) {
            String zh = boundary.choose(text, open, null, abbr, counts);
            return zh == null ? null : new GlossaryEntry(zh, null, abbr);
        }
        String full = englishFullForm(before, abbr);
        return full == null ? null : new GlossaryEntry(null, spacing.repair(full, abbr), abbr);
    }

    /** An abbreviation, not a grant number or a figure: letters at least as many as digits, two or more. */
    private static boolean plausible(String abbr) {
        long letters = abbr.chars().filter(Character::isLetter).count();
        long digits = abbr.chars().filter(Character::isDigit).count();
        return Abbreviations.looksLike(abbr) && letters >= 2 && letters >= digits && !WORD_LIKE.matcher(abbr).matches()
                && !QUANTITY.matcher(abbr).matches() && !UNITS.contains(abbr);
    }

    /** Schwartz–Hearst long form: the shortest run of the last min(|A|+5, 2|A|) words that makes the abbreviation. */
    private static String englishFullForm(String before, String abbr) {
        Matcher stop = FULL_FORM_STOP.matcher(before);
        if (stop.lookingAt()) {
            // "fiber (NDF), acid detergent fiber (ADF)": the full form starts after the previous definition
            before = before.substring(stop.end());
        }
        String[] words = before.replace("*", "").strip().split("\\s+");
        int alnum = (int) abbr.chars().filter(Character::isLetterOrDigit).count();
        int max = Math.min(alnum + 5, alnum * 2);
        for (int n = 1; n <= Math.min(max, words.length); n++) {
            String full = String.join(" ", java.util.Arrays.copyOfRange(words, words.length - n, words.length));
            if (Scripts.containsHan(full)) {
                return null;
            }
            int at = Abbreviations.match(full, abbr);
            if (at >= 0 && at < words[words.length - n].length()) {
                return full.replaceAll("^[^\\p{L}\\p{N}]+", "");
            }
        }
        return null;
    }

    private static String tail(String s, int chars) {
        return s.length() <= chars ? s : s.substring(s.length() - chars);
    }

    /** The entry that says more; a missing side is filled from the other. */
    static GlossaryEntry fuller(GlossaryEntry a, GlossaryEntry b) {
        GlossaryEntry first = a.en() != null && a.zh() != null || b.en() == null || b.zh() == null ? a : b;
        GlossaryEntry other = first == a ? b : a;
        return new GlossaryEntry(first.zh() != null ? first.zh() : other.zh(),
                first.en() != null ? first.en() : other.en(), first.abbr());
    }
}
