package org.paperbridge.entity;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Decisions a dictionary cannot make alone: CCL4 the chemokine versus CCl4 the liver toxin,
 * gene symbols that are English words (CAT, SET, MET…) and one- or two-letter symbols, which
 * count as genes only with a gene word nearby.
 */
final class ContextRules {
    /** Upper-cased English words that are also HGNC/MGI symbols or aliases. */
    private static final Set<String> ENGLISH_WORDS = Set.copyOf(List.of(
            "CAT", "SET", "MET", "IMPACT", "REST", "CAMP", "CELL", "CELLS", "MICE", "MAX", "CAN", "FAT", "WAS", "ARE",
            "HAS", "FOR", "AND", "NOT", "ALL", "END", "GAP", "MARK", "SHE", "HIS", "HER", "ITS", "TWO", "ONE", "TEN",
            "LIGHT", "LARGE", "SMALL", "BAD", "MAP", "PIGS", "PIG", "RAT", "RATS", "MOUSE", "COW", "HOT", "COLD",
            "WAR", "WAVE", "SPRING", "SUMMER", "ACT", "AGE", "AIM", "AIR", "ARM", "ART", "BIG", "BAG", "BED", "BOX",
            "CAP", "CAR", "CUT", "DAY", "DOG", "EAR", "EYE", "FAST", "FIT", "FLY", "FOR", "GAS", "GET", "HIT",
            "HOLE", "JUMP", "KIT", "LAMP", "LAP", "LED", "LET", "LIP", "LOW", "MAGIC", "MAN", "MASS", "MEN", "MOST",
            "NET", "NOW", "OUT", "PAN", "PAR", "PEN", "PER", "PET", "PIN", "POLE", "PUMA", "RAN", "RAY", "RED",
            "RING", "ROCK", "RUN", "SAD", "SAT", "SEA", "SHOT", "SIGN", "SKI", "SON", "SPA", "STAR", "SUN", "TAN",
            "TAX", "TEN", "TIP", "TOP", "TUB", "USE", "VIA", "WEE", "WISP", "YES", "ZIP", "CLOCK", "COIL", "CAST",
            "CHIP", "CLAMP", "COPE", "CORE", "DISC", "DOCK", "DRIP", "DUSP", "EVE", "FACT", "FAME", "GRASP", "HELP",
            "KEY", "LAMB", "MUSK", "NOVA", "PIGMENT", "PRISM", "RAGE", "SCAR", "SHARP", "SLIM", "SPIN", "STOP",
            "TANK", "TRAP", "TRIP", "WARS", "WASP", "BORIS", "CLIP", "FIGURE", "GENE", "DNA", "RNA", "PCR", "MELD",
            "HE", "IT", "OF", "ON", "OR", "TO", "IN", "IS", "AS", "AT", "BY", "WE", "NO", "UP", "AN", "BE", "DO",
            "GO", "SO", "II", "III", "IV", "VI", "CI", "HR", "MIN", "SD", "SEM", "ID", "DC", "PC", "MS", "IP", "ER",
            "NIMA", "HIGH", "ANOVA", "CRISPR", "PD", "COVID"));

    private static final String[] GENE_CUES = {"gene", "protein", "express", "mrna", "knockdown", "knockout",
        "sirna", "shrna", "promoter", "signal", "pathway", "receptor", "kinase", "phosphoryl", "transcript",
        "基因", "蛋白", "表达", "通路", "信号", "敲除", "磷酸化", "上调", "下调", "受体", "激酶", "转录"};
    private static final String[] CCL4_GENE_CUES = {"chemokine", "趋化因子", "express", "表达", "mrna", "蛋白",
        "protein", "ccr5", "mip"};
    private static final String[] CCL4_CHEMICAL_CUES = {"模型", "诱导", "损伤", "注射", "造模", "纤维化", "小鼠", "大鼠",
        "腹腔", "induc", "injur", "model", "inject", "intoxic", "treated", "administ", "fibros", "cirrho",
        "hepatotox", "肝毒性", "灌胃", "给予", "予以"};

    private ContextRules() {
    }

    /** Whether an upper-case CCL4 at {@code [start, end)} is carbon tetrachloride rather than the chemokine. */
    static boolean isCarbonTetrachloride(String text, int start, int end) {
        String mention = text.substring(start, end);
        if (mention.contains("Cl") && !mention.contains("CL")) {
            return true;
        }
        if (near(text, start, end, 8, CCL4_GENE_CUES)) {
            return false;
        }
        return near(text, start, end, 16, CCL4_CHEMICAL_CUES);
    }

    /** Whether a symbol mention needs a gene word nearby to count as a gene. */
    static boolean needsGeneContext(String mention) {
        int alnum = 0;
        int letters = 0;
        boolean digits = false;
        for (int i = 0; i < mention.length(); i++) {
            char c = mention.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                alnum++;
            }
            if (Character.isLetter(c)) {
                letters++;
            }
            digits |= Character.isDigit(c);
        }
        if (alnum <= 2) {
            return true;
        }
        String upper = mention.toUpperCase(Locale.ROOT);
        if (ENGLISH_WORDS.contains(upper)) {
            return true;
        }
        // Capitalised plain words (Set, Rest, Impact) look like mouse symbols but are mostly sentence starts.
        boolean titleCase = Character.isUpperCase(mention.charAt(0));
        for (int i = 1; i < mention.length() && titleCase; i++) {
            titleCase = mention.charAt(i) >= 'a' && mention.charAt(i) <= 'z';
        }
        return titleCase && !digits && letters == alnum;
    }

    /** Whether a gene word lies within a few characters of {@code [start, end)}. */
    static boolean hasGeneContext(String text, int start, int end) {
        return near(text, start, end, 24, GENE_CUES);
    }

    /** Case rule for symbols: an all-lower-case word (set, cat, ccl) is never a symbol. */
    static boolean caseFits(String mention) {
        return caseFits(mention, 0, mention.length());
    }

    /** {@link #caseFits(String)} for {@code text[start, end)}. */
    static boolean caseFits(String text, int start, int end) {
        int lower = 0;
        int upper = 0;
        for (int i = start; i < end; i++) {
            char c = text.charAt(i);
            if (c >= 'a' && c <= 'z') {
                lower++;
            } else if (c >= 'A' && c <= 'Z') {
                upper++;
            }
        }
        return upper > 0 || lower < 2;
    }

    /** "NOD-like", "Toll 样": the symbol names a family the next words describe, not a gene. */
    static boolean isLikeModifier(String text, int end) {
        int limit = Math.min(text.length(), end + 6);
        int i = end;
        while (i < limit && isSpaceOrHyphen(text.charAt(i))) {
            i++;
        }
        return (i + 4 <= limit && text.startsWith("like", i)) || (i + 1 <= limit && text.charAt(i) == '样');
    }

    private static final String[] BLOOD_GROUP_CUES = {"incompatib", "compatib", "blood group", "blood type",
        "不相容", "相容", "血型"};
    /** Chars a cue can start with under regionMatches' case folding (in Latin-1 and in UTF-16 text). */
    private static final CharFlags BLOOD_GROUP_INITIAL = new CharFlags(c -> {
        String latin1 = String.valueOf((char) c);
        String utf16 = "\u4E00" + latin1;
        for (String cue : BLOOD_GROUP_CUES) {
            if (latin1.regionMatches(true, 0, cue, 0, 1) || utf16.regionMatches(true, 1, cue, 0, 1)) {
                return true;
            }
        }
        return false;
    });

    /** "ABO-incompatible", "ABO 血型": the symbol names a blood group system, not its gene. */
    static boolean namesBloodGroup(String text, int end) {
        int i = end;
        while (i < text.length() && i < end + 3 && isSpaceOrHyphen(text.charAt(i))) {
            i++;
        }
        if (i >= text.length() || !BLOOD_GROUP_INITIAL.test(text.charAt(i))) {
            return false;
        }
        for (String cue : BLOOD_GROUP_CUES) {
            if (text.regionMatches(true, i, cue, 0, cue.length())) {
                return true;
            }
        }
        return false;
    }

    private static boolean isSpaceOrHyphen(char c) {
        return c == '-' || c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }

    private static boolean near(String text, int start, int end, int window, String[] cues) {
        String before = text.substring(Math.max(0, start - window), start).toLowerCase(Locale.ROOT);
        String after = text.substring(end, Math.min(text.length(), end + window)).toLowerCase(Locale.ROOT);
        for (String cue : cues) {
            if (before.contains(cue) || after.contains(cue)) {
                return true;
            }
        }
        return false;
    }
}
