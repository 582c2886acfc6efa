package org.paperbridge.entity;

import java.util.ArrayList;
import java.util.List;

/**
 * Chinese gene names built on a gene the lexicon found: its receptor (TGF-β受体2 → TGFBR2,
 * 转化生长因子β受体II → TGFBR2, IL-6 膜结合受体 and 可溶性IL-6受体 → IL6R, 骨形态发生蛋白受体II型 →
 * BMPR2) where HGNC approves the symbol the ligand's stem, R and the number make; and numbered
 * interleukins (白细胞介素-12, 白介素12), which are genes without an id where HGNC has no IL&lt;n&gt;
 * (IL-12 is a heterodimer).
 */
final class ChineseGeneNames {
    private static final String[] INTERLEUKIN = {"白细胞介素", "白介素"};

    private ChineseGeneNames() {
    }

    static List<Candidate> find(String text, List<Candidate> found, Lexicon lexicon) {
        List<Candidate> out = new ArrayList<>();
        if (text.indexOf("受体") >= 0) {
            for (Candidate c : found) {
                if (c.entry().type().equals("gene") && c.entry().id() != null) {
                    Candidate r = receptor(text, c, lexicon);
                    if (r != null) {
                        out.add(r);
                    }
                }
            }
        }
        for (String word : INTERLEUKIN) {
            for (int i = text.indexOf(word); i >= 0; i = text.indexOf(word, i + 1)) {
                Candidate il = interleukin(text, i, i + word.length(), lexicon);
                if (il != null) {
                    out.add(il);
                }
            }
        }
        return out;
    }

    /** The gene's receptor written after it: [可溶性]GENE[ ][膜结合]受体[number[letter]][型]. */
    private static Candidate receptor(String text, Candidate ligand, Lexicon lexicon) {
        int i = ligand.end();
        if (i < text.length() && text.charAt(i) == ' ') {
            i++;
        }
        if (text.startsWith("膜结合", i)) {
            i += 3;
        }
        if (!text.startsWith("受体", i)) {
            return null;
        }
        int end = i + 2;
        String number = "";
        int[] parsed = number(text, end);
        if (parsed != null) {
            number = Integer.toString(parsed[0]);
            end = parsed[1];
            if (end < text.length() && text.charAt(end) >= 'A' && text.charAt(end) <= 'C') {
                number += Character.toLowerCase(text.charAt(end));
                end++;
            }
            if (end < text.length() && text.charAt(end) == '型') {
                end++;
            }
        }
        if (end < text.length() && isLatinOrDigit(text.charAt(end))) {
            return null;
        }
        String mention = MatchText.key(text.substring(ligand.start(), ligand.end()));
        String norm = MatchText.key(ligand.entry().norm());
        for (String stem : new String[]{mention, norm, norm.replaceAll("\\d+$", "")}) {
            if (stem.isEmpty() || !stem.chars().allMatch(ch -> ch < 0x80)) {
                continue;
            }
            LexiconEntry r = lexicon.approvedSymbol(stem + "r" + number);
            if (r != null) {
                int start = text.startsWith("可溶性", ligand.start() - 3) ? ligand.start() - 3 : ligand.start();
                return new Candidate(start, end, r);
            }
        }
        return null;
    }

    /** 白细胞介素-12: the word, an optional hyphen and the number (and a Greek letter: 白细胞介素-1β). */
    private static Candidate interleukin(String text, int start, int wordEnd, Lexicon lexicon) {
        int i = wordEnd < text.length() && MatchText.isHyphen(text.charAt(wordEnd)) ? wordEnd + 1 : wordEnd;
        int end = i;
        while (end < text.length() && end - i < 2 && Character.isDigit(text.charAt(end))) {
            end++;
        }
        if (end == i) {
            return null;
        }
        String key = "il" + text.substring(i, end);
        if (end < text.length() && org.paperbridge.lang.Greek.isGreek(text.charAt(end))) {
            key += MatchText.key(text.substring(end, end + 1));
            end++;
        }
        if (end < text.length() && Character.isDigit(text.charAt(end))) {
            return null;
        }
        LexiconEntry gene = lexicon.approvedSymbol(key);
        if (gene == null) {
            for (LexiconEntry sense : lexicon.lookup(key)) {
                if (sense.type().equals("gene") && sense.source() == LexiconEntry.Source.HAND) {
                    gene = sense;
                    break;
                }
            }
        }
        if (gene == null) {
            String name = "IL-" + text.substring(i, end);
            gene = new LexiconEntry("gene", name, null, null, LexiconEntry.Source.COMPOSED, false, name);
        }
        return new Candidate(start, end, gene);
    }

    /** A receptor number at {@code i}: 1–2 digits or a Roman numeral (Ⅱ, II); {value, end} or null. */
    private static int[] number(String text, int i) {
        if (i >= text.length()) {
            return null;
        }
        char c = text.charAt(i);
        if (c >= 'Ⅰ' && c <= 'Ⅻ') {
            return new int[]{c - 'Ⅰ' + 1, i + 1};
        }
        int e = i;
        while (e < text.length() && e - i < 2 && Character.isDigit(text.charAt(e))) {
            e++;
        }
        if (e > i) {
            return new int[]{Integer.parseInt(text.substring(i, e)), e};
        }
        while (e < text.length() && e - i < 3 && text.charAt(e) == 'I') {
            e++;
        }
        return e > i ? new int[]{e - i, e} : null;
    }

    private static boolean isLatinOrDigit(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
    }
}
