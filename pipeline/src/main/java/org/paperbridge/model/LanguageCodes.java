package org.paperbridge.model;

import java.util.Set;

/** The language codes a stored text may carry; deciding which one is {@code lang.Languages}' job. */
final class LanguageCodes {
    static final Set<String> CODES = Set.of("zh", "en");

    private LanguageCodes() {
    }

    static void require(String lang) {
        if (lang == null || !CODES.contains(lang)) {
            throw new IllegalArgumentException("lang must be zh or en, not " + lang);
        }
    }
}
