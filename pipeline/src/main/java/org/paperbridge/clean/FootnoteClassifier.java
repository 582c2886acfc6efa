package org.paperbridge.clean;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.paperbridge.ingest.Block;
import org.paperbridge.ingest.BlockKind;
import org.paperbridge.lang.TraditionalChinese;

/**
 * Marks first-page footnotes (收稿日期, 基金项目, 通信作者, Received, Foundation item…) as
 * {@link BlockKind#FOOTNOTE}, wherever the converter dropped them — usually mid-body.
 */
public final class FootnoteClassifier implements BlockFilter {
    /** Footnote marks printed before the label: *, †, circled digits, superscripts. */
    private static final String MARKS =
            "(?:[\\s*†‡§#¹²³⁰-⁹①-⑳]|<sup>[^<]{0,8}</sup>|\\$\\^\\{?[^$]{0,8}\\}?\\$|\\^\\{[^}]{0,8}\\})*";

    private static final List<String> CJK_LABELS = List.of(
            "收稿日期", "修回日期", "接受日期", "录用日期", "网络出版日期", "网络首发日期", "出版日期",
            "基金项目", "资助项目", "通信作者", "通讯作者", "作者简介", "第一作者", "共同第一作者");
    private static final List<String> LATIN_LABELS = List.of(
            "Received", "Revised", "Accepted", "Published online", "Foundation items?", "Fund(?:ing|s)?",
            "Supported by", "Corresponding authors?", "Biograph(?:y|ies)", "E-?mail", "First author");

    private static final Pattern FOOTNOTE = Pattern.compile("^" + MARKS + "[【\\[〔]?\\s*(?:"
            + String.join("|", CJK_LABELS.stream().map(FootnoteClassifier::spaced).toList())
            + "|(?i:" + String.join("|", LATIN_LABELS) + "))"
            + "\\s*[】\\]〕]?\\s*(?:[(（][^)）]{0,40}[)）])?\\s*(?:[:：]|(?<=[】\\]〕])|\\s+\\d)");

    /** 收稿日期 → 收\s*稿\s*日\s*期: labels are often letter-spaced; 基金項目 is 基金项目 in traditional script. */
    private static String spaced(String label) {
        StringBuilder sb = new StringBuilder();
        label.codePoints().forEach(cp -> {
            if (!sb.isEmpty()) {
                sb.append("[\\s\\u3000]*");
            }
            String forms = cp < 0x10000 ? TraditionalChinese.traditionalForms((char) cp) : "";
            sb.append(forms.isEmpty() ? Character.toString(cp) : "[" + Character.toString(cp) + forms + "]");
        });
        return sb.toString();
    }

    static boolean isFootnote(String text) {
        return FOOTNOTE.matcher(text).find();
    }

    @Override
    public List<Block> apply(List<Block> blocks) {
        List<Block> out = new ArrayList<>(blocks.size());
        for (Block b : blocks) {
            boolean candidate = b.kind() == BlockKind.PARAGRAPH || b.kind() == BlockKind.LIST_ITEM;
            out.add(candidate && isFootnote(b.text()) ? b.withKind(BlockKind.FOOTNOTE) : b);
        }
        return out;
    }
}
