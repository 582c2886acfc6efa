package org.paperbridge.structure;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads an author line — {@code 张三^{1}, 李四^{1,2*}}, {@code 王五1,2* 赵六},
 * {@code ZHANG San, LI Si*}, {@code San Zhang1 and Si Li1,2} — into names with
 * their affiliation numbers and corresponding-author star. A line that is not a list of names
 * gives nothing, which is how the front-matter parser tells author lines from titles.
 */
public final class AuthorParser {
    /** A name as printed, the affiliation numbers of its marks, and whether it carries * or ✉. */
    public record AuthorMention(String name, List<Integer> marks, boolean starred) {
        public AuthorMention {
            marks = List.copyOf(marks);
        }
    }

    /** The names of a line and the affiliations printed after them in brackets, if any. */
    public record AuthorLine(List<AuthorMention> authors, String affiliationTail) {
        public AuthorLine {
            authors = List.copyOf(authors);
        }
    }

    private static final String MARK_CHAR = "\\d¹²³⁴⁵⁶⁷⁸⁹⁰①-⑳*∗✉†‡#§△▲☆★";
    private static final String SUPER_DIGIT = "\\d¹²³⁴⁵⁶⁷⁸⁹⁰";
    private static final String MARKS = "(?:\\^\\{[^}]*\\}|\\^[\\d*,，]+|[" + MARK_CHAR + "](?:[" + MARK_CHAR
            + "]|[,，]\\s?(?=[" + SUPER_DIGIT + "]))*)+";
    private static final Pattern ZH_LISTED = Pattern.compile(
            "\\G[\\s\\u3000]*(\\p{IsHan}(?:[\\s\\u3000]?[\\p{IsHan}·•・])+)[\\s\\u3000]*(" + MARKS
                    + ")?[\\s\\u3000]*(?:[,，、;；]|$)");
    private static final Pattern ZH_SPACED = Pattern.compile(
            "\\G[\\s\\u3000]*(\\p{IsHan}[\\p{IsHan}·•・]+)(" + MARKS + ")?(?=[\\s\\u3000]|$)[\\s\\u3000]*");
    private static final String EN_WORD = "\\p{Lu}[\\p{L}'’.\\-]*";
    private static final String PARTICLE = "(?:da|de|del|della|der|di|dos|du|la|le|van|von|bin|al|el)";
    private static final Pattern EN_NAME_LIST = Pattern.compile(
            "\\G\\s*(" + EN_WORD + "(?:\\s+(?:" + EN_WORD + "|" + PARTICLE + "(?=\\s+\\p{Lu})))+)(" + MARKS
                    + ")?\\s*(?:[,，]\\s*(?:and\\s+)?|[;；]\\s*|\\s+and\\s+|\\s*&\\s*|$"
                    // marks then a space stand for a lost comma (YU Shi-qiang4 CHEN Zhi-min1)
                    + "|(?<=[" + MARK_CHAR + "])\\s+(?=\\p{Lu}))");
    /** Converters print a superscript 1 as ’ ' ‘ 」 } or ｝ after a name (孙越强’霍文青」, Sun Yueqiang'). */
    private static final Pattern OCR_MARK_AFTER_HAN = Pattern.compile("(?<=\\p{IsHan})[’'‘」}｝](?=\\p{IsHan}|[\\s,，、;；(（*]|$)");
    /** The same stand-in before a real superscript (王铮}²): two marks, 1 and 2, not the number 12. */
    private static final Pattern OCR_MARK_BEFORE_SUPERSCRIPT = Pattern.compile("(?<=\\p{IsHan})[’'‘」}｝](?=[¹²³⁴⁵⁶⁷⁸⁹])");
    /** A comma a converter set between a name and its superscript (孙亮亮,³，白丽丽): the mark is the name's. */
    private static final Pattern COMMA_BEFORE_MARK = Pattern.compile("(?<=\\p{IsHan})[,，]\\s?(?=[¹²³⁴⁵⁶⁷⁸⁹]+[\\s,，、;；*]|[¹²³⁴⁵⁶⁷⁸⁹]+$)");
    /** A star set after the separator that follows its name (陈岳民1,2，*，杨玉盛): it is that name's. */
    private static final Pattern STAR_AFTER_SEPARATOR = Pattern.compile("[,，、]\\s*([*∗✉])(?=\\s*[,，、])");
    private static final Pattern OCR_MARK_AFTER_LATIN = Pattern.compile("(?<=\\p{Ll})[’'‘」}｝](?=[\\s,，;；(（*]|$)");
    /** Marks run into the next Chinese name when the separator was lost (夏俊明1,²孙越强): split there. */
    private static final Pattern MARK_BEFORE_HAN = Pattern.compile("(?<=\\p{IsHan})([" + MARK_CHAR + "](?:[" + MARK_CHAR
            + "]|[,，.](?=[" + SUPER_DIGIT + "]))*)(?=\\p{IsHan})");
    /** Superscript letters (a, b affiliation marks) come out as modifier letters: 任方ʰ. */
    private static final Pattern LETTER_MARK = Pattern.compile("(?<=\\p{IsHan}|\\p{Ll})[ᵃᵇᶜᵈᵉʰ](?=\\P{L}|$)");
    /** A space set before a superscript (YAN Jing-ye ²). */
    private static final Pattern SPACE_BEFORE_SUPERSCRIPT = Pattern.compile("[\\s\\u3000]+(?=[¹²³⁴⁵⁶⁷⁸⁹⁰]+(?:[\\s,，;；(（]|$))");
    /** Marks then a space before the next Chinese name, in a line that also uses commas (杜虎1,2 曾馥平1,2*). */
    private static final Pattern MARK_SPACE_HAN = Pattern.compile("(?<=[" + MARK_CHAR + "])[\\s\\u3000]+(?=\\p{IsHan})");
    /** A corresponding-author star set after the last separator, and stray quotes at the end. */
    private static final Pattern TRAILING_JUNK = Pattern.compile("(?:[,，]\\s*([*∗✉]+))?[\\s\"“”]*$");
    /** Pinyin syllables never end in l: after a SURNAME Given name it is a misread superscript 1 (SUN Taol). */
    private static final Pattern PINYIN_MISREAD_ONE = Pattern.compile("^\\p{Lu}{2,}\\s+\\p{Lu}[\\p{Ll}-]*[aeiouvgnr]l$");
    /** 1.2 after a name is two marks (HOU Hong-jie1.2). */
    private static final Pattern DOTTED_MARKS = Pattern.compile("(?<=\\p{L}\\d)\\.(?=\\d(?:\\D|$))");
    private static final Pattern AFFILIATION_TAIL = Pattern.compile(
            "[(（]\\s*(?:\\d{1,2}\\s*[.．、]|\\^\\{|[①-⑳¹²³⁴⁵⁶⁷⁸⁹]|[^()（）]*(?:" + AffiliationParser.INSTITUTION_ZH
                    + "|" + AffiliationParser.INSTITUTION_EN + "))");

    /** A bracketed address, then the next name up to its own bracket, if one follows. */
    private static final Pattern NAME_THEN_ADDRESS = Pattern.compile(
            "[(（]([^()（）]{4,200})[)）]\\s*(?:([^()（）]{2,40}?)\\s*(?=[(（][^()（）]*(?:" + AffiliationParser.INSTITUTION_ZH + "|"
                    + AffiliationParser.INSTITUTION_EN + ")))?");
    private static final Pattern LIST_SEPARATOR = Pattern.compile("[,，、]");
    /**
     * A two-character name padded to the width of three in a byline spaced by ideographic spaces
     * (柴若楠　郜　帅　兰江雨): two single characters between spaces are one name.
     */
    private static final Pattern PADDED_NAME = Pattern.compile(
            "(?<=^|[\\s\\u3000])(\\p{IsHan})[\\s\\u3000](\\p{IsHan})(?=[\\s\\u3000" + MARK_CHAR + "^]|$)");
    /** How a Chinese address opens: the country, a national body, a province-level region. */
    private static final Pattern PLACE_START = Pattern.compile("中国|国家|首都|北京|天津|上海|重庆|河北|山西|辽宁|吉林"
            + "|黑龙江|江苏|浙江|安徽|福建|江西|山东|河南|湖北|湖南|广东|海南|四川|贵州|云南|陕西|甘肃|青海|台湾|内蒙古"
            + "|广西|西藏|宁夏|新疆|香港|澳门");

    private final LooseEnglishByline looseEnglish = new LooseEnglishByline();

    public Optional<AuthorLine> parse(String line) {
        if (line == null || line.isBlank()) {
            return Optional.empty();
        }
        String names = ocrMarks(line.strip());
        String tail = null;
        Matcher t = AFFILIATION_TAIL.matcher(names);
        if (t.find() && t.start() > 0) {
            tail = names.substring(t.start()).strip();
            names = names.substring(0, t.start()).strip();
        }
        if (tail != null && authorsOneToAnAddress(names, tail).isPresent()) {
            return authorsOneToAnAddress(names, tail);
        }
        List<AuthorMention> authors = chineseListed(names);
        if (authors.isEmpty()) {
            authors = chineseSpaced(PADDED_NAME.matcher(names).replaceAll("$1$2"));
        }
        if (authors.isEmpty() && tail == null) {
            Optional<AuthorLine> runIn = runInAffiliation(names);
            if (runIn.isPresent()) {
                return runIn;
            }
        }
        if (authors.isEmpty()) {
            authors = english(names);
        }
        if (authors.isEmpty() && !FrontBlockClassifier.isChinese(line)) {
            return looseEnglish.read(ocrMarks(line.strip()));
        }
        return authors.isEmpty() ? Optional.empty() : Optional.of(new AuthorLine(authors, tail));
    }

    /** A title and the byline printed after it in one block, when the block is one. */
    public Optional<LooseEnglishByline.Titled> titleAndByline(String block) {
        return block == null || FrontBlockClassifier.isChinese(block) ? Optional.empty()
                : looseEnglish.splitTitle(ocrMarks(block.strip()));
    }

    /**
     * A byline as OCR and PDF converters leave it, with its superscripts in plain form: escaped
     * stars unescaped, stand-in quote marks read as the mark 1, lost separators restored.
     */
    static String ocrMarks(String line) {
        if (!needsOcrRepair(line)) {
            return line; // the common case, kept cheap: the classifier asks this of every front block
        }
        String s = line.replace("\\*", "*");
        s = TRAILING_JUNK.matcher(s).replaceFirst("$1");
        s = LETTER_MARK.matcher(s).replaceAll("¹");
        s = SPACE_BEFORE_SUPERSCRIPT.matcher(s).replaceAll("");
        s = OCR_MARK_BEFORE_SUPERSCRIPT.matcher(s).replaceAll("¹,");
        s = OCR_MARK_AFTER_HAN.matcher(s).replaceAll("¹");
        s = COMMA_BEFORE_MARK.matcher(s).replaceAll("");
        s = STAR_AFTER_SEPARATOR.matcher(s).replaceAll("$1");
        s = OCR_MARK_AFTER_LATIN.matcher(s).replaceAll("¹");
        s = DOTTED_MARKS.matcher(s).replaceAll(",");
        s = MARK_BEFORE_HAN.matcher(s).replaceAll("$1，");
        return s.matches("(?s).*[,，、][\\s\\u3000]*\\p{IsHan}.*") ? MARK_SPACE_HAN.matcher(s).replaceAll("，") : s;
    }

    private static boolean needsOcrRepair(String line) {
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if ((c >= '0' && c <= '9') || "’'‘」}｝ᵃᵇᶜᵈᵉʰ\\¹²³⁴⁵⁶⁷⁸⁹⁰\"“”".indexOf(c) >= 0 || (c >= '①' && c <= '⑳')) {
                return true;
            }
        }
        return false;
    }

    private static List<AuthorMention> chineseListed(String s) {
        List<AuthorMention> out = new ArrayList<>();
        Matcher m = ZH_LISTED.matcher(s);
        int end = 0;
        while (end < s.length() && m.find(end) && m.start() == end && m.end() > end) {
            String name = m.group(1).replaceAll("[\\s\\u3000]", "");
            if (!addChinese(out, name, m.group(2))) {
                return List.of();
            }
            end = m.end();
        }
        return end == s.length() ? out : List.of();
    }

    /**
     * Each author with an address in brackets after the name, all in one block ({@code 刘焕彬
     * (黄冈师范学院数学系, 黄冈 438000) 何穗 (华中师范大学…) 孙六全 (中国科学院…)}, LaTeX templates): every
     * name gets the mark of its address, in order; the bracketed addresses stay the tail. Empty when the tail
     * holds no name between two bracketed addresses.
     */
    private static Optional<AuthorLine> authorsOneToAnAddress(String first, String tail) {
        Matcher m = NAME_THEN_ADDRESS.matcher(tail);
        List<AuthorMention> authors = new ArrayList<>();
        List<String> addresses = new ArrayList<>();
        String name = first;
        int end = 0;
        while (m.find(end) && m.start() == end && m.end() > end) {
            if (name == null || !(isChineseName(name) || english(name).size() == 1)) {
                return Optional.empty();
            }
            authors.add(new AuthorMention(name, List.of(authors.size() + 1), false));
            addresses.add(m.group(1).strip());
            name = m.group(2) == null ? null : m.group(2).strip();
            end = m.end();
            if (name == null) {
                break;
            }
        }
        if (authors.size() < 2) {
            return Optional.empty();
        }
        String rest = tail.substring(end).strip();
        StringBuilder addressTail = new StringBuilder();
        addresses.forEach(a -> addressTail.append('(').append(a).append(") "));
        return Optional.of(new AuthorLine(authors, (addressTail + rest).strip()));
    }

    /**
     * A listed byline whose last name runs into the first affiliation, separator and mark lost
     * ({@code 王常珺¹，姚儒¹，师杰²，张晓辉¹，孙强中国医学科学院北京协和医学院…}): the name is the two or
     * three characters before a place that opens an address (中国, 国家, a province) with an
     * institution word after it. Two names must come before it, so a title is not read so.
     */
    private static Optional<AuthorLine> runInAffiliation(String s) {
        if (!AffiliationParser.hasInstitutionWord(s)) {
            return Optional.empty();
        }
        Matcher separator = LIST_SEPARATOR.matcher(s);
        while (separator.find()) {
            String rest = s.substring(separator.end()).strip();
            if (rest.isEmpty() || !AffiliationParser.hasInstitutionWord(rest.substring(0, Math.min(rest.length(), 40)))) {
                continue;
            }
            List<AuthorMention> before = chineseListed(s.substring(0, separator.start()));
            if (before.size() < 2) {
                continue;
            }
            for (int len = 2; len <= 3 && len < rest.length(); len++) {
                String name = rest.substring(0, len);
                if (name.codePoints().allMatch(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN)
                        && PLACE_START.matcher(rest.substring(len)).lookingAt()) {
                    List<AuthorMention> all = new ArrayList<>(before);
                    all.add(mention(name, null));
                    return Optional.of(new AuthorLine(all, rest.substring(len)));
                }
            }
        }
        return Optional.empty();
    }

    private static List<AuthorMention> chineseSpaced(String s) {
        List<AuthorMention> out = new ArrayList<>();
        Matcher m = ZH_SPACED.matcher(s);
        int end = 0;
        while (end < s.length() && m.find(end) && m.start() == end && m.end() > end) {
            if (!addChinese(out, m.group(1), m.group(2))) {
                return List.of();
            }
            end = m.end();
        }
        return end == s.length() && out.size() > 1 ? out : List.of();
    }

    /**
     * Adds a Chinese name, or the names of a run printed without separators (于世强陈志敏), the
     * marks going to the last of them, the only one they were printed after. A run is read only
     * after another name or before marks. False when the text is neither.
     */
    private static boolean addChinese(List<AuthorMention> out, String name, String marks) {
        if (isChineseName(name)) {
            out.add(mention(name, marks));
            return true;
        }
        if (out.isEmpty() && marks == null) {
            return false; // a run alone and unmarked is more likely a word or a title than names
        }
        List<String> names = GluedNames.split(name);
        for (int i = 0; i < names.size(); i++) {
            out.add(mention(names.get(i), i == names.size() - 1 ? marks : null));
        }
        return !names.isEmpty();
    }

    private static List<AuthorMention> english(String s) {
        List<AuthorMention> out = new ArrayList<>();
        Matcher m = EN_NAME_LIST.matcher(s);
        int end = 0;
        while (end < s.length() && m.find(end) && m.start() == end && m.end() > end) {
            String name = m.group(1).strip();
            if (name.split("\\s+").length > 5) {
                return List.of();
            }
            String marks = m.group(2);
            if (marks == null && PINYIN_MISREAD_ONE.matcher(name).find()) {
                name = name.substring(0, name.length() - 1);
                marks = "1";
            }
            out.add(mention(name, marks));
            end = m.end();
        }
        return end == s.length() ? out : List.of();
    }

    /** Two to four Han characters, or a transliterated name joined by a middle dot. */
    static boolean isChineseName(String name) {
        long han = name.codePoints().filter(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN)
                .count();
        boolean dotted = name.matches(".*[·•・].*");
        return dotted ? han >= 3 && han <= 12 && !name.matches("^[·•・].*|.*[·•・]$") : han >= 2 && han <= 4;
    }

    private static AuthorMention mention(String name, String marks) {
        if (marks == null) {
            return new AuthorMention(name, List.of(), false);
        }
        return new AuthorMention(name, markNumbers(marks), marks.matches(".*[*∗✉].*"));
    }

    /** Affiliation numbers in a mark: 1,2 ¹ ① and the digits inside ^{…}. */
    static List<Integer> markNumbers(String marks) {
        List<Integer> numbers = new ArrayList<>();
        StringBuilder digits = new StringBuilder();
        boolean asciiRun = false;
        for (int i = 0; i <= marks.length(); i++) {
            char c = i < marks.length() ? marks.charAt(i) : ' ';
            int d = digitValue(c);
            boolean switched = d >= 0 && !digits.isEmpty() && (c >= '0' && c <= '9') != asciiRun;
            if (d >= 0 && !switched) {
                if (digits.isEmpty()) {
                    asciiRun = c >= '0' && c <= '9';
                }
                digits.append(d);
                continue;
            }
            if (!digits.isEmpty()) {
                numbers.add(Integer.parseInt(digits.toString()));
                digits.setLength(0);
            }
            if (switched) { // 1²³: a plain digit then superscripts are three marks, not 123
                digits.append(d);
                asciiRun = c >= '0' && c <= '9';
                continue;
            }
            if (c >= '①' && c <= '⑳') {
                numbers.add(c - '①' + 1);
            }
        }
        return numbers;
    }

    private static int digitValue(char c) {
        if (c >= '0' && c <= '9') {
            return c - '0';
        }
        return "⁰¹²³⁴⁵⁶⁷⁸⁹".indexOf(c);
    }
}
