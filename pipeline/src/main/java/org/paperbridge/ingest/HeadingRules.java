package org.paperbridge.ingest;

import org.paperbridge.lang.Scripts;
import org.paperbridge.lang.TraditionalChinese;
import java.util.regex.Pattern;

/** Tells headings, list labels and captions from running text by wording and type. */
final class HeadingRules {
    private static final Pattern NUMBERED = TraditionalChinese.pattern(
            "^(\\d{1,2}(\\.\\d{1,2}){0,3}\\.?|[一二三四五六七八九十]{1,3}、|第[一二三四五六七八九十\\d]{1,3}[章节部分])\\s*"
                    + "(?=[\\p{IsHan}A-Z])");
    private static final Pattern UNNUMBERED = TraditionalChinese.pattern(
            "^(参考文献|references|bibliography|致谢|acknowledge?ments?|引言|前言|结论|结语|讨论|附录|"
                    + "作者贡献声明|利益冲突声明?|introduction|conclusions?|discussion)[:：]?$",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern REFERENCES = TraditionalChinese.pattern(
            "^(参考文献|references|bibliography)[:：]?$", Pattern.CASE_INSENSITIVE);
    private static final Pattern ITEM_LABEL = Pattern.compile(
            "^([\\[［]\\d{1,3}[\\]］]|[(（]\\d{1,2}[)）]|\\d{1,2}[)）]|[①-⑳]|[•▪●◆■]\\s?)");
    private static final Pattern CAPTION = TraditionalChinese.pattern(
            "^(图|表|Fig\\.?|Figure|Table)\\s*\\d+(\\.\\d+)?(\\s+|[:：.．]|$)");
    private static final Pattern SENTENCE_END = Pattern.compile("[。．.，,；;：:]$");
    private static final Pattern ABSTRACT_LABEL = Pattern.compile(
            "^[【\\[]?(摘要|abstract)", Pattern.CASE_INSENSITIVE);

    private HeadingRules() {
    }

    static String key(String text) {
        return Scripts.foldWidth(text).replaceAll("\\s+", "");
    }

    /** A short line numbered like a section (with heavier or larger type), or a known unnumbered one. */
    static boolean isHeading(String text, boolean heavy, boolean larger) {
        String folded = Scripts.foldWidth(text).strip();
        if (folded.isEmpty() || folded.codePointCount(0, folded.length()) > 50) {
            return false;
        }
        if (UNNUMBERED.matcher(key(text)).matches()) {
            return true;
        }
        return (heavy || larger) && NUMBERED.matcher(folded).find()
                && !SENTENCE_END.matcher(folded).find();
    }

    static boolean isReferencesHeading(String text) {
        return REFERENCES.matcher(key(text)).matches();
    }

    static boolean startsItem(String text) {
        return ITEM_LABEL.matcher(Scripts.foldWidth(text).strip()).find()
                || ITEM_LABEL.matcher(text.strip()).find();
    }

    static boolean isCaption(String text) {
        return CAPTION.matcher(Scripts.foldWidth(text).strip()).find();
    }

    static boolean startsAbstract(String text) {
        return ABSTRACT_LABEL.matcher(key(text)).find();
    }
}
