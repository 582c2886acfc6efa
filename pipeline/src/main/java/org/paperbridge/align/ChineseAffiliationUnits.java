package org.paperbridge.align;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.paperbridge.model.AffiliationUnit;

/**
 * Splits a Chinese affiliation (河北医科大学第三医院 感染科, 河北 石家庄 050051) into units:
 * institution and department by their closing words (大学, 医院, 学院, 科, 系, 实验室 …), places by
 * the province list and the 省/市/县/区 endings, the postcode and the country. Units that run
 * together with no separator (中山大学附属第三医院消化内科) are cut after each closing word, unless
 * the next characters continue a longer word (医科大学, 科学院, 中心医院).
 */
final class ChineseAffiliationUnits {
    private static final Pattern POSTCODE = Pattern.compile("(?<!\\d)\\d{6}(?!\\d)");
    private static final Pattern SEPARATORS = Pattern.compile("[\\s,，、;；:：()（）\\[\\]【】/]+");
    private static final Pattern LEADING_MARK = Pattern.compile("^[\\d¹²³⁴⁵⁶⁷⁸⁹⁰.．、*†‡#]+");
    private static final Pattern CITY_END = Pattern.compile(".+[市县区州旗镇]$");
    /** Characters after a closing word that make it part of a longer word (科→科学, 中心→中心医院). */
    private static final Pattern CONTINUES = Pattern.compile("^(?:学|技|大|研|院|室|统|属|织|医院|实验室|血站|卫生院)");
    private static final List<String> ENDINGS = endings();

    private ChineseAffiliationUnits() {
    }

    static List<ParsedUnit> parse(String affiliation) {
        List<ParsedUnit> out = new ArrayList<>();
        if (affiliation == null) {
            return out;
        }
        String text = affiliation;
        Matcher code = POSTCODE.matcher(text);
        String postcode = code.find() ? code.group() : null;
        if (postcode != null) {
            text = text.substring(0, code.start()) + " " + text.substring(code.end());
        }
        boolean institutionSeen = false;
        for (String segment : SEPARATORS.split(text)) {
            String s = LEADING_MARK.matcher(segment).replaceFirst("");
            int start = 0;
            for (int end = 1; end <= s.length(); end++) {
                String closing = closingWord(s, start, end);
                if (closing != null) {
                    String kind = kindOf(closing, institutionSeen);
                    institutionSeen |= kind.equals(AffiliationUnit.INSTITUTION);
                    out.add(new ParsedUnit(kind, s.substring(start, end)));
                    start = end;
                }
            }
            if (start < s.length()) {
                places(s.substring(start), institutionSeen, out);
            }
        }
        if (postcode != null) {
            out.add(new ParsedUnit(AffiliationUnit.POSTCODE, postcode));
        }
        return out;
    }

    /** The closing word that ends a unit at {@code end}, or null when no unit ends there. */
    private static String closingWord(String s, int start, int end) {
        for (String w : ENDINGS) {
            if (end - start > w.length() && s.startsWith(w, end - w.length())) {
                return CONTINUES.matcher(s.substring(end)).find() ? null : w;
            }
        }
        return null;
    }

    private static String kindOf(String closing, boolean institutionSeen) {
        if (AffiliationVocabulary.ZH_EITHER.contains(closing)) {
            return institutionSeen ? AffiliationUnit.DEPARTMENT : AffiliationUnit.INSTITUTION;
        }
        return AffiliationVocabulary.ZH_INSTITUTION.contains(closing) ? AffiliationUnit.INSTITUTION
                : AffiliationUnit.DEPARTMENT;
    }

    /** A run with no closing word: country, province (possibly followed by its city), city or other. */
    private static void places(String run, boolean afterInstitution, List<ParsedUnit> out) {
        if (run.equals("中国") || run.equals("中华人民共和国")) {
            out.add(new ParsedUnit(AffiliationUnit.COUNTRY, run));
            return;
        }
        for (String p : AffiliationVocabulary.ZH_PROVINCES) {
            if (run.startsWith(p)) {
                int end = p.length();
                for (String suffix : List.of("省", "自治区", "市")) {
                    if (run.startsWith(suffix, end)) {
                        end += suffix.length();
                        break;
                    }
                }
                if (end == run.length() || run.length() - end >= 2) {
                    out.add(new ParsedUnit(AffiliationUnit.PROVINCE, run.substring(0, end)));
                    if (end < run.length()) {
                        places(run.substring(end), afterInstitution, out);
                    }
                    return;
                }
            }
        }
        boolean shortName = run.codePoints().allMatch(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN) && run.length() <= 4;
        boolean city = CITY_END.matcher(run).matches() || afterInstitution && shortName && run.length() >= 2;
        out.add(new ParsedUnit(city ? AffiliationUnit.CITY : AffiliationUnit.OTHER, run));
    }

    private static List<String> endings() {
        List<String> all = new ArrayList<>(AffiliationVocabulary.ZH_INSTITUTION);
        all.addAll(AffiliationVocabulary.ZH_DEPARTMENT);
        all.sort((a, b) -> b.length() - a.length());
        return List.copyOf(all);
    }
}
