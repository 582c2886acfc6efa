package org.paperbridge.entity;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Drugs written in Latin letters inside Chinese text that no lexicon lists: codes of tool and trial
 * compounds (XL-184, LY294002, AMD3100, CCG-1423) in a sentence that speaks of treating, inhibiting
 * or dosing, unless the text uses the code for cells (A549细胞, HEK-293细胞); and English INN names
 * by their stem (vorinostat, imatinib, cabozantinib). They get no id.
 */
final class LatinDrugNames {
    /** What a code is; {@link #codeEnd} finds the same matches (LatinDrugNamesTest compares them). */
    static final Pattern CODE = Pattern.compile("(?<![A-Za-z0-9.\\-])([A-Z]{1,5})-?(\\d{2,6})(?![A-Za-z0-9]|[-.]\\d)");
    /** Letter prefixes that make other kinds of code: IC50, LD50, CD133, HLA-B27, COVID-19. */
    private static final java.util.Set<String> NOT_DRUG_PREFIXES = java.util.Set.of("IC", "EC", "ED", "LD", "ID", "TD",
            "CD", "HLA", "COVID", "SARS", "MERS", "GB", "ISO", "NCT", "DOI", "HR", "OR", "CI", "SD", "BMI", "HIV", "HPV",
            "MMP", "IL", "CCL", "CXCL", "TLR", "GPR", "HSP", "S", "P", "T", "G", "M", "C");
    private static final Pattern DRUG_CUE = Pattern.compile("抑制剂|阻断剂|激动剂|拮抗剂|激活剂|活化剂|处理|干预|给药|给予|加入|注射|灌胃|"
            + "孵育|联合|联用|药物|化合物|[μµnm]mol|mg/kg|[μµn]M\\b");
    private static final Pattern CELLS_AFTER = Pattern.compile("\\s?(?:细胞|株|荷瘤|移植瘤|cells?\\b)");
    /** INN stems that end an English drug name (vorinostat, imatinib), after at least four letters. */
    private static final String[] INN_SUFFIXES = {"tinib", "ciclib", "parib", "rafenib", "lisib", "zomib", "inostat",
        "mab", "statin", "olol", "sartan", "pril", "dipine", "platin", "rubicin", "mycin", "cillin", "floxacin", "cycline",
        "conazole", "prazole", "tidine", "setron", "limus", "taxel", "tecan", "poside", "citabine", "trexate", "caine",
        "afil", "coxib", "profen", "fenac", "semide", "thiazide", "lukast", "dronate", "azepam", "oxetine", "gliptin",
        "glitazone", "xaban", "gatran", "parin", "triptan"};

    private LatinDrugNames() {
    }

    static List<Candidate> find(String text, List<Candidate> found) {
        List<Candidate> out = new ArrayList<>();
        boolean[] taken = new boolean[text.length() + 1];
        for (Candidate c : found) {
            for (int i = c.start(); i < c.end(); i++) {
                taken[i] = true;
            }
        }
        // Codes are scanned by hand (codeEnd) instead of by CODE's find(), which tried its look-behind and
        // letter run at every position of the text (a fifth of the Chinese tagger's time); INN names word
        // by word rather than by one regular expression, whose alternation of stems backtracked through
        // every English word. A code starts a run of letters (its look-behind allows no letter before
        // it), so one pass over the runs finds both; codes come first in the result, as they did.
        List<Candidate> names = new ArrayList<>();
        java.util.Set<String> cellLines = null;
        int cueFrom = -1;
        int cueTo = -1;
        boolean cue = false;
        for (int i = 0; i < text.length(); ) {
            if (!isAsciiLetter(text.charAt(i))) {
                i++;
                continue;
            }
            int word = i + 1;
            while (word < text.length() && isAsciiLetter(text.charAt(word))) {
                word++;
            }
            int end = codeEnd(text, i);
            if (end >= 0 && !taken[i] && !taken[end - 1] && !NOT_DRUG_PREFIXES.contains(text.substring(i, word))
                    && !(word - i == 1 && end - digitsStart(text, word) < 4)) {
                if (cellLines == null) {
                    cellLines = cellLines(text);
                }
                if (!cellLines.contains(text.substring(i, end))) {
                    int from = sentenceStart(text, i);
                    int to = sentenceEnd(text, end);
                    if (from != cueFrom || to != cueTo) {
                        // Codes of one sentence share its answer.
                        cueFrom = from;
                        cueTo = to;
                        cue = hasDrugCue(text.substring(from, to));
                    }
                    if (cue) {
                        out.add(drug(text, i, end));
                    }
                }
            }
            if (!taken[i] && isInnName(text, i, word)) {
                names.add(drug(text, i, word));
            }
            i = word;
        }
        out.addAll(names);
        return out;
    }

    /** One letter, at least three lower-case letters, then an INN stem: the whole word. */
    private static boolean isInnName(String text, int start, int end) {
        for (int k = start + 1; k < end; k++) {
            char c = text.charAt(k);
            if (c < 'a' || c > 'z') {
                return false;
            }
        }
        for (String suffix : INN_SUFFIXES) {
            if (end - start >= 4 + suffix.length() && text.startsWith(suffix, end - suffix.length())) {
                return true;
            }
        }
        return false;
    }

    private static boolean isAsciiLetter(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
    }

    /** The first chars of DRUG_CUE's alternatives. */
    private static final String DRUG_CUE_INITIALS = "抑阻激拮活处干给加注灌孵联药化μµnm";

    /**
     * {@code DRUG_CUE.matcher(sentence).find()}, with the pattern tried only where one of its
     * alternatives can start: find() tried all of them at every char of the sentence.
     */
    private static boolean hasDrugCue(String sentence) {
        Matcher m = null;
        for (int i = 0; i < sentence.length(); i++) {
            if (DRUG_CUE_INITIALS.indexOf(sentence.charAt(i)) < 0) {
                continue;
            }
            if (m == null) {
                m = DRUG_CUE.matcher(sentence);
            }
            if (m.region(i, sentence.length()).lookingAt()) {
                return true;
            }
        }
        return false;
    }

    /** The codes the text writes before 细胞, 株 or cells anywhere: cell lines, not drugs. */
    private static java.util.Set<String> cellLines(String text) {
        java.util.Set<String> lines = new java.util.HashSet<>();
        for (int i = 0; i < text.length(); i++) {
            int end = codeEnd(text, i);
            if (end < 0) {
                continue;
            }
            // CELLS_AFTER starts with a space or one of these characters: most codes are ruled out here.
            if (end < text.length() && " \t\n\u000B\f\r细株荷移c".indexOf(text.charAt(end)) >= 0
                    && CELLS_AFTER.matcher(text).region(end, text.length()).lookingAt()) {
                lines.add(text.substring(i, end));
            }
            i = end - 1;
        }
        return lines;
    }

    /**
     * The end of the code starting at {@code i}, or -1: the match {@code CODE.matcher(text).find()}
     * gives at {@code i}. Its quantifiers cannot give back (the letter and digit runs must end where
     * the next char is of another kind), so one pass over the runs decides it.
     */
    static int codeEnd(String text, int i) {
        int n = text.length();
        if (!isUpper(text.charAt(i)) || i > 0 && (isLatinOrDigit(text.charAt(i - 1)) || text.charAt(i - 1) == '.'
                || text.charAt(i - 1) == '-')) {
            return -1;
        }
        int letters = lettersEnd(text, i);
        if (letters - i > 5) {
            return -1;
        }
        int digits = letters < n && text.charAt(letters) == '-' ? letters + 1 : letters;
        int end = digits;
        while (end < n && isDigit(text.charAt(end))) {
            end++;
        }
        if (end - digits < 2 || end - digits > 6) {
            return -1;
        }
        if (end < n) {
            char next = text.charAt(end);
            if (isLatinOrDigit(next) || (next == '-' || next == '.') && end + 1 < n && isDigit(text.charAt(end + 1))) {
                return -1;
            }
        }
        return end;
    }

    /** Where a code's digits start, after its letters end at {@code letters}: past one hyphen. */
    private static int digitsStart(String text, int letters) {
        return text.charAt(letters) == '-' ? letters + 1 : letters;
    }

    private static int lettersEnd(String text, int i) {
        int j = i;
        while (j < text.length() && isUpper(text.charAt(j))) {
            j++;
        }
        return j;
    }

    private static boolean isUpper(char c) {
        return c >= 'A' && c <= 'Z';
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static boolean isLatinOrDigit(char c) {
        return isAsciiLetter(c) || isDigit(c);
    }

    private static final String SENTENCE_ENDS = "。；;！？!?\n";

    private static int sentenceStart(String text, int start) {
        int s = start;
        while (s > 0 && SENTENCE_ENDS.indexOf(text.charAt(s - 1)) < 0) {
            s--;
        }
        return s;
    }

    private static int sentenceEnd(String text, int end) {
        int e = end;
        while (e < text.length() && SENTENCE_ENDS.indexOf(text.charAt(e)) < 0) {
            e++;
        }
        return e;
    }

    private static Candidate drug(String text, int start, int end) {
        String name = text.substring(start, end);
        return new Candidate(start, end, new LexiconEntry("chemical", name, null, null, LexiconEntry.Source.COMPOSED,
                false, name));
    }
}
