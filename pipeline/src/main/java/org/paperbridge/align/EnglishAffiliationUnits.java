package org.paperbridge.align;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.paperbridge.model.AffiliationUnit;

/**
 * Splits an English affiliation (Department of X, the Third Hospital of Y University, City 050051,
 * China) into units at commas and semicolons; a piece naming two institutions ("Hospital of …
 * University", "… University … Hospital") becomes two, as the Chinese writes them. A piece opening
 * with a department word is a department, one with an institution word an institution; short
 * capitalised pieces are places (provinces from the province list, else cities).
 */
final class EnglishAffiliationUnits {
    private static final Pattern POSTCODE = Pattern.compile("(?<!\\d)\\d{6}(?!\\d)");
    private static final Pattern SEPARATORS = Pattern.compile("\\s*[,;，；]\\s*");
    private static final Pattern LEADING_MARK = Pattern.compile("^[\\d¹²³⁴⁵⁶⁷⁸⁹⁰*†‡#.\\s]+");
    private static final Pattern WORD = Pattern.compile("[A-Za-z]+");
    private static final Pattern OF_INSTITUTION = Pattern.compile(
            "(?i)^(.*\\b(?:hospital|university|college|academy|institute|center|centre))\\s+of\\s+(.+)$");
    private static final Pattern UNIVERSITY_HOSPITAL = Pattern.compile("^(.*\\bUniversity)\\s+(.+\\bHospital)$");
    private static final Pattern UNIVERSITY_SCHOOL = Pattern.compile(
            "^(.*\\bUniversity)\\s+((?:School|College|Faculty|Institute|Department)\\s+of\\s+.+)$");
    private static final Pattern PLACE = Pattern.compile("^[A-Z][A-Za-z'’-]*(?:\\s+[A-Z][A-Za-z'’-]*){0,2}$");
    /** Openers of a unit that is never an institution by itself. */
    private static final List<String> SUBORDINATE = List.of("department", "dept", "division", "section", "unit", "ward",
            "office", "team");
    private static final List<String> OPENERS_SKIPPED = List.of("the", "state", "key", "national", "provincial");

    private EnglishAffiliationUnits() {
    }

    static List<ParsedUnit> parse(String affiliation) {
        List<ParsedUnit> out = new ArrayList<>();
        if (affiliation == null) {
            return out;
        }
        for (String raw : SEPARATORS.split(affiliation.strip())) {
            String piece = LEADING_MARK.matcher(raw).replaceFirst("").strip();
            Matcher code = POSTCODE.matcher(piece);
            String postcode = null;
            if (code.find()) {
                postcode = code.group();
                piece = (piece.substring(0, code.start()) + " " + piece.substring(code.end())).strip();
            }
            if (!piece.isEmpty()) {
                classify(piece, out);
            }
            if (postcode != null) {
                out.add(new ParsedUnit(AffiliationUnit.POSTCODE, postcode));
            }
        }
        promoteLastDepartment(out);
        return out;
    }

    private static void classify(String piece, List<ParsedUnit> out) {
        List<String> words = words(piece);
        String flat = String.join("", words);
        if (AffiliationVocabulary.EN_COUNTRY.contains(flat)) {
            out.add(new ParsedUnit(AffiliationUnit.COUNTRY, piece));
        } else if (opensWithDepartment(words)) {
            out.add(new ParsedUnit(AffiliationUnit.DEPARTMENT, piece));
        } else if (words.stream().anyMatch(AffiliationVocabulary.EN_INSTITUTION::contains)) {
            institution(piece, out);
        } else if (!words.isEmpty() && AffiliationVocabulary.EN_DEPARTMENT.contains(words.get(words.size() - 1))) {
            out.add(new ParsedUnit(AffiliationUnit.DEPARTMENT, piece));
        } else if (AffiliationVocabulary.EN_PROVINCES.contains(flat.replaceAll("province$", ""))) {
            out.add(new ParsedUnit(AffiliationUnit.PROVINCE, piece));
        } else if (PLACE.matcher(piece).matches()) {
            out.add(new ParsedUnit(AffiliationUnit.CITY, piece));
        } else {
            out.add(new ParsedUnit(AffiliationUnit.OTHER, piece));
        }
    }

    /** An institution piece, split in two where it names a hospital of a university (or the like). */
    private static void institution(String piece, List<ParsedUnit> out) {
        Matcher of = OF_INSTITUTION.matcher(piece);
        if (of.matches() && names(of.group(2))) {
            out.add(new ParsedUnit(AffiliationUnit.INSTITUTION, of.group(1)));
            institution(of.group(2), out);
            return;
        }
        Matcher us = UNIVERSITY_SCHOOL.matcher(piece);
        if (us.matches()) {
            out.add(new ParsedUnit(AffiliationUnit.INSTITUTION, us.group(1)));
            out.add(new ParsedUnit(AffiliationUnit.DEPARTMENT, us.group(2)));
            return;
        }
        Matcher uh = UNIVERSITY_HOSPITAL.matcher(piece);
        if (uh.matches()) {
            out.add(new ParsedUnit(AffiliationUnit.INSTITUTION, uh.group(1)));
            out.add(new ParsedUnit(AffiliationUnit.INSTITUTION, uh.group(2)));
            return;
        }
        out.add(new ParsedUnit(AffiliationUnit.INSTITUTION, piece));
    }

    /** Whether a text names an institution of its own (not "Sciences" in "Academy of Sciences"). */
    private static boolean names(String text) {
        List<String> w = words(text);
        return w.stream().anyMatch(x -> x.equals("university") || x.equals("hospital") || x.equals("college")
                || x.equals("academy") || x.equals("institute"));
    }

    private static boolean opensWithDepartment(List<String> words) {
        for (String w : words) {
            if (!OPENERS_SKIPPED.contains(w)) {
                return AffiliationVocabulary.EN_DEPARTMENT.contains(w) && !w.equals("group");
            }
        }
        return false;
    }

    /** An affiliation with departments but no institution: the last department-like unit is the institution. */
    private static void promoteLastDepartment(List<ParsedUnit> units) {
        int last = -1;
        for (int i = 0; i < units.size(); i++) {
            String kind = units.get(i).kind();
            if (kind.equals(AffiliationUnit.INSTITUTION)) {
                return;
            }
            if (kind.equals(AffiliationUnit.DEPARTMENT)) {
                last = i;
            }
        }
        List<String> first = last < 0 ? List.of() : words(units.get(last).text());
        if (last >= 0 && !first.isEmpty() && !SUBORDINATE.contains(first.get(0))) {
            units.set(last, new ParsedUnit(AffiliationUnit.INSTITUTION, units.get(last).text()));
        }
    }

    static List<String> words(String text) {
        List<String> out = new ArrayList<>();
        Matcher m = WORD.matcher(text);
        while (m.find()) {
            out.add(m.group().toLowerCase(Locale.ROOT));
        }
        return out;
    }
}
