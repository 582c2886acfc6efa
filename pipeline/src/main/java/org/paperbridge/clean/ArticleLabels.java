package org.paperbridge.clean;

import java.util.regex.Pattern;

import org.paperbridge.lang.TraditionalChinese;

/** The printed labels that tell the parts of an article apart: 摘要, Key words, 参考文献… */
final class ArticleLabels {
    private ArticleLabels() {
    }

    /** Markup and brackets that may wrap a label: # headings, **bold**, 【】, []. */
    private static final String WRAP = "[\\s#*【\\[〔]*";
    private static final String SP = "[\\s\\u3000]*";

    /** What may follow a label: a delimiter, or (journals that print labels in bold) the text itself. */
    private static final String AFTER_LABEL = "(?=[\\s\\u3000*】\\]〕］:：(（]|$)";
    /** English labels run into a capitalized word when the converter lost the space (AbstractTooth…). */
    private static final String AFTER_ENGLISH = "(?=[\\s\\u3000*】\\]〕］:：(（]|$|(?-i:[A-Z]))";

    /** "Key words" run into a lower-case word at the start of a block (Key wordssoil organic carbon; …). */
    private static final String GLUED_KEY_WORDS = "|(?i:key[\\s\\u3000]+words)(?=(?-i:\\p{Ll}))";

    // Chinese labels need no delimiter: 摘要本文利用…, 关键词线形空心阴极… (bold labels, no colon).
    private static final Pattern FRONT_LABEL = TraditionalChinese.pattern("^" + WRAP + "(?:"
            + "(?:摘" + SP + "要|关" + SP + "键" + SP + "[词字]|中图(?:法)?分类号|分类号|文献标[志识]码|文章编号|引用格式|引用本文)"
            + "|(?i:abstract|key" + SP + "words?|keywords)" + AFTER_ENGLISH + GLUED_KEY_WORDS
            + "|(?i:CLC(?:\\s+number)?|document\\s+code|article\\s+id|doi)" + AFTER_LABEL
            + ")");

    private static final Pattern ABSTRACT_OR_KEYWORDS = TraditionalChinese.pattern("^" + WRAP + "(?:"
            + "摘" + SP + "要|关" + SP + "键" + SP + "[词字]|(?i:abstract|key" + SP + "words?|keywords)" + AFTER_ENGLISH
            + GLUED_KEY_WORDS + ")");

    /** An abstract and a keyword label inside one block, each with its colon: front matter run together. */
    private static final Pattern INLINE_ABSTRACT = TraditionalChinese.pattern(
            "(?:摘" + SP + "要|(?-i:Abstract|ABSTRACT))" + SP + "[:：]");
    private static final Pattern INLINE_KEYWORDS = TraditionalChinese.pattern(
            "(?:关" + SP + "键" + SP + "[词字]|(?-i:Key" + SP + "[Ww]ords?|Keywords|KEY" + SP + "WORDS))" + SP + "[:：]");

    /** A label with nothing after it: its content is the next block. */
    private static final Pattern LABEL_ONLY = TraditionalChinese.pattern("^" + WRAP + "(?:"
            + "摘" + SP + "要|关" + SP + "键" + SP + "[词字]|(?i:abstract|key" + SP + "words?|keywords)"
            + ")[\\s*】\\]〕:：]*$");

    private static final Pattern REFERENCE_HEADING = TraditionalChinese.pattern("^" + WRAP + "(?:"
            + "(?:主要)?参" + SP + "考" + SP + "文" + SP + "献|(?i:references?|bibliography|literature\\s+cited)"
            + ")[\\s*】\\]〕:：]*(?:[(（]?(?i:references?)[)）]?[\\s:：]*)?$");

    /** The start of a reference-list entry: [12], ［12］, 12. or (12). */
    private static final Pattern ENTRY_START = Pattern.compile("^\\s*(?:[\\[［]\\s*(\\d{1,3})\\s*[\\]］]|(\\d{1,3})[.．、](?=\\s|\\p{L})|[(（](\\d{1,3})[)）])");

    static boolean isFrontLabel(String text) {
        return FRONT_LABEL.matcher(text).find();
    }

    /** The labels that begin an abstract or keyword block, the surest signs of front matter. */
    static boolean isAbstractOrKeywords(String text) {
        return ABSTRACT_OR_KEYWORDS.matcher(text).find();
    }

    /** Whether one block holds both an abstract and a keyword label, the abstract's first. */
    static boolean holdsAbstractAndKeywords(String text) {
        var a = INLINE_ABSTRACT.matcher(text);
        if (!a.find()) {
            return false;
        }
        return INLINE_KEYWORDS.matcher(text).region(a.end(), text.length()).find();
    }

    static boolean isLabelOnly(String text) {
        return LABEL_ONLY.matcher(text).matches();
    }

    static boolean isReferenceHeading(String text) {
        return REFERENCE_HEADING.matcher(text.strip()).matches();
    }

    /** The number of the reference entry {@code text} starts with, or -1. */
    static int entryNumber(String text) {
        var m = ENTRY_START.matcher(text);
        if (!m.find()) {
            return -1;
        }
        String n = m.group(1) != null ? m.group(1) : m.group(2) != null ? m.group(2) : m.group(3);
        return Integer.parseInt(n);
    }

    /** Whether the entry marker is the bracketed kind, which never occurs inside an entry. */
    static boolean isBracketedEntry(String text) {
        return text.strip().matches("^[\\[［].*");
    }
}
