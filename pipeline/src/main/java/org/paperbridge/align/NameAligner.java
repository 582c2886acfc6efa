package org.paperbridge.align;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.paperbridge.model.Author;
import org.paperbridge.model.Bilingual;

/**
 * Pairs Chinese author names with their English forms through pinyin, accepting the conventions
 * journals use: "QI Zeqiang", "Zeqiang Qi", "Qi Z", "Qi ZQ", "DONG Qiao-feng", compound surnames
 * ("OUYANG Xiaoming") and name-specific surname readings. A name without a match keeps a null side.
 */
public final class NameAligner {
    /** Below this a Chinese and an English name are not the same person. */
    private static final double MATCH = 0.6;

    /** One Chinese–English name pair; a side is null when that name found no partner. */
    public record NamePair(String zh, String en, double score) {
    }

    /**
     * How well an English name spells a Chinese one, in [0, 1]: 1 for the full given name,
     * 0.85 for all given-name initials ("Qi ZQ"), 0.7 for the first initial only ("Qi Z"), 0 otherwise.
     */
    public double score(String zh, String en) {
        ChineseNamePinyin.Spelled spelled = zh == null ? null : ChineseNamePinyin.spell(zh);
        if (spelled == null || en == null) {
            return 0;
        }
        List<String> tokens = tokens(en);
        if (tokens.size() < 2) {
            return 0;
        }
        String given = String.join("", spelled.given());
        double best = 0;
        for (int s = 0; s < tokens.size(); s++) {
            String candidate = tokens.get(s).replace("-", "");
            if (!spelled.surnames().contains(candidate)) {
                continue;
            }
            List<String> rest = new ArrayList<>(tokens);
            rest.remove(s);
            String restJoined = String.join("", rest).replace("-", "");
            if (restJoined.equals(given)) {
                best = Math.max(best, 1.0);
            } else if (!given.isEmpty() && restJoined.equals(spelled.initials())) {
                best = Math.max(best, spelled.given().size() == 1 ? 0.7 : 0.85);
            } else if (!given.isEmpty() && restJoined.length() == 1 && restJoined.charAt(0) == given.charAt(0)) {
                best = Math.max(best, 0.7);
            }
        }
        return best;
    }

    /**
     * Half a match: the surname is spelled right or the given name is (one character misread or
     * misspelled on one side), too little to pair by itself, enough beside the byline's order.
     */
    boolean resembles(String zh, String en) {
        ChineseNamePinyin.Spelled spelled = zh == null ? null : ChineseNamePinyin.spell(zh);
        List<String> tokens = en == null ? List.of() : tokens(en);
        if (spelled == null || tokens.size() < 2) {
            return false;
        }
        String given = String.join("", spelled.given());
        for (int s = 0; s < tokens.size(); s++) {
            List<String> rest = new ArrayList<>(tokens);
            rest.remove(s);
            if (spelled.surnames().contains(tokens.get(s).replace("-", ""))
                    || !given.isEmpty() && String.join("", rest).replace("-", "").equals(given)) {
                return true;
            }
        }
        return false;
    }

    /** Pairs names best-first; unmatched names come last with a null partner. */
    public List<NamePair> pair(List<String> zh, List<String> en) {
        GreedyMatching.Result m = GreedyMatching.match(zh, en, this::score, MATCH);
        int[] partner = m.partner();
        double[][] s = m.scores();
        // As many names left on each side as on the other, each like its partner in the byline's
        // order (王建新 printed as WANG Jianxing, a misread 葡永和 for LIN Yonghe): that order pairs them.
        List<Integer> zhLeft = new ArrayList<>();
        List<Integer> enLeft = new ArrayList<>();
        for (int i = 0; i < zh.size(); i++) {
            if (partner[i] < 0) {
                zhLeft.add(i);
            }
        }
        for (int j = 0; j < en.size(); j++) {
            if (!m.rightUsed(j)) {
                enLeft.add(j);
            }
        }
        boolean byOrder = !zhLeft.isEmpty() && zhLeft.size() == enLeft.size();
        for (int k = 0; byOrder && k < zhLeft.size(); k++) {
            byOrder = resembles(zh.get(zhLeft.get(k)), en.get(enLeft.get(k)));
        }
        List<NamePair> out = new ArrayList<>();
        for (int i = 0; i < zh.size(); i++) {
            int j = partner[i] >= 0 ? partner[i] : byOrder ? enLeft.get(zhLeft.indexOf(i)) : -1;
            out.add(j < 0 ? new NamePair(zh.get(i), null, 0)
                    : new NamePair(zh.get(i), en.get(j), partner[i] >= 0 ? s[i][j] : 0));
        }
        if (!byOrder) {
            for (int j : enLeft) {
                out.add(new NamePair(null, en.get(j), 0));
            }
        }
        return out;
    }

    /**
     * Re-pairs the English names of authors whose names were paired by position (or not at all).
     * Each author keeps its Chinese name and other fields; English names left over become authors of
     * their own with no Chinese name. Authors without a Chinese name in the input are left as they are
     * unless their English name is claimed by a Chinese one.
     */
    public List<Author> align(List<Author> authors) {
        List<String> zh = new ArrayList<>();
        List<String> en = new ArrayList<>();
        for (Author a : authors) {
            if (a.name() != null && a.name().zh() != null) {
                zh.add(a.name().zh());
            }
            if (a.name() != null && a.name().en() != null) {
                en.add(a.name().en());
            }
        }
        if (zh.isEmpty() || en.isEmpty()) {
            return authors;
        }
        List<NamePair> pairs = pair(zh, en);
        List<Author> out = new ArrayList<>();
        int k = 0;
        for (Author a : authors) {
            if (a.name() != null && a.name().zh() != null) {
                NamePair p = pairs.get(k++);
                out.add(new Author(new Bilingual(a.name().zh(), p.en()), a.corresponding(), a.email(), a.affiliations()));
            }
        }
        for (NamePair p : pairs.subList(k, pairs.size())) {
            Author from = authors.stream().filter(a -> a.name() != null && p.en().equals(a.name().en())
                    && a.name().zh() == null).findFirst().orElse(null);
            out.add(from != null ? from : new Author(new Bilingual(null, p.en()), false, null, List.of()));
        }
        return out;
    }

    /** Lower-case name tokens without diacritics, markers (*, digits) or punctuation; hyphens kept. */
    static List<String> tokens(String en) {
        String plain = Normalizer.normalize(en, Normalizer.Form.NFKD).replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT).replace("'", "").replace("’", "").replaceAll("[^a-z\\- ]", " ");
        List<String> out = new ArrayList<>();
        for (String t : plain.trim().split("[\\s]+")) {
            String tt = t.replaceAll("^-+|-+$", "");
            tt = tt.equals("lyu") ? "lu" : tt.equals("nyu") ? "nu" : tt;
            if (!tt.isEmpty()) {
                out.add(tt);
            }
        }
        return out;
    }
}
