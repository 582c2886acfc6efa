package org.paperbridge.structure;

import java.util.ArrayList;
import java.util.List;

import org.paperbridge.model.Affiliation;
import org.paperbridge.model.Author;
import org.paperbridge.model.Bilingual;
import org.paperbridge.structure.AffiliationParser.NumberedAffiliation;
import org.paperbridge.structure.AuthorParser.AuthorLine;
import org.paperbridge.structure.AuthorParser.AuthorMention;

/**
 * Pairs the Chinese and English author lines and affiliation lists by position and turns
 * affiliation marks into indices. Pairing by position is a first guess; the name aligner
 * refines author pairs later.
 */
public final class BylineAssembler {
    /** The authors and affiliations of an article. */
    public record Byline(List<Author> authors, List<Affiliation> affiliations) {
        public Byline {
            authors = List.copyOf(authors);
            affiliations = List.copyOf(affiliations);
        }
    }

    public Byline assemble(AuthorLine zh, AuthorLine en, List<NumberedAffiliation> zhAffiliations,
                           List<NumberedAffiliation> enAffiliations, List<String> warnings) {
        List<Affiliation> affiliations = pairAffiliations(zhAffiliations, enAffiliations, warnings);
        List<AuthorMention> enNames = en == null ? List.of() : en.authors();
        List<AuthorMention> zhNames = zh == null ? List.of() : splitTwoNameRuns(zh.authors(), enNames.size());
        if (!zhNames.isEmpty() && !enNames.isEmpty() && zhNames.size() != enNames.size()) {
            warnings.add("Chinese and English author lists differ in length (" + zhNames.size() + " vs "
                    + enNames.size() + "); paired by position");
        }
        List<NumberedAffiliation> numbering = !zhAffiliations.isEmpty() ? zhAffiliations : enAffiliations;
        List<Author> authors = new ArrayList<>();
        int n = Math.max(zhNames.size(), enNames.size());
        for (int i = 0; i < n; i++) {
            AuthorMention z = i < zhNames.size() ? zhNames.get(i) : null;
            AuthorMention e = i < enNames.size() ? enNames.get(i) : null;
            List<Integer> marks = z != null && !z.marks().isEmpty() ? z.marks() : e != null ? e.marks() : List.of();
            boolean starred = z != null && z.starred() || e != null && e.starred();
            Bilingual name = new Bilingual(z == null ? null : z.name(), e == null ? null : e.name());
            authors.add(new Author(name, starred, null, indices(name, marks, numbering, affiliations.size(),
                    warnings)));
        }
        return new Byline(authors, affiliations);
    }

    /**
     * Four characters read as one name that are two names run together (李茜白滨, the thin space
     * lost), when the English byline has exactly as many more names as there are such runs: each
     * is cut two and two where both halves open with a known surname.
     */
    static List<AuthorMention> splitTwoNameRuns(List<AuthorMention> zh, int englishCount) {
        List<Integer> runs = new ArrayList<>();
        for (int i = 0; i < zh.size(); i++) {
            String name = zh.get(i).name();
            if (name.length() == 4 && GluedNames.split2(name).size() == 2) {
                runs.add(i);
            }
        }
        if (runs.isEmpty() || zh.size() + runs.size() != englishCount) {
            return zh;
        }
        List<AuthorMention> out = new ArrayList<>();
        for (int i = 0; i < zh.size(); i++) {
            AuthorMention m = zh.get(i);
            if (runs.contains(i)) {
                List<String> two = GluedNames.split2(m.name());
                out.add(new AuthorMention(two.get(0), List.of(), false));
                out.add(new AuthorMention(two.get(1), m.marks(), m.starred()));
            } else {
                out.add(m);
            }
        }
        return out;
    }

    private static List<Affiliation> pairAffiliations(List<NumberedAffiliation> zh, List<NumberedAffiliation> en,
                                                      List<String> warnings) {
        if (!zh.isEmpty() && !en.isEmpty() && zh.size() != en.size()) {
            warnings.add("Chinese and English affiliation lists differ in length (" + zh.size() + " vs "
                    + en.size() + "); paired by position");
        }
        List<Affiliation> out = new ArrayList<>();
        for (int i = 0; i < Math.max(zh.size(), en.size()); i++) {
            NumberedAffiliation z = i < zh.size() ? zh.get(i) : null;
            NumberedAffiliation e = i < en.size() ? en.get(i) : null;
            String postcode = z != null && z.postcode() != null ? z.postcode() : e != null ? e.postcode() : null;
            out.add(new Affiliation(z == null ? null : z.text(), e == null ? null : e.text(), postcode));
        }
        return out;
    }

    /** 0-based affiliation indices of an author's marks; the single affiliation when unmarked. */
    private static List<Integer> indices(Bilingual name, List<Integer> marks, List<NumberedAffiliation> numbering,
                                         int count, List<String> warnings) {
        if (marks.isEmpty()) {
            return count == 1 ? List.of(0) : List.of();
        }
        boolean numbered = numbering.stream().anyMatch(a -> a.number() != null);
        List<Integer> out = new ArrayList<>();
        for (int mark : marks) {
            int index = -1;
            if (numbered) {
                for (int i = 0; i < numbering.size(); i++) {
                    if (Integer.valueOf(mark).equals(numbering.get(i).number())) {
                        index = i;
                        break;
                    }
                }
            } else if (mark >= 1 && mark <= count) {
                index = mark - 1;
            }
            if (index < 0) {
                warnings.add("affiliation mark " + mark + " of " + (name.zh() != null ? name.zh() : name.en())
                        + " matches no affiliation");
            } else if (!out.contains(index)) {
                out.add(index);
            }
        }
        if (out.isEmpty() && count == 1) {
            out.add(0);
        }
        return out;
    }
}
