package org.paperbridge.align;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.hankcs.hanlp.HanLP;
import com.hankcs.hanlp.dictionary.py.Pinyin;

import org.paperbridge.model.Affiliation;
import org.paperbridge.text.HanLPSetup;

/**
 * Pairs Chinese and English affiliations as whole units (department, institution, city, postcode)
 * when the two lists differ in count or order. Evidence: the same postcode, and Chinese place
 * names whose pinyin the English spells (河北 石家庄 → Hebei, Shijiazhuang).
 */
public final class AffiliationAligner {
    private static final Pattern POSTCODE = Pattern.compile("(?<!\\d)(\\d{6})(?!\\d)");
    private static final Pattern HAN_RUN = Pattern.compile("\\p{IsHan}{2,}");
    private static final double MATCH = 0.3;

    /** Evidence in [0, 1] that two affiliation strings name the same unit. */
    public double score(String zh, String en) {
        if (zh == null || en == null) {
            return 0;
        }
        String zhCode = postcode(zh);
        double code = zhCode != null && zhCode.equals(postcode(en)) ? 0.5 : 0;
        return Math.min(1.0, code + 0.5 * pinyinCoverage(zh, en));
    }

    /** Re-pairs the affiliations; a unit with no partner keeps a null side, postcodes filled in. */
    public List<Affiliation> align(List<String> zh, List<String> en) {
        GreedyMatching.Result m = GreedyMatching.match(zh, en, this::score, MATCH);
        int[] partner = m.partner();
        List<Affiliation> out = new ArrayList<>();
        for (int i = 0; i < zh.size(); i++) {
            String e = partner[i] < 0 ? null : en.get(partner[i]);
            String code = postcode(zh.get(i));
            out.add(new Affiliation(zh.get(i), e, code != null ? code : e == null ? null : postcode(e)));
        }
        for (int j = 0; j < en.size(); j++) {
            if (!m.rightUsed(j)) {
                out.add(new Affiliation(null, en.get(j), postcode(en.get(j))));
            }
        }
        return out;
    }

    /**
     * Re-pairs affiliation records whose zh and en were paired by position; records that are complete
     * and that no other record's evidence contradicts are kept as they are.
     */
    public List<Affiliation> realign(List<Affiliation> affiliations) {
        if (positionalHolds(affiliations)) {
            return affiliations;
        }
        List<String> zh = new ArrayList<>();
        List<String> en = new ArrayList<>();
        for (Affiliation a : affiliations) {
            if (a.zh() != null) {
                zh.add(a.zh());
            }
            if (a.en() != null) {
                en.add(a.en());
            }
        }
        return zh.isEmpty() || en.isEmpty() ? affiliations : align(zh, en);
    }

    /**
     * Whether the pairing as printed (by number or position) stands: no paired Chinese unit matches
     * another English unit better. A unit without a partner (the English lists one affiliation
     * fewer) is no evidence against the pairs that are there.
     */
    private boolean positionalHolds(List<Affiliation> a) {
        boolean anyPair = false;
        for (int i = 0; i < a.size(); i++) {
            if (a.get(i).zh() == null || a.get(i).en() == null) {
                continue;
            }
            anyPair = true;
            double own = score(a.get(i).zh(), a.get(i).en());
            for (int j = 0; j < a.size(); j++) {
                if (j != i && a.get(j).en() != null && score(a.get(i).zh(), a.get(j).en()) >= Math.max(MATCH, own + 1e-9)) {
                    return false;
                }
            }
        }
        return anyPair;
    }

    static String postcode(String s) {
        Matcher m = POSTCODE.matcher(s);
        return m.find() ? m.group(1) : null;
    }

    /** Share of the Chinese characters (in runs of two or more) whose two-character pinyin the English contains. */
    private static double pinyinCoverage(String zh, String en) {
        HanLPSetup.ensure();
        String flat = en.toLowerCase(Locale.ROOT).replaceAll("[^a-z]", "");
        int total = 0;
        int covered = 0;
        Matcher m = HAN_RUN.matcher(zh);
        while (m.find()) {
            String run = m.group();
            List<Pinyin> py = HanLP.convertToPinyinList(run);
            boolean[] hit = new boolean[run.length()];
            for (int k = 0; k + 1 < run.length(); k++) {
                String pair = py.get(k).getPinyinWithoutTone() + py.get(k + 1).getPinyinWithoutTone();
                if (flat.contains(pair.replace('v', 'u'))) {
                    hit[k] = true;
                    hit[k + 1] = true;
                }
            }
            total += run.length();
            for (boolean h : hit) {
                covered += h ? 1 : 0;
            }
        }
        return total == 0 ? 0 : Math.min(1.0, 3.0 * covered / total);
    }
}
