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
    private static final Pattern CODE = Pattern.compile("(?<![A-Za-z0-9.\\-])([A-Z]{1,5})-?(\\d{2,6})(?![A-Za-z0-9]|[-.]\\d)");
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
        Matcher m = CODE.matcher(text);
        java.util.Set<String> cellLines = null;
        while (m.find()) {
            if (taken[m.start()] || taken[m.end() - 1] || NOT_DRUG_PREFIXES.contains(m.group(1))
                    || m.group(1).length() == 1 && m.group(2).length() < 4) {
                continue;
            }
            if (cellLines == null) {
                cellLines = cellLines(text);
            }
            if (cellLines.contains(m.group()) || !DRUG_CUE.matcher(sentence(text, m.start(), m.end())).find()) {
                continue;
            }
            out.add(drug(text, m.start(), m.end()));
        }
        // Word by word rather than by one regular expression: the stems' alternation backtracked
        // through every English word (a tenth of the Chinese tagger's time).
        for (int i = 0; i < text.length(); ) {
            if (!isAsciiLetter(text.charAt(i))) {
                i++;
                continue;
            }
            int end = i + 1;
            while (end < text.length() && isAsciiLetter(text.charAt(end))) {
                end++;
            }
            if (!taken[i] && isInnName(text, i, end)) {
                out.add(drug(text, i, end));
            }
            i = end;
        }
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

    /** The codes the text writes before 细胞, 株 or cells anywhere: cell lines, not drugs. */
    private static java.util.Set<String> cellLines(String text) {
        java.util.Set<String> lines = new java.util.HashSet<>();
        Matcher m = CODE.matcher(text);
        while (m.find()) {
            if (CELLS_AFTER.matcher(text).region(m.end(), text.length()).lookingAt()) {
                lines.add(m.group());
            }
        }
        return lines;
    }

    private static String sentence(String text, int start, int end) {
        int s = start;
        while (s > 0 && "。；;！？!?\n".indexOf(text.charAt(s - 1)) < 0) {
            s--;
        }
        int e = end;
        while (e < text.length() && "。；;！？!?\n".indexOf(text.charAt(e)) < 0) {
            e++;
        }
        return text.substring(s, e);
    }

    private static Candidate drug(String text, int start, int end) {
        String name = text.substring(start, end);
        return new Candidate(start, end, new LexiconEntry("chemical", name, null, null, LexiconEntry.Source.COMPOSED,
                false, name));
    }
}
