package org.paperbridge.structure;

import java.util.Optional;
import java.util.regex.Pattern;

import org.paperbridge.clean.CitationLine;
import org.paperbridge.lang.TraditionalChinese;

/**
 * Tells what an unlabelled front-matter block is by its shape: an author line, an affiliation,
 * a journal header or column name to skip, a DOI line, or other text (title candidates).
 */
public final class FrontBlockClassifier {
    /** What an unlabelled block looks like. */
    public enum Shape { AUTHORS, AFFILIATION, DOI, SKIP, TEXT }

    /** A block's shape and language; {@code authors} is set for author lines. */
    public record Classified(Shape shape, boolean chinese, Optional<AuthorParser.AuthorLine> authors) {
    }

    private static final Pattern HEADER = TraditionalChinese.pattern(
            "第\\s*\\d+\\s*卷|第\\s*\\d+\\s*期|\\bVol\\.?\\s*\\d|\\bVolume\\s+\\d|\\bISSN\\b|\\bCN\\s*\\d{2}-\\d{4}"
                    + "|\\b\\d{4}\\s*年\\s*\\d{1,2}\\s*月\\s*$|^\\s*\\d+\\s*$|http[s]?://(?!(?:dx\\.)?doi\\.org)",
            Pattern.CASE_INSENSITIVE);
    // Column names printed above the title; two-character ones would otherwise read as a name.
    private static final Pattern COLUMN = TraditionalChinese.pattern(
            "^[\\s\\u3000]*[·•]\\s*\\p{IsHan}{2,12}\\s*[·•][\\s\\u3000]*$"
                    + "|^[\\s\\u3000]*[【\\[]?[\\s\\u3000]*(?:综[\\s\\u3000]*述|论[\\s\\u3000]*著|述[\\s\\u3000]*评|专[\\s\\u3000]*题"
                    + "|短篇论著|研究论文|研究报告|专家共识|临床研究|基础研究|实验研究|个案报道|病例报告|指南解读|讲座|述评与展望"
                    + "|Review|Original Article|Research Article|Article)[\\s\\u3000]*[】\\]]?[\\s\\u3000]*$",
            Pattern.CASE_INSENSITIVE);

    private final AuthorParser authorParser = new AuthorParser();
    private final AffiliationParser affiliationParser = new AffiliationParser();
    private final IdentifierParser identifierParser = new IdentifierParser();

    public Classified classify(String text) {
        String t = text == null ? "" : text.strip();
        boolean chinese = isChinese(t);
        if (t.isEmpty() || COLUMN.matcher(t).matches() || CitationLine.matches(t)) {
            return new Classified(Shape.SKIP, chinese, Optional.empty());
        }
        if (identifierParser.doi(t) != null && t.length() < 120) {
            return new Classified(Shape.DOI, chinese, Optional.empty());
        }
        if (HEADER.matcher(t).find()) {
            return new Classified(Shape.SKIP, chinese, Optional.empty());
        }
        Optional<AuthorParser.AuthorLine> authors = authorParser.parse(t);
        // Names with their addresses in brackets after them (李四(某医科大学…)) are an author line.
        if (authors.isPresent() && authors.get().affiliationTail() != null) {
            return new Classified(Shape.AUTHORS, chinese, authors);
        }
        boolean numberedList = t.matches("(?s)^[(（]?\\s*(?:\\d{1,2}\\s*[.．、]|\\^\\{\\d|[¹①]).*");
        if (affiliationParser.looksLikeAffiliation(t) && (numberedList || !looksLikeTitle(t, chinese))) {
            return new Classified(Shape.AFFILIATION, chinese, Optional.empty());
        }
        if (authors.isPresent()) {
            return new Classified(Shape.AUTHORS, chinese, authors);
        }
        return new Classified(Shape.TEXT, chinese, Optional.empty());
    }

    /**
     * Chinese titles may name an institution (以患者为中心的…) but carry no comma, space-separated
     * city or postcode the way addresses do.
     */
    private static boolean looksLikeTitle(String t, boolean chinese) {
        if (chinese) {
            return !t.matches("(?s).*[,，;；\\s\\u3000].*");
        }
        return false;
    }

    /** Chinese when Han characters are at least half as many as Latin letters. */
    public static boolean isChinese(String text) {
        if (text == null) {
            return false;
        }
        long han = 0;
        long latin = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            Character.UnicodeScript script = Character.UnicodeScript.of(cp);
            if (script == Character.UnicodeScript.HAN) {
                han++;
            } else if (script == Character.UnicodeScript.LATIN) {
                latin++;
            }
            i += Character.charCount(cp);
        }
        return han > 0 && (han >= 4 || han * 2 >= latin);
    }
}
