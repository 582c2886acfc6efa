package org.paperbridge.lang;

import org.paperbridge.model.Article;

/**
 * BCP 47 tags that say what a text is: {@code zh-Hant} for the Chinese of an article in traditional
 * script, {@code zh-Hans} for other Chinese, {@code en} for English.
 */
public final class LanguageTags {
    public static final String SIMPLIFIED = "zh-Hans";
    public static final String TRADITIONAL = "zh-Hant";
    public static final String ENGLISH = "en";

    private LanguageTags() {
    }

    /** The tag of the article's Chinese: traditional exactly when the pipeline gave it simplified forms. */
    public static String chinese(Article article) {
        return article.simplified() != null ? TRADITIONAL : SIMPLIFIED;
    }

    /** The tag of a text of the article told {@code zh} or {@code en}. */
    public static String of(String lang, Article article) {
        return lang.equals("zh") ? chinese(article) : ENGLISH;
    }
}
