package org.paperbridge.align;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.hankcs.hanlp.HanLP;
import com.hankcs.hanlp.dictionary.py.Pinyin;

import org.paperbridge.model.AffiliationUnit;
import org.paperbridge.text.HanLPSetup;

/**
 * Pairs the units of a Chinese affiliation with those of its English version. Evidence by kind:
 * postcodes must be equal; places must spell the Chinese name's pinyin (广州 → Guangzhou);
 * departments and institutions score the share of their Chinese characters explained by generic
 * renderings (大学 → University, 第三 → Third, 感染 → Infectious) or by pinyin the English spells
 * (河北 → Hebei). Units of unrelated kinds never pair.
 */
final class AffiliationUnitPairer {
    private static final double MATCH = 0.34;
    /** A department paired with an institution (a school counted as either) scores less than a like pair. */
    private static final double MIXED_ORG = 0.8;
    private static final Pattern HAN_RUN = Pattern.compile("\\p{IsHan}+");
    private static final Pattern PLACE_SUFFIX = Pattern.compile("(?:省|市|自治区|县|区)$");
    private static final List<Map.Entry<String, List<String>>> RENDERINGS = AffiliationVocabulary.RENDERINGS.entrySet()
            .stream().sorted(Comparator.comparingInt((Map.Entry<String, List<String>> e) -> -e.getKey().length())
                    .thenComparing(Map.Entry::getKey)).toList();

    /** The units of both versions, paired: Chinese order first, then the English units left unpaired. */
    List<AffiliationUnit> pair(String zh, String en) {
        List<ParsedUnit> z = ChineseAffiliationUnits.parse(zh);
        List<ParsedUnit> e = EnglishAffiliationUnits.parse(en);
        GreedyMatching.Result m = GreedyMatching.match(z, e, AffiliationUnitPairer::score, MATCH);
        List<AffiliationUnit> out = new ArrayList<>();
        for (int i = 0; i < z.size(); i++) {
            int j = m.partner()[i];
            ParsedUnit u = z.get(i);
            if (j < 0) {
                out.add(new AffiliationUnit(u.kind(), u.text(), null, 0));
            } else {
                String kind = u.kind().equals(AffiliationUnit.OTHER) ? e.get(j).kind() : u.kind();
                out.add(new AffiliationUnit(kind, u.text(), e.get(j).text(), round(m.scores()[i][j])));
            }
        }
        for (int j = 0; j < e.size(); j++) {
            if (!m.rightUsed(j)) {
                out.add(new AffiliationUnit(e.get(j).kind(), null, e.get(j).text(), 0));
            }
        }
        return out;
    }

    /** Evidence in [0, 1] that two units are the same. */
    static double score(ParsedUnit zh, ParsedUnit en) {
        String zk = group(zh.kind());
        String ek = group(en.kind());
        if (!zk.equals(ek) && !zk.equals(AffiliationUnit.OTHER) && !ek.equals(AffiliationUnit.OTHER)) {
            return 0;
        }
        return switch (zk.equals(AffiliationUnit.OTHER) ? ek : zk) {
            case AffiliationUnit.POSTCODE -> zh.text().equals(en.text()) ? 1 : 0;
            case AffiliationUnit.COUNTRY -> EnglishAffiliationUnits.words(en.text()).contains("china") ? 1 : 0;
            case "place" -> placeScore(zh.text(), en.text());
            default -> coverage(zh.text(), en.text()) * (zh.kind().equals(en.kind()) ? 1 : MIXED_ORG);
        };
    }

    private static String group(String kind) {
        return switch (kind) {
            case AffiliationUnit.CITY, AffiliationUnit.PROVINCE -> "place";
            case AffiliationUnit.DEPARTMENT, AffiliationUnit.INSTITUTION -> "org";
            default -> kind;
        };
    }

    /** 1 when the English spells the place's pinyin (石家庄 → Shijiazhuang, 广东省 → Guangdong Province). */
    static double placeScore(String zh, String en) {
        String name = PLACE_SUFFIX.matcher(zh).replaceFirst("");
        if (name.isEmpty() || !HAN_RUN.matcher(name).matches()) {
            return 0;
        }
        String spelled = AffiliationVocabulary.ZH_PLACE_IRREGULAR.getOrDefault(name, pinyin(name));
        String flat = String.join("", EnglishAffiliationUnits.words(en)).replaceAll("(?:province|city|district|county)$", "");
        if (flat.equals(spelled)) {
            return 1;
        }
        return flat.contains(spelled) ? 0.8 : 0;
    }

    /**
     * Share of the Chinese unit's Han characters explained in the English one: by a generic rendering
     * the English contains at a word start, or by two characters' pinyin the English spells.
     */
    static double coverage(String zh, String en) {
        String lower = " " + String.join(" ", EnglishAffiliationUnits.words(en)) + " ";
        String flat = lower.replace(" ", "");
        boolean[] covered = new boolean[zh.length()];
        for (Map.Entry<String, List<String>> r : RENDERINGS) {
            String key = r.getKey();
            boolean rendered = r.getValue().stream().anyMatch(stem -> lower.contains(" " + stem));
            for (int at = zh.indexOf(key); rendered && at >= 0; at = zh.indexOf(key, at + 1)) {
                for (int k = at; k < at + key.length(); k++) {
                    covered[k] = true;
                }
            }
        }
        Matcher m = HAN_RUN.matcher(zh);
        int total = 0;
        while (m.find()) {
            total += m.end() - m.start();
            List<Pinyin> py = pinyinList(m.group());
            for (int k = 0; k + 1 < py.size(); k++) {
                String pair = spell(py.get(k)) + spell(py.get(k + 1));
                if (flat.contains(pair)) {
                    covered[m.start() + k] = true;
                    covered[m.start() + k + 1] = true;
                }
            }
        }
        int hits = 0;
        for (int k = 0; k < zh.length(); k++) {
            hits += covered[k] && Character.UnicodeScript.of(zh.charAt(k)) == Character.UnicodeScript.HAN ? 1 : 0;
        }
        return total == 0 ? 0 : (double) hits / total;
    }

    private static String pinyin(String han) {
        StringBuilder sb = new StringBuilder();
        for (Pinyin p : pinyinList(han)) {
            sb.append(spell(p));
        }
        return sb.toString();
    }

    private static List<Pinyin> pinyinList(String han) {
        HanLPSetup.ensure();
        return HanLP.convertToPinyinList(han);
    }

    private static String spell(Pinyin p) {
        return p.getPinyinWithoutTone().toLowerCase(Locale.ROOT).replace('v', 'u');
    }

    private static double round(double score) {
        return Math.round(score * 1000) / 1000.0;
    }
}
