package org.paperbridge.structure;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A Chinese title and the byline run into it on one line, as MinerU leaves ChinaXiv manuscripts:
 * where the title ends and the names begin.
 */
final class RunInChineseTitle {
    /** The shortest and longest Chinese title a byline may be run into (in characters, where the cut is looked for). */
    private static final int MIN_RUN_IN_TITLE = 6;
    private static final int MAX_RUN_IN_TITLE = 90;
    private static final int MAX_RUN_IN_BLOCK = 500;
    /**
     * A title ends in a run of eight Han characters, or in a word after one with no space between
     * ({@code …的影响}, {@code …的影响a}); a byline, whose names are two or three long, does not
     * ({@code …的影响 韩丽12 潘杰} is a title and two names).
     */
    private static final Pattern TITLE_RUN = Pattern.compile("\\p{IsHan}{8}\\S*$");
    /** The marks of a byline: a title carries none ({@code 吴文旋1,2莘…}, {@code 申 杰1.2*魏…}). */
    private static final Pattern BYLINE_MARK = Pattern.compile("[」*∗¹²³⁴⁵⁶⁷⁸⁹†‡]|\\p{IsHan}\\d{1,2}(?:[,，.]\\d{1,2})+");
    private static final AffiliationParser AFFILIATION = new AffiliationParser();

    private final AuthorParser authors;

    RunInChineseTitle(AuthorParser authors) {
        this.authors = authors;
    }

    /**
     * A Chinese title run into its byline and often the bracketed affiliations after it, one line
     * with no break between them ({@code …和应激指标的影响卢营杰」苗志强1* 李建慧」…（1.山西农业大学…）},
     * {@code …的营养价值高红 郝小燕 张幸怡…}): cut where the rest first reads as names (three or more,
     * two with marks, or any with their address after them), every one of two to four characters, the first opening with a
     * known surname. The title must come first and be long enough to be one; a title alone, whose
     * words run on to its end, gives nothing.
     */
    Optional<LooseEnglishByline.Titled> split(String block) {
        if (block == null || block.indexOf('\n') >= 0 || block.length() > MAX_RUN_IN_BLOCK
                || !FrontBlockClassifier.isChinese(block)) {
            return Optional.empty(); // a paragraph of text, not a title line: kept cheap
        }
        String text = block.strip();
        int last = Math.min(text.length() - 2, MAX_RUN_IN_TITLE);
        for (int i = MIN_RUN_IN_TITLE; i <= last; i++) {
            char c = text.charAt(i);
            char before = text.charAt(i - 1);
            if (!GluedNames.isSurname(c) || !(Character.isIdeographic(before) || "）)」”》".indexOf(before) >= 0)) {
                continue;
            }
            String rest = text.substring(i);
            Optional<AuthorParser.AuthorLine> line = authors.parse(rest);
            // Two words of a title split by a stray space read as two names: a byline has three names,
            // a mark or star, or its address after it.
            if (line.isEmpty() || !(line.get().authors().size() >= 3 || line.get().affiliationTail() != null
                    || line.get().authors().size() == 2 && line.get().authors().stream()
                            .anyMatch(a -> a.starred() || !a.marks().isEmpty()))) {
                continue;
            }
            boolean names = line.get().authors().stream().allMatch(a -> a.name().length() >= 2
                    && a.name().length() <= 4 && a.name().codePoints().allMatch(Character::isIdeographic));
            String first = line.get().authors().get(0).name();
            if (!names || first.charAt(0) != c || first.length() > 3) {
                continue;
            }
            // The first cut that reads so is the only one tried: what comes before it must be a title.
            String title = text.substring(0, i).strip();
            return TITLE_RUN.matcher(title).find() && !BYLINE_MARK.matcher(title).find()
                    && !AFFILIATION.looksLikeAffiliation(title)
                    ? Optional.of(new LooseEnglishByline.Titled(title, rest, line.get())) : Optional.empty();
        }
        return Optional.empty();
    }
}
