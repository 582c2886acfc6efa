package org.paperbridge.clean;

import java.util.regex.Pattern;

/**
 * The line some journals print above or below the title telling how to cite the article
 * (张三，李四．题名[J]．刊名，2017，37(21)：7277-7285): front matter, never a title or body text.
 */
public final class CitationLine {
    private static final Pattern LABEL = Pattern.compile("^[\\s#*【\\[]*(?:中文|英文)?(?:引用格式|引用本文|推荐引用方式|Citation|Reference format|Cite this article)");
    /** A year, volume(issue) and first page, as a reference prints them. */
    private static final Pattern YEAR_VOLUME_PAGES = Pattern.compile(
            "(?:19|20)\\d{2}\\s*[,，]\\s*\\d{1,3}\\s*[(（]\\s*[0-9A-Z]{1,4}\\s*[)）]\\s*[:：]\\s*[A-Za-z]?\\d+");
    private static final Pattern TYPE_CODE = Pattern.compile("[\\[［]\\s*[JMCDN]\\s*[\\]］]");

    private CitationLine() {
    }

    /** Whether {@code text} is such a line: labelled, or shaped like a reference to a journal article. */
    public static boolean matches(String text) {
        String t = text.strip();
        if (LABEL.matcher(t).find()) {
            return true;
        }
        return t.length() < 400 && YEAR_VOLUME_PAGES.matcher(t).find()
                && (TYPE_CODE.matcher(t).find() || t.codePoints().filter(c -> c == '.' || c == '．').count() >= 2);
    }
}
