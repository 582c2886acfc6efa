package org.paperbridge.structure;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.paperbridge.lang.TraditionalChinese;

/**
 * The labels that introduce a field of the front matter or of a first-page footnote, with the
 * spellings Chinese and English journals print. Chinese labels also match in traditional script
 * (關鍵詞, 基金項目).
 */
public enum FrontLabel {
    ABSTRACT_ZH(false, List.of("内容摘要", "内容提要", "摘要"), List.of()),
    ABSTRACT_EN(false, List.of(), List.of("Abstract")),
    KEYWORDS_ZH(false, List.of("关键词", "关键字", "主题词"), List.of()),
    KEYWORDS_EN(false, List.of(), List.of("Key words", "Keywords", "Key-words", "Keyword", "Key word")),
    CLC(true, List.of("中图法分类号", "中图分类号", "中图分类", "分类号"),
            List.of("CLC number", "CLC No.", "CLC", "Chinese Library Classification")),
    DOCUMENT_CODE(true, List.of("文献标志码", "文献标识码", "文献标志", "文献标识"), List.of("Document code")),
    ARTICLE_NUMBER(true, List.of("文章编号"), List.of("Article ID")),
    DOI(false, List.of(), List.of("DOI")),
    RECEIVED(true, List.of("收稿日期", "收稿时间"), List.of("Received date", "Received")),
    REVISED(true, List.of("修回日期", "修回时间", "修订日期"), List.of("Revised date", "Revised")),
    ACCEPTED(true, List.of("接受日期", "录用日期", "接收日期", "录用时间"), List.of("Accepted date", "Accepted")),
    PUBLISHED(true, List.of("网络出版日期", "网络出版时间", "网络首发日期", "出版日期", "发表日期"),
            List.of("Published online", "Available online", "Published")),
    // 基金项目 also occurs inside funder names (国家自然科学基金项目), so it is not accepted inline.
    FUNDING(false, List.of("基金项目", "基金资助", "资助项目", "项目基金"),
            List.of("Foundation items", "Foundation item", "Fund program", "Funding", "Funds", "Fund",
                    "Supported by")),
    CORRESPONDENCE(false, List.of("通信作者", "通讯作者", "通讯联系人"),
            List.of("Corresponding authors", "Corresponding author", "Correspondence to", "Correspondence")),
    AUTHOR_BIO(false, List.of("作者简介", "第一作者"), List.of("Biographies", "Biography")),
    /** How to cite the article (引用格式：杜虎，曾馥平…); it only repeats the byline and title, and ends the field before it. */
    CITATION(true, List.of("本文引用格式", "引用格式", "引用本文"), List.of());

    private final boolean inlineChinese;
    private final List<Term> terms;

    FrontLabel(boolean inlineChinese, List<String> chinese, List<String> english) {
        this.inlineChinese = inlineChinese;
        List<Term> t = new ArrayList<>();
        for (String s : chinese) {
            t.add(new Term(this, true, chinesePattern(s), s.charAt(0) + TraditionalChinese.traditionalForms(s.charAt(0))));
        }
        for (String s : english) {
            t.add(new Term(this, false, englishPattern(s),
                    "" + Character.toLowerCase(s.charAt(0)) + Character.toUpperCase(s.charAt(0))));
        }
        this.terms = List.copyOf(t);
    }

    /** Whether a Chinese spelling is distinctive enough to start a field mid-block without a colon. */
    boolean inlineChinese() {
        return inlineChinese;
    }

    List<Term> terms() {
        return terms;
    }

    /** Chinese labels are often letter-spaced (摘 要, 关 键 词), and may be in traditional script. */
    private static Pattern chinesePattern(String label) {
        StringBuilder sb = new StringBuilder();
        label.codePoints().forEach(cp -> {
            if (!sb.isEmpty()) {
                sb.append("[\\s\\u3000]*");
            }
            String forms = cp < 0x10000 ? TraditionalChinese.traditionalForms((char) cp) : "";
            sb.append(forms.isEmpty() ? Pattern.quote(Character.toString(cp)) : "[" + Character.toString(cp) + forms + "]");
        });
        return Pattern.compile(sb.toString());
    }

    private static Pattern englishPattern(String label) {
        String body = Pattern.quote(label).replace(" ", "\\E[\\s-]*\\Q");
        // A capital may follow without a space where a converter lost it (Key wordsMagnetic field…).
        return Pattern.compile("(?<![\\p{L}])" + body + "(?!(?-i:\\p{Ll}))", Pattern.CASE_INSENSITIVE);
    }

    /** One spelling of a label; {@code firsts} are the characters it may start with (cases, scripts). */
    record Term(FrontLabel label, boolean chinese, Pattern pattern, String firsts) {
        /** A cheap test that lets most texts skip the regular expression. */
        boolean mayOccurIn(String text) {
            for (int i = 0; i < firsts.length(); i++) {
                if (text.indexOf(firsts.charAt(i)) >= 0) {
                    return true;
                }
            }
            return false;
        }
    }
}
