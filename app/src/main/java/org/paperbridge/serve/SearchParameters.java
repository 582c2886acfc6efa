package org.paperbridge.serve;

import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.paperbridge.index.Fields;
import org.paperbridge.index.SearchOptions;

/**
 * The search options a user asks for by name (page, passages, facets, language, field), checked
 * against the documented maxima; shared by {@code search} and {@code serve} so that the same words
 * give the same search, and the same refusals. {@code flag} is how a name is written in messages:
 * {@code "--"} on the command line, {@code ""} for the HTTP API's parameters.
 */
public record SearchParameters(int limit, int offset, int passages, boolean facets, String lang, String field) {
    public static final int DEFAULT_LIMIT = 10;
    public static final int DEFAULT_PASSAGES = 3;

    /** The options, or an {@link IllegalArgumentException} whose message is one line naming the bad value. */
    public SearchOptions options(String flag) {
        if (limit < 1 || offset < 0 || passages < 1) {
            throw new IllegalArgumentException(String.format(Locale.ROOT,
                    "%1$slimit and %1$spassages must be at least 1, %1$soffset at least 0", flag));
        }
        if (limit > SearchOptions.MAX_LIMIT || offset > SearchOptions.MAX_OFFSET
                || passages > SearchOptions.MAX_PASSAGES) {
            throw new IllegalArgumentException(String.format(Locale.ROOT,
                    "%1$slimit is at most %2$,d, %1$soffset at most %3$,d, %1$spassages at most %4$,d (got %5$d, %6$d, %7$d)",
                    flag, SearchOptions.MAX_LIMIT, SearchOptions.MAX_OFFSET, SearchOptions.MAX_PASSAGES,
                    limit, offset, passages));
        }
        SearchOptions options = new SearchOptions(limit, offset, passages, Set.of("zh", "en"), Fields.GROUPS, facets);
        if (lang != null) {
            String l = lang.toLowerCase(Locale.ROOT);
            if (!l.equals("zh") && !l.equals("en")) {
                throw new IllegalArgumentException(flag + "lang must be zh or en, not '" + lang + "'");
            }
            options = options.withLanguages(Set.of(l));
        }
        if (field != null) {
            String group = switch (field.toLowerCase(Locale.ROOT)) {
                case "title" -> Fields.TITLE;
                case "abstract" -> Fields.ABSTRACT;
                case "keywords", "keyword" -> Fields.KEYWORDS;
                case "body", "text" -> Fields.BODY;
                default -> throw new IllegalArgumentException(
                        flag + "field must be title, abstract, keywords or body, not '" + field + "'");
            };
            options = options.withGroups(List.of(group));
        }
        return options;
    }
}
