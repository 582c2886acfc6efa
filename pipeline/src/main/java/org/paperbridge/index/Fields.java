package org.paperbridge.index;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.lucene.facet.FacetsConfig;

/**
 * Names of the index fields and facet dimensions: the schema shared by the writer, the searcher
 * and the SolrCloud configset (so names are plain identifiers, valid Solr field names).
 */
public final class Fields {
    public static final String KIND = "kind";
    public static final String KIND_ARTICLE = "article";
    public static final String KIND_PARAGRAPH = "paragraph";
    public static final String DOC_ID = "docId";
    /** docId and source sha256: equal keys mean the indexed documents are current. */
    public static final String SOURCE_KEY = "sourceKey";
    public static final String PARAGRAPH_ID = "paragraphId";
    public static final String SECTION_NUMBER = "sectionNumber";
    public static final String SECTION_TITLE = "sectionTitle";
    public static final String LANG = "lang";
    public static final String YEAR = "year";
    /** The DOI in exact-match form (searched); {@link #DOI_TEXT} keeps it as printed (shown). */
    public static final String DOI = "doi";
    public static final String DOI_TEXT = "doiText";
    public static final String KEYWORD = "keyword";
    public static final String AUTHOR = "author";
    public static final String AUTHOR_WORDS = "author_words";
    public static final String TITLE_ZH = "titleZh";
    public static final String TITLE_EN = "titleEn";
    /**
     * Stored on a paragraph: its entity mentions, one per line, "field TAB start TAB end TAB key|key…"
     * (code points into the paragraph; keys as in the entity field), so a hit on an entity field
     * highlights the mention itself.
     */
    public static final String ENTITY_SPANS = "entitySpans";
    /** A translation pair "zh TAB en" from the glossary or the keywords, read back by the searcher. */
    public static final String PAIR = "pair";

    /** Text groups with their ranking boost: title > keywords > abstract > body. */
    public static final String TITLE = "title";
    public static final String KEYWORDS = "keywords";
    public static final String ABSTRACT = "abstract";
    public static final String BODY = "text";
    public static final Map<String, Float> GROUP_BOOSTS = Map.of(TITLE, 4f, KEYWORDS, 3f, ABSTRACT, 2f, BODY, 1f);
    public static final List<String> GROUPS = List.of(TITLE, KEYWORDS, ABSTRACT, BODY);

    /** Entity types as query prefixes and facet dimensions, in display order. */
    public static final List<String> ENTITY_FIELDS = List.of("gene", "mirna", "ncrna", "cell", "disease", "chemical",
            "species");
    public static final String FACET_KEYWORD = "keyword";
    public static final String FACET_YEAR = "year";

    private Fields() {
    }

    /** The HanLP word field of a text group (text_zh, title_zh, …). */
    public static String zh(String group) {
        return group + "_zh";
    }

    public static String bigram(String group) {
        return group + "_zh_bigram";
    }

    public static String en(String group) {
        return group + "_en";
    }

    /** The entity field of a model entity type (cell_type → cell), or null for a type the index does not know. */
    public static String entityField(String type) {
        if (type == null) {
            return null;
        }
        String t = type.toLowerCase(Locale.ROOT);
        if (t.equals("cell_type") || t.equals("celltype")) {
            t = "cell";
        }
        return ENTITY_FIELDS.contains(t) ? t : null;
    }

    /** Exact-match form of keyword values (DOI, names, entity norms): lower case, spaces collapsed. */
    public static String exact(String value) {
        String s = value.strip();
        StringBuilder sb = null;
        for (int i = 0; i < s.length(); i++) {
            boolean space = isSpace(s.charAt(i));
            if (sb == null && space && (s.charAt(i) != ' ' || isSpace(s.charAt(i + 1)))) {
                sb = new StringBuilder(s.length()).append(s, 0, i);
            }
            if (sb != null && (!space || !isSpace(s.charAt(i - 1)))) {
                sb.append(space ? ' ' : s.charAt(i));
            }
        }
        return (sb == null ? s : sb.toString()).toLowerCase(Locale.ROOT);
    }

    /**
     * The exact-match form of names, keywords and entity keys: {@link #exact} of the text with
     * traditional characters folded to simplified ones, so 張偉 and 张伟 are one key.
     */
    public static String key(String value) {
        return exact(org.paperbridge.lang.TraditionalChinese.fold(value));
    }

    /** The white space of regular expressions' \\s: space, tab, line breaks, form feed, vertical tab. */
    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }

    static FacetsConfig facetsConfig() {
        FacetsConfig config = new FacetsConfig();
        for (String dim : ENTITY_FIELDS) {
            config.setMultiValued(dim, true);
        }
        config.setMultiValued(FACET_KEYWORD, true);
        return config;
    }
}
