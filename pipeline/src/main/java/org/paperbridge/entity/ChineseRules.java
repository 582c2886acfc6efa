package org.paperbridge.entity;

import org.paperbridge.lang.Greek;
import org.paperbridge.lang.Scripts;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Span rules for Chinese text, applied to the candidates before overlaps are resolved (the longest
 * still wins; cell-type spans are {@link ChineseCellNames}', defined abbreviations
 * {@link ChineseDefinitions}'): a gene symbol keeps its soluble/membrane/phospho prefix (sPD-1, mIL-6R, p-STAT3), a
 * cell-type abbreviation takes the 细胞 after it (Th2细胞, Treg 细胞, NK 细胞) and is no cell where it only
 * names a cytokine class (Th2型, Th1和Th2 细胞因子), marker-defined subsets are one mention
 * (CD4+CD25+Treg细胞, CD4+IL-17+淋巴细胞), and 哮喘病人 is a disease and the patients, not 哮喘病 and 人.
 */
final class ChineseRules {
    /** SMAD家族蛋白4, Smad家族成员4: a family name, 家族蛋白/家族成员 and the member's number. */
    private static final Pattern FAMILY_MEMBER = Pattern.compile("([A-Za-z]{2,6})家族(?:蛋白|成员) ?(\\d{1,2})");
    private static final LexiconEntry HUMAN = new LexiconEntry("species", "human", "NCBITaxon", "NCBITaxon:9606",
            LexiconEntry.Source.COMPOSED, false, "人");

    private ChineseRules() {
    }

    static List<Candidate> adjust(String text, List<Candidate> found, Lexicon lexicon) {
        List<Candidate> out = new ArrayList<>(found.size() + 8);
        boolean[] insideDisease = new boolean[text.length() + 1];
        for (Candidate c : found) {
            if (c.entry().type().equals("disease")) {
                for (int i = c.start() + 1; i < c.end(); i++) {
                    insideDisease[i] = true;
                }
            }
        }
        prefixedGenes(text, lexicon, out);
        beforeMrna(text, lexicon, out);
        ChineseCellNames.gluedMarkerCells(text, lexicon, out);
        if (text.contains("家族")) {
            // Every match holds 家族: without it the pattern is not tried at every position.
            Matcher m = FAMILY_MEMBER.matcher(text);
            while (m.find()) {
                LexiconEntry member = lexicon.approvedSymbol(MatchText.key(m.group(1) + m.group(2)));
                if (member != null && (m.start() == 0 || !isLatinOrDigit(text.charAt(m.start() - 1)))) {
                    out.add(new Candidate(m.start(), m.end(), member));
                }
            }
        }
        for (Candidate c : found) {
            String type = c.entry().type();
            if (afterPurchasedFrom(text, c.start())) {
                continue; // 购自 NEB, 购自 NEST: a supplier's name
            }
            if (type.equals("cell_type") && insideDisease[c.start()]) {
                continue; // 乳腺癌细胞, 膀胱癌细胞: the disease names the cells (癌细胞 inside loses)
            }
            if (type.equals("gene")) {
                if (notAGeneMention(text, c)) {
                    continue;
                }
                out.add(c);
                Candidate prefixed = genePrefix(text, c);
                if (prefixed != null) {
                    out.add(prefixed);
                }
            } else if (type.equals("cell_type")) {
                if (ChineseCellNames.namesCytokineClass(text, c)) {
                    continue;
                }
                Candidate cell = ChineseCellNames.withCellSuffix(text, c);
                out.add(cell);
                Candidate marked = ChineseCellNames.markers(text, cell);
                if (marked != null) {
                    out.add(marked);
                }
            } else if (type.equals("chemical") && namesEnzymeOrReceptor(text, c.end())) {
                continue; // 乙酰胆碱酯酶, 胆碱受体: the compound names an enzyme or a receptor (a gene, if listed)
            } else if (type.equals("disease") && c.end() < text.length() && text.charAt(c.end()) == '人'
                    && text.charAt(c.end() - 1) == '病' && c.length() > 2) {
                // 哮喘病人: the patients of 哮喘, if 哮喘 is a disease itself.
                String shorter = text.substring(c.start(), c.end() - 1);
                for (LexiconEntry e : lexicon.lookup(MatchText.key(shorter))) {
                    if (e.type().equals("disease")) {
                        out.add(new Candidate(c.start(), c.end() - 1, e));
                        break;
                    }
                }
            } else {
                out.add(c);
            }
        }
        return out;
    }

    /**
     * sPD-1, mIL-6R, p-STAT3 where the dictionary pass saw no word boundary before the symbol: the
     * symbol after the prefix, if it is a gene symbol with a digit or hyphen (not mTOR → TOR).
     */
    private static void prefixedGenes(String text, Lexicon lexicon, List<Candidate> out) {
        for (int i = 0; i + 2 < text.length(); i++) {
            char c = text.charAt(i);
            if ("smp".indexOf(c) < 0 || (i > 0 && isLatinOrDigit(text.charAt(i - 1)))) {
                continue;
            }
            int s = c == 'p' && text.charAt(i + 1) == '-' ? i + 2 : i + 1;
            if (s >= text.length() || !(text.charAt(s) >= 'A' && text.charAt(s) <= 'Z')) {
                continue;
            }
            int e = s;
            while (e < text.length() && (isLatinOrDigit(text.charAt(e)) || text.charAt(e) == '-' && e + 1 < text.length()
                    && isLatinOrDigit(text.charAt(e + 1)))) {
                e++;
            }
            String symbol = text.substring(s, e);
            if (symbol.length() < 3 || symbol.chars().noneMatch(ch -> Character.isDigit(ch) || ch == '-')) {
                continue;
            }
            for (LexiconEntry sense : lexicon.lookup(MatchText.key(symbol))) {
                if (sense.type().equals("gene") && sense.id() != null) {
                    out.add(new Candidate(i, e, sense));
                    break;
                }
            }
        }
    }

    private static final String[] ENZYME_OR_RECEPTOR = {"酶", "酯酶", "受体", "转运体", "转运蛋白", "结合蛋白", "合成酶",
        "转移酶", "激酶", "脱氢酶", "还原酶", "氧化酶", "水解酶", "羟化酶"};

    private static boolean namesEnzymeOrReceptor(String text, int end) {
        for (String w : ENZYME_OR_RECEPTOR) {
            if (text.startsWith(w, end)) {
                return true;
            }
        }
        return false;
    }

    /** TLR2mRNA, IL-6mRNA: a symbol written straight before mRNA, which the dictionary pass sees no boundary after. */
    private static void beforeMrna(String text, Lexicon lexicon, List<Candidate> out) {
        for (int e = text.indexOf("mRNA"); e > 0; e = text.indexOf("mRNA", e + 1)) {
            int s = e;
            while (s > 0 && (isLatinOrDigit(text.charAt(s - 1)) || text.charAt(s - 1) == '-' && s > 1
                    && isLatinOrDigit(text.charAt(s - 2)))) {
                s--;
            }
            if (s == e || !isLatinOrDigit(text.charAt(e - 1))) {
                continue;
            }
            for (LexiconEntry sense : lexicon.lookup(MatchText.key(text.substring(s, e)))) {
                if (sense.type().equals("gene") && sense.id() != null) {
                    out.add(new Candidate(s, e, sense));
                    break;
                }
            }
        }
    }

    /** Whether {@code start} follows 购自 (purchased from), spaces allowed between. */
    private static boolean afterPurchasedFrom(String text, int start) {
        int b = start;
        while (b > 0 && text.charAt(b - 1) == ' ') {
            b--;
        }
        return b >= 2 && text.charAt(b - 1) == '自' && text.charAt(b - 2) == '购';
    }

    /** A plasmid name before a gene inside a construct: pmir-, pcDNA3.1-, pGL3-, pmir-mutant-. */
    private static final Pattern PLASMID_BEFORE = Pattern.compile("(?<![A-Za-z0-9])p[a-z][A-Za-z0-9.]*-(?:mut(?:ant)?-|wt-)?$");

    /**
     * A gene name that is part of something else: a construct (pmir-TLR2-3'UTR), a name the PDF
     * converter garbled into LaTeX (TNF- $\\mathbf{\\alpha}$, where the mention would be cut), or
     * the processes 胰岛素抵抗, 胰岛素敏感性 (insulin resistance, sensitivity).
     */
    private static boolean notAGeneMention(String text, Candidate c) {
        int e = c.end();
        if (text.startsWith("-3'UTR", e) || text.startsWith("-3UTR", e) || text.startsWith("-3′UTR", e)) {
            return true;
        }
        int from = Math.max(0, c.start() - 16);
        if (c.start() > 1 && text.charAt(c.start() - 1) == '-'
                && PLASMID_BEFORE.matcher(text).region(from, c.start()).useTransparentBounds(true).find()) {
            return true;
        }
        int i = e < text.length() && MatchText.isHyphen(text.charAt(e)) ? e + 1 : e;
        while (i < text.length() && text.charAt(i) == ' ') {
            i++;
        }
        if (text.startsWith("$", i)) {
            int j = i + 1;
            while (j < text.length() && text.charAt(j) == ' ') {
                j++;
            }
            if (j < text.length() && text.charAt(j) == '\\' && (i > e || j > i + 1)) {
                return true; // TNF- $\mathbf, IL1 $\boldsymbol: the Greek letter is lost in LaTeX
            }
        }
        return (text.startsWith("抵抗", e) || text.startsWith("敏感性", e)) && Scripts.containsHan(text.substring(e - 1, e));
    }

    /**
     * sPD-1, mIL-6R (soluble, membrane forms), p-STAT3, pSTAT3 (phosphorylated), c-Met (the cellular
     * proto-oncogene): the prefix is part of the name; 蛋白4.1B.
     */
    private static Candidate genePrefix(String text, Candidate c) {
        if (c.start() >= 2 && Character.isDigit(text.charAt(c.start())) && text.startsWith("蛋白", c.start() - 2)) {
            return new Candidate(c.start() - 2, c.end(), c.entry());
        }
        int s = c.start();
        boolean hyphen = s >= 2 && text.charAt(s - 1) == '-' && (text.charAt(s - 2) == 'p' || text.charAt(s - 2) == 'c');
        // A family keeps its prefix only where it is hand-listed (p-ERK1/2), not any id-less name;
        // after "p-" the symbol may start in lower case (p-mTOR), a bare s/m/p needs a capital after it.
        if (s < 1 || !(Character.isUpperCase(text.charAt(s)) || hyphen && Character.isLetter(text.charAt(s)))
                || c.entry().id() == null && c.entry().source() != LexiconEntry.Source.HAND) {
            return null;
        }
        int p = -1;
        if (hyphen) {
            p = s - 2;
        } else if ("smp".indexOf(text.charAt(s - 1)) >= 0) {
            p = s - 1;
        }
        if (p < 0 || (p > 0 && isLatinOrDigit(text.charAt(p - 1)))) {
            return null;
        }
        return new Candidate(p, c.end(), c.entry());
    }

    /**
     * 人 right before a disease or cell mention (人肾小球内皮细胞, 人鼻咽癌) names the species, where it
     * does not end a word (病人, 个人, 老人 …): after a non-Han character or a function word.
     */
    static List<Candidate> humanBefore(String text, List<Candidate> kept) {
        List<Candidate> out = null;
        int prevEnd = 0;
        for (int k = 0; k < kept.size(); k++) {
            Candidate c = kept.get(k);
            int s = c.start();
            String type = c.entry().type();
            if (s >= 1 && s - 1 >= prevEnd && text.charAt(s - 1) == '人' && (type.equals("disease") || type.equals("cell_type"))
                    && (s == 1 || !Scripts.containsHan(text.substring(s - 2, s - 1))
                    || "的和与及在将于从对用把为是由以、".indexOf(text.charAt(s - 2)) >= 0)) {
                if (out == null) {
                    out = new ArrayList<>(kept.subList(0, k));
                }
                out.add(new Candidate(s - 1, s, HUMAN));
            }
            if (out != null) {
                out.add(c);
            }
            prevEnd = c.end();
        }
        return out == null ? kept : out;
    }

    /** A Latin letter, digit or Greek letter: what continues a symbol, so no mention ends or starts beside one. */
    static boolean isLatinOrDigit(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || Greek.isGreek(c);
    }
}
