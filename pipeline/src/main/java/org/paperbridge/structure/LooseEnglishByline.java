package org.paperbridge.structure;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.paperbridge.structure.AuthorParser.AuthorLine;
import org.paperbridge.structure.AuthorParser.AuthorMention;

/**
 * Reads an English byline of pinyin names that OCR left without clean separators:
 * {@code XUE Fei1·2 WANG Hongjianl YI Min' LIU Guang1,2}, {@code CHEN Shan-Qin4WU Yan'},
 * {@code Yan Zhao-ai① Guo Wen-jie@② Pan Yi-sheng@②}. The names carry the evidence: an
 * upper-case surname before a capitalized given name starts a name wherever it stands, so the
 * marks, stray quotes and lost commas between names need not be read exactly. The address that
 * follows the names on the same line or the next ones becomes the line's affiliation tail.
 */
public final class LooseEnglishByline {
    /** ZHANG Hao, ZHANGHao (the space lost), LI Chuan-Kui; or Yan Zhao-ai when marks set it apart. */
    private static final Pattern NAME = Pattern.compile(
            "(?<!\\p{L})(?:(\\p{Lu}{2,})[ \\t]?|(\\p{Lu}\\p{Ll}+)[ \\t])(\\p{Lu}\\p{Ll}+(?:[-‐]\\p{L}\\p{Ll}*)?)(?!\\p{L})");
    /** What may stand between two names: marks as printed or misread, separators, "and". */
    private static final Pattern GAP = Pattern.compile(
            "(?:[\\s\\d¹²³⁴⁵⁶⁷⁸⁹⁰①-⑳,，;；*∗✉†‡#§@?？'’‘\"“”·.．^{}$&]|\\band\\b)*");
    /** Marks as printed or misread: what sets two title-case names apart (a comma alone does not). */
    private static final Pattern MARK_SIGN = Pattern.compile("[\\d¹²³⁴⁵⁶⁷⁸⁹⁰①-⑳*∗✉†‡#§@?？'’‘·]");
    /** The number of an affiliation after the names, set apart by a space: 1.Department…, or a new line. */
    private static final Pattern ADDRESS_NUMBER = Pattern.compile("\\s\\d{1,2}\\s*[.．]\\s*$|\\n");
    /** Pinyin syllables never end in l: a final l is a misread superscript 1 (WANG Hongjianl). */
    private static final Pattern MISREAD_ONE = Pattern.compile("(?<=[aeiouvgnr])l$");
    private static final Pattern TITLE_WORD = Pattern.compile("\\p{L}{2,}");
    private static final Pattern TITLE_END = Pattern.compile("[\\p{L}\\d)）?？]$");
    /** The number of the first affiliation, set apart from the last name's marks by a space. */
    private static final Pattern TAIL_NUMBER = Pattern.compile("[\\s(（]\\d{1,2}\\s*[.．、]?\\s*$");
    private static final int MIN_NAMES = 2;
    private static final int MIN_TAIL = 8;

    private final AffiliationParser affiliationParser = new AffiliationParser();

    private record Name(String text, boolean capsSurname) {
    }

    /** The names of {@code line} when it is such a byline from its first character, else empty. */
    Optional<AuthorLine> read(String line) {
        String s = line.strip();
        List<Name> names = new ArrayList<>();
        List<String> gaps = new ArrayList<>();
        Matcher name = NAME.matcher(s);
        Matcher gap = GAP.matcher(s);
        int at = 0;
        while (at < s.length() && name.find(at) && name.start() == at) {
            boolean caps = name.group(1) != null;
            String given = name.group(3);
            String misread = "";
            if (caps && MISREAD_ONE.matcher(given).find()) {
                given = given.substring(0, given.length() - 1);
                misread = "1";
            }
            names.add(new Name((caps ? name.group(1) : name.group(2)) + " " + given, caps));
            gap.region(name.end(), s.length());
            gap.lookingAt();
            gaps.add(misread + s.substring(name.end(), gap.end()));
            at = gap.end();
            if (ADDRESS_NUMBER.matcher(s.substring(name.end(), at)).find()) {
                break; // the address begins: what follows is no name even if it looks like one
            }
        }
        if (names.size() < MIN_NAMES || !plausible(names, gaps)) {
            return Optional.empty();
        }
        String tail = null;
        int last = names.size() - 1;
        if (at < s.length()) {
            String lastGap = gaps.get(last);
            int cut = tailStart(lastGap);
            tail = (lastGap.substring(cut) + s.substring(at)).strip();
            gaps.set(last, lastGap.substring(0, cut));
            if (tail.length() < MIN_TAIL || !affiliationParser.looksLikeAffiliation(tail)) {
                return Optional.empty();
            }
        }
        List<AuthorMention> out = new ArrayList<>();
        for (int i = 0; i < names.size(); i++) {
            String g = gaps.get(i);
            out.add(new AuthorMention(names.get(i).text(), AuthorParser.markNumbers(g), g.matches("(?s).*[*∗✉].*")));
        }
        return Optional.of(new AuthorLine(out, tail));
    }

    /**
     * A title printed on the byline's line ({@code SDN-based Multicast Security Mechanism LI
     * Xu-yang, GAO Shuai, …}): the text before the first name and the byline from it.
     */
    Optional<Titled> splitTitle(String line) {
        Matcher m = NAME.matcher(line);
        while (m.find()) {
            if (m.start() == 0 || !Character.isWhitespace(line.charAt(m.start() - 1))) {
                continue;
            }
            String title = line.substring(0, m.start()).strip();
            Optional<AuthorLine> byline = read(line.substring(m.start()));
            if (byline.isPresent() && m.group(1) != null && plausibleTitle(title)) {
                return Optional.of(new Titled(title, line.substring(m.start()).strip(), byline.get()));
            }
        }
        return Optional.empty();
    }

    /** Three words or more, ending as a title ends (not on a mark or comma), and no byline or address itself. */
    private boolean plausibleTitle(String title) {
        return TITLE_WORD.matcher(title).results().count() >= 3 && TITLE_END.matcher(title).find()
                && read(title).isEmpty() && !affiliationParser.looksLikeAffiliation(title);
    }

    /** A title and the byline printed after it on one line. */
    public record Titled(String title, String byline, AuthorLine authors) {
    }

    /**
     * Surname-first capitals are names by their shape; two capitalized words ("Moves Forward")
     * are a name only when marks or separators set each name apart from the next.
     */
    private static boolean plausible(List<Name> names, List<String> gaps) {
        if (names.stream().allMatch(Name::capsSurname)) {
            return true;
        }
        for (int i = 0; i < names.size() - 1; i++) {
            if (!MARK_SIGN.matcher(gaps.get(i)).find()) {
                return false;
            }
        }
        return true;
    }

    /** Where the address begins inside the gap after the last name: after a line break, or at its number. */
    private static int tailStart(String gap) {
        int newline = gap.indexOf('\n');
        if (newline >= 0) {
            return newline + 1;
        }
        Matcher m = TAIL_NUMBER.matcher(gap);
        return m.find() ? m.start() + 1 : gap.length();
    }
}
