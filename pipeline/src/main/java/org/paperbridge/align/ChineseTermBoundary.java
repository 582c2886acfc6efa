package org.paperbridge.align;

import org.paperbridge.lang.Greek;
import org.paperbridge.lang.Scripts;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.hankcs.hanlp.HanLP;
import com.hankcs.hanlp.seg.Segment;
import com.hankcs.hanlp.seg.common.Term;

import org.paperbridge.lang.TraditionalChinese;
import org.paperbridge.text.HanLPSetup;
import org.paperbridge.model.CodePoints;

/**
 * Chooses where a Chinese term that precedes "(English full form, ABBR)" begins. Every word start
 * in the clause before the parenthesis is a candidate; each is scored by how much of it the English
 * explains (translations of its words, Latin tokens and numbers it shares), how much it leaves
 * unexplained, how close its length is to what the English predicts, whether a function word or
 * verb stands before it, and whether the candidate string recurs in the corpus with other left
 * neighbours. Traditional script is judged in its simplified form.
 */
final class ChineseTermBoundary {
    private static final Pattern HARD_STOP = Pattern.compile("[。,，、;；:：!！?？()（）\\[\\]【】「」“”\"《》/^]");
    private static final Pattern LATIN = Pattern.compile("[A-Za-z0-9]+");
    private static final Set<String> STOP_WORDS = Set.of("of", "for", "and", "the", "in", "to", "a", "an", "with",
            "by", "on", "or");
    private static final int MAX_WINDOW = 32;
    /**
     * Words that open the clause around a term but never the term: prepositions, conjunctions,
     * copulas, light verbs, pronouns (以中央处理器, 利用欧洲中期天气预报中心, 是平均绝对误差, 和非参数).
     */
    private static final Set<String> LEAD_WORDS = Set.of("以", "利用", "由", "是", "和", "与", "及", "或", "或者", "称为",
            "被称为", "简称", "简称为", "叫做", "采用", "使用", "选用", "应用", "运用", "通过", "用", "对", "在", "将", "为",
            "把", "从", "其", "较", "即", "如", "包括", "根据", "针对", "基于", "的", "了", "等", "该", "这", "此", "于",
            "向", "至", "并", "而", "且", "也", "都", "可", "可以", "则", "就", "使", "经", "当", "提出", "提高", "降低", "表明",
            "其次", "然后", "因此", "目前", "以及", "所", "就是", "逐年", "主要", "正在", "已", "已经");
    /** Clause verbs that a term does not contain ("结果采用非加权配对算术平均法"). */
    private static final Set<String> CLAUSE_VERBS = Set.of("是", "采用", "利用", "使用", "选用", "称为", "简称", "通过", "提出",
            "提高", "降低", "表明", "包括", "根据", "针对");
    /** A count or a year before the term: 10个单倍体基因组当量, 1865年, 60年代. */
    private static final Pattern COUNT = Pattern.compile("^[0-9０-９]+\\s*[个种年次类项名位条份只组批代]");
    /** A measure and 的 open a description, not a term: 0.18μm的中芯国际, 10%的. */
    private static final Pattern MEASURE_OF = Pattern.compile("^[0-9０-９][0-9０-９.\\s]*(?:[%‰μA-Za-z]\\s*){0,3}的");
    private static final Pattern COUNT_INSIDE = Pattern.compile("[0-9０-９]\\s*[个种次项名位条份只批]");

    private final BilingualDictionary dictionary;
    private final Segment segment;
    /** English phrases of several words the dictionary knows ("bone marrow"), longest first. */
    private final List<String> phrases;

    ChineseTermBoundary(BilingualDictionary dictionary) {
        HanLPSetup.ensure();
        this.dictionary = dictionary;
        this.segment = HanLP.newSegment().enableOffset(true);
        Set<String> multi = new TreeSet<>((a, b) -> a.length() != b.length() ? b.length() - a.length() : a.compareTo(b));
        for (String zh : dictionary.chineseTerms()) {
            for (String en : dictionary.translations(zh)) {
                if (en.contains(" ") || en.contains("-")) {
                    multi.add(en);
                }
            }
        }
        this.phrases = List.copyOf(multi);
    }

    /**
     * The term ending at {@code end} in {@code text}, or null. {@code english} may be null (only an
     * abbreviation was given); {@code abbr} predicts the term's length; {@code corpus} counts candidate strings.
     */
    String choose(String printed, int end, String english, String abbr, CorpusCounts corpus) {
        // Traditional script is read in simplified form (same length) so that the segmenter and the
        // dictionary know its words; the term returned is the printed text.
        String text = TraditionalChinese.fold(printed);
        int from = Math.max(0, end - MAX_WINDOW);
        int start = end;
        while (start > from && !HARD_STOP.matcher(text.substring(start - 1, start)).matches()) {
            start--;
        }
        String window = text.substring(start, end).strip();
        String printedWindow = printed.substring(start, end).strip();
        if (window.isEmpty() || !Scripts.containsHan(window)) {
            return null;
        }
        List<String> words = english == null ? List.of() : englishWords(english);
        List<Term> terms = segment.seg(window);
        double best = Double.NEGATIVE_INFINITY;
        String choice = null;
        boolean listItem = start > 0 && text.charAt(start - 1) == '、';
        for (int c : candidates(window, terms)) {
            String term = window.substring(c).strip();
            if (term.isEmpty() || !startsWell(term) || !Scripts.containsHan(term) || opensClause(term, c, terms)) {
                continue;
            }
            double s = score(term, words, english, abbr) + boundaryBonus(window, c, terms, listItem)
                    + corpus.leftBoundaryBonus(window, c) - clauseVerbPenalty(term, c, terms);
            if (s > best) {
                best = s;
                choice = printedWindow.substring(c).strip();
            }
        }
        return choice;
    }

    /**
     * Whether a candidate begins with a word that opens a clause rather than a term, or with a count.
     * 基于 begins a term only as 基于…的… (基于拉格朗日松弛的启发式算法), not as a preposition (基于自测试).
     */
    private static boolean opensClause(String term, int c, List<Term> terms) {
        if (COUNT.matcher(term).find() || MEASURE_OF.matcher(term).find()) {
            return true;
        }
        for (Term t : terms) {
            if (t.offset == c) {
                if (t.word.equals("基于")) {
                    return !term.contains("的");
                }
                String n = t.nature == null ? "" : t.nature.toString();
                return LEAD_WORDS.contains(t.word) || n.equals("vshi") || n.startsWith("u") || n.startsWith("c")
                        || n.startsWith("r") || n.startsWith("p") && t.word.length() >= 2;
            }
        }
        return false;
    }

    /** A clause verb inside the candidate says it reaches back into the clause. */
    private static double clauseVerbPenalty(String term, int c, List<Term> terms) {
        if (COUNT_INSIDE.matcher(term).find()) {
            return 2.0;
        }
        for (Term t : terms) {
            // a clause verb or a preposition inside (雨强对全钾, 分别从黄色链霉菌) reaches back into the
            // clause; plain verbs do not, terms hold them (次优配合法, 干涉测量技术)
            if (t.offset > c && (CLAUSE_VERBS.contains(t.word) || t.nature != null && t.nature.toString().equals("p"))) {
                return 2.0;
            }
        }
        return 0;
    }

    private static boolean startsWell(String term) {
        int cp = term.codePointAt(0);
        return Scripts.isHan(cp) || Character.isLetterOrDigit(cp);
    }

    private static Set<Integer> candidates(String window, List<Term> terms) {
        Set<Integer> starts = new TreeSet<>();
        for (Term t : terms) {
            if (t.offset >= 0 && t.offset < window.length()) {
                starts.add(t.offset);
            }
        }
        Matcher m = LATIN.matcher(window);
        while (m.find()) {
            starts.add(m.start());
        }
        for (int i = 0; i < window.length(); i++) {
            if (window.charAt(i) == '-' && i + 1 < window.length() && Scripts.isHan(window.codePointAt(i + 1))) {
                starts.add(i + 1);
            }
        }
        return starts;
    }

    private double score(String term, List<String> words, String english, String abbr) {
        int length = 0;
        for (int k = 0; k < term.length(); k++) {
            length += Character.isWhitespace(term.charAt(k)) || term.charAt(k) == '-' ? 0 : 1;
        }
        if (words.isEmpty()) {
            // only an abbreviation: each initial usually stands for one Chinese word of two or three
            // characters (VLBI = 甚长基线干涉测量技术), so a candidate much shorter is a cut piece and
            // one much longer reaches into the clause; in between, boundaries decide
            int initials = initials(abbr);
            return -0.3 * Math.max(0, length - Math.max(10, 2.5 * initials)) - 0.3 * Math.max(0, 2 * initials - 1 - length);
        }
        boolean[] covered = new boolean[term.length()];
        int explained = 0;
        double expected = 0;
        double expectedUnexplained = 0;
        double leadingGuess = 0;
        int firstCovered = term.length();
        String lowerTerm = term.toLowerCase(Locale.ROOT);
        for (String w : words) {
            int found = -1;
            int foundLength = 0;
            String needle = literal(w, english);
            if (needle != null) {
                found = indexOfToken(lowerTerm, needle);
                foundLength = needle.length();
            }
            if (found < 0) {
                for (String zh : translationsOf(w)) {
                    int at = term.indexOf(zh);
                    if (at >= 0 && zh.length() > foundLength) {
                        found = at;
                        foundLength = zh.length();
                    }
                }
            }
            if (found >= 0) {
                if (explained == 0) {
                    leadingGuess = expectedUnexplained;
                }
                firstCovered = Math.min(firstCovered, found);
                explained++;
                for (int k = found; k < found + foundLength; k++) {
                    covered[k] = true;
                }
                expected += foundLength;
            } else {
                // an English word without known translation still predicts some Chinese characters
                double guess = Math.max(1.0, Math.min(4.0, w.length() / 3.0));
                expected += guess;
                expectedUnexplained += guess;
            }
        }
        int unexplained = 0;
        for (int k = 0; k < term.length(); k++) {
            char ch = term.charAt(k);
            if (!covered[k] && !Character.isWhitespace(ch) && ch != '-') {
                unexplained++;
            }
        }
        // English words without translation still need Chinese to stand for them: modifiers before
        // the first explained word stand before its translation, so a term that opens with that
        // translation has lost them (Square Kilometer Array ≠ 阵列望远镜, isopentenyl diphosphate ≠
        // 基焦磷酸: how many characters they take is a guess, so any is enough); with nothing
        // explained the whole term must hold them (High Speed Input = 高速输入总线, not 总线)
        double missing;
        if (explained > 0) {
            boolean opensWithTranslation = term.substring(0, firstCovered).isBlank();
            missing = opensWithTranslation ? Math.min(2.0, leadingGuess) : 0;
        } else {
            // about one two-character word for every English word, or less (专用集成电路 for Application
            // Specific Integrated Circuit): the letter-based guess would overrun the clause here
            missing = Math.max(0, 1.5 * words.size() - unexplained);
        }
        return 2.0 * explained - 0.5 * Math.max(0, unexplained - expectedUnexplained) - 0.5 * missing
                - 0.3 * Math.abs(length - expected);
    }

    /** Initials of an abbreviation: its capitals (IgG, mTOR count the capitals), or its letters when it has fewer than two. */
    static int initials(String abbr) {
        if (abbr == null) {
            return 0;
        }
        int upper = (int) abbr.codePoints().filter(Character::isUpperCase).count();
        return upper >= 2 ? upper : (int) abbr.codePoints().filter(Character::isLetter).count();
    }

    /** What a Chinese term would contain of this English word unchanged: numbers, Greek, upper-case names. */
    private static String literal(String w, String english) {
        if (Greek.letter(w) != null) {
            return Greek.letter(w);
        }
        if (w.codePoints().allMatch(Greek::isGreek)) {
            return w;
        }
        if (LATIN.matcher(w).matches() && (w.chars().anyMatch(Character::isDigit) || isUpperOrMixed(w, english))) {
            return w;
        }
        return null;
    }

    /** A Latin word of the English that the Chinese would keep as is: upper case or mixed (GLI, Hippo, mTOR). */
    private static boolean isUpperOrMixed(String lowerWord, String english) {
        Matcher m = LATIN.matcher(english);
        while (m.find()) {
            String w = m.group();
            if (w.toLowerCase(Locale.ROOT).equals(lowerWord) && !w.equals(w.toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }

    private static int indexOfToken(String lowerTerm, String needle) {
        for (int i = lowerTerm.indexOf(needle); i >= 0; i = lowerTerm.indexOf(needle, i + 1)) {
            int e = i + needle.length();
            boolean before = i == 0 || !Character.isLetterOrDigit(lowerTerm.charAt(i - 1));
            boolean after = e >= lowerTerm.length() || !Character.isLetterOrDigit(lowerTerm.charAt(e))
                    || Scripts.isHan(lowerTerm.codePointAt(e));
            if (before && after) {
                return i;
            }
        }
        return -1;
    }

    /** Translations of an English word, trying the plain form and simple inflections. */
    private List<String> translationsOf(String word) {
        List<String> out = new ArrayList<>();
        for (String form : new String[] {word, strip(word, "s"), strip(word, "es"), strip(word, "ed"), strip(word, "d"),
                strip(word, "ing")}) {
            if (form != null) {
                out.addAll(dictionary.translations(form));
            }
        }
        return out;
    }

    private static String strip(String w, String suffix) {
        return w.length() > suffix.length() + 2 && w.endsWith(suffix) ? w.substring(0, w.length() - suffix.length()) : null;
    }

    /** A candidate right after a function word or verb, or at the clause start, is a likely term start. */
    private static double boundaryBonus(String window, int c, List<Term> terms, boolean listItem) {
        if (window.substring(0, c).isBlank()) {
            // an item of an enumeration (…、优先配合法(FF)、…) is a whole term
            return listItem ? 1.2 : 0.8;
        }
        Term before = null;
        Term second = null;
        for (Term t : terms) {
            if (t.offset + t.word.length() <= c) {
                second = before;
                before = t;
            }
        }
        if (before == null || before.nature == null) {
            return 0;
        }
        String n = before.nature.toString();
        // single-character "verbs" are often pieces of a term HanLP does not know (双/调/蛋白)
        // a classifier ends a count (10个|单倍体基因组当量)
        boolean function = LEAD_WORDS.contains(before.word) || n.equals("vshi")
                || n.startsWith("q") && second != null && second.nature != null && second.nature.toString().startsWith("m")
                || n.equals("v") && before.word.length() >= 2 || n.startsWith("c") || n.startsWith("p")
                || n.startsWith("u") || n.startsWith("r");
        return function ? 1.0 : 0;
    }

    /** Lower-case words of the English full form, phrases the dictionary knows kept whole, stop words dropped. */
    List<String> englishWords(String english) {
        String lower = english.toLowerCase(Locale.ROOT).replace("*", "");
        List<String> out = new ArrayList<>();
        for (String phrase : phrases) {
            if (Anchors.containsWords(lower, phrase)) {
                out.add(phrase);
                lower = lower.replace(phrase, " ");
            }
        }
        for (String w : lower.split("[\\s/\\-]+")) {
            String t = w.replaceAll("^[^\\p{L}\\p{N}]+|[^\\p{L}\\p{N}]+$", "");
            if (!t.isEmpty() && !STOP_WORDS.contains(t)) {
                out.add(t);
            }
        }
        return out;
    }
}
