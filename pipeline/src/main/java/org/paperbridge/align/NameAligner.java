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

    /** Pairs names best-first; unmatched names come last with a null partner. */
    public List<NamePair> pair(List<String> zh, List<String> en) {
        GreedyMatching.Result m = GreedyMatching.match(zh, en, this::score, MATCH);
        int[] partner = m.partner();
        double[][] s = m.scores();
        List<NamePair> out = new ArrayList<>();
        for (int i = 0; i < zh.size(); i++) {
            out.add(partner[i] < 0 ? new NamePair(zh.get(i), null, 0)
                    : new NamePair(zh.get(i), en.get(partner[i]), s[i][partner[i]]));
        }
        for (int j = 0; j < en.size(); j++) {
            if (!m.rightUsed(j)) {
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
