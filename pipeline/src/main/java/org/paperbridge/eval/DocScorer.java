package org.paperbridge.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Scores one output article (its JSON, as in {@code docs/<id>.json}) against one gold file. The
 * core fields follow {@code ../shared/checks/check-docs} rule for rule, so the two agree on them;
 * a gold field that is null or absent is not scored.
 */
public final class DocScorer {
    private static final Pattern TOP_NUMBER = Pattern.compile("\\d+");

    public List<FieldResult> score(JsonNode gold, JsonNode article) {
        List<FieldResult> out = new ArrayList<>();
        JsonNode title = article.path("title");
        similarText(out, "title_zh", gold, text(title, "zh"), TextKeys::zh);
        similarText(out, "title_en", gold, text(title, "en"), TextKeys::en);
        names(out, gold, article);
        keywords(out, gold, article.path("keywords"));
        firstSentence(out, "abstract_zh_first_sentence", gold, article.path("abstract").path("zh"), TextKeys::zh);
        firstSentence(out, "abstract_en_first_sentence", gold, article.path("abstract").path("en"), TextKeys::en);
        JsonNode ids = article.path("identifiers");
        if (present(gold, "doi")) {
            String got = text(ids, "doi");
            out.add(new FieldResult("doi", TextKeys.en(got).equals(TextKeys.en(gold.get("doi").asText())), got, true));
        }
        clc(out, gold, ids.path("clc"));
        sections(out, gold, article.path("sections"));
        if (gold.hasNonNull("reference_count")) {
            int got = article.path("references").size();
            out.add(new FieldResult("reference_count", got == gold.get("reference_count").asInt(), String.valueOf(got), true));
        }
        affiliations(out, gold, article.path("affiliations"));
        references(out, gold, article.path("references"));
        return out;
    }

    private static void similarText(List<FieldResult> out, String field, JsonNode gold, String got, UnaryOperator<String> key) {
        if (present(gold, field)) {
            out.add(new FieldResult(field, TextKeys.similar(key.apply(got), key.apply(gold.get(field).asText())), got, true));
        }
    }

    private static void names(List<FieldResult> out, JsonNode gold, JsonNode article) {
        List<String> zh = new ArrayList<>();
        List<String> en = new ArrayList<>();
        for (JsonNode a : article.path("authors")) {
            JsonNode name = a.path("name");
            if (nonEmpty(name, "zh")) {
                zh.add(TextKeys.zh(name.get("zh").asText()));
            }
            if (nonEmpty(name, "en")) {
                en.add(TextKeys.en(name.get("en").asText()));
            }
        }
        if (present(gold, "authors_zh")) {
            out.add(new FieldResult("authors_zh", zh.equals(keys(gold.get("authors_zh"), TextKeys::zh)), zh.toString(), true));
        }
        if (present(gold, "authors_en")) {
            List<String> want = keys(gold.get("authors_en"), TextKeys::en);
            boolean ok = en.size() == want.size();
            for (int i = 0; ok && i < want.size(); i++) {
                ok = TextKeys.similar(en.get(i).replace("-", ""), want.get(i).replace("-", ""));
            }
            out.add(new FieldResult("authors_en", ok, en.toString(), true));
        }
    }

    private static void keywords(List<FieldResult> out, JsonNode gold, JsonNode keywords) {
        for (String lang : List.of("zh", "en")) {
            String field = "keywords_" + lang;
            if (!present(gold, field)) {
                continue;
            }
            UnaryOperator<String> key = lang.equals("zh") ? TextKeys::zh : TextKeys::en;
            List<String> got = new ArrayList<>();
            for (JsonNode k : keywords) {
                if (nonEmpty(k, lang)) {
                    got.add(key.apply(k.get(lang).asText()));
                }
            }
            out.add(new FieldResult(field, got.equals(keys(gold.get(field), key)), got.toString(), true));
        }
    }

    private static void firstSentence(List<FieldResult> out, String field, JsonNode gold, JsonNode block, UnaryOperator<String> key) {
        if (!present(gold, field)) {
            return;
        }
        String first = null;
        JsonNode spans = block.path("sentences");
        if (block.hasNonNull("text") && spans.size() > 0) {
            String text = block.get("text").asText();
            JsonNode span = spans.get(0);
            first = codePointSlice(text, span.get(0).asInt(), span.get(1).asInt());
        }
        boolean ok = first != null && TextKeys.similar(key.apply(first), key.apply(gold.get(field).asText()));
        out.add(new FieldResult(field, ok, first, true));
    }

    private static void clc(List<FieldResult> out, JsonNode gold, JsonNode clc) {
        if (!present(gold, "clc")) {
            return;
        }
        List<String> got = new ArrayList<>();
        if (clc.isTextual()) {
            got.add(TextKeys.zh(clc.asText()));
        } else {
            clc.forEach(c -> got.add(TextKeys.zh(c.asText())));
        }
        List<String> want = new ArrayList<>();
        for (String c : gold.get("clc").asText().split(";", -1)) {
            want.add(TextKeys.zh(c));
        }
        got.sort(null);
        want.sort(null);
        out.add(new FieldResult("clc", got.equals(want), got.toString(), true));
    }

    private static void sections(List<FieldResult> out, JsonNode gold, JsonNode sections) {
        if (!present(gold, "top_level_sections")) {
            return;
        }
        List<String> got = new ArrayList<>();
        for (JsonNode s : sections) {
            if (s.hasNonNull("number") && TOP_NUMBER.matcher(s.get("number").asText()).matches()) {
                got.add(s.get("number").asText() + " " + (s.hasNonNull("title") ? s.get("title").asText() : ""));
            }
        }
        JsonNode want = gold.get("top_level_sections");
        boolean ok = got.size() == want.size();
        for (int i = 0; ok && i < got.size(); i++) {
            ok = TextKeys.similar(TextKeys.zh(got.get(i)), TextKeys.zh(want.get(i).asText()));
        }
        out.add(new FieldResult("top_level_sections", ok, got.toString(), true));
    }

    /** Each language's affiliation list: the same count, each one similar in turn. */
    private static void affiliations(List<FieldResult> out, JsonNode gold, JsonNode affiliations) {
        JsonNode want = gold.path("affiliations");
        for (String lang : List.of("zh", "en")) {
            List<String> w = new ArrayList<>();
            want.forEach(a -> {
                if (a.hasNonNull(lang)) {
                    w.add(TextKeys.loose(a.get(lang).asText()));
                }
            });
            if (w.isEmpty() || w.size() < want.size()) {
                continue; // a language the gold does not give for every affiliation is not scored
            }
            List<String> got = new ArrayList<>();
            affiliations.forEach(a -> {
                if (a.hasNonNull(lang)) {
                    got.add(TextKeys.loose(a.get(lang).asText()));
                }
            });
            boolean ok = got.size() == w.size();
            for (int i = 0; ok && i < w.size(); i++) {
                ok = TextKeys.similar(got.get(i), w.get(i));
            }
            out.add(new FieldResult("affiliations_" + lang, ok, got.toString(), false));
        }
    }

    /**
     * The first references split into fields: the reference with the gold's number must have a
     * similar title, the same year (when the gold gives one) and the gold's authors first.
     */
    private static void references(List<FieldResult> out, JsonNode gold, JsonNode references) {
        for (JsonNode want : gold.path("references_first3")) {
            if (!want.hasNonNull("title")) {
                continue;
            }
            int n = want.path("n").asInt();
            JsonNode got = null;
            for (JsonNode r : references) {
                if (r.path("n").asInt() == n) {
                    got = r;
                    break;
                }
            }
            String field = "reference_" + n;
            if (got == null) {
                out.add(new FieldResult(field, false, "no reference " + n, false));
                continue;
            }
            boolean ok = TextKeys.similar(TextKeys.loose(text(got, "title")), TextKeys.loose(want.get("title").asText()));
            if (want.hasNonNull("year")) {
                ok &= got.path("year").asInt(-1) == want.get("year").asInt();
            }
            JsonNode authors = want.path("authors");
            JsonNode gotAuthors = got.path("authors");
            for (int i = 0; ok && i < authors.size(); i++) {
                ok = i < gotAuthors.size()
                        && TextKeys.similar(TextKeys.loose(gotAuthors.get(i).asText()), TextKeys.loose(authors.get(i).asText()));
            }
            out.add(new FieldResult(field, ok, text(got, "title") + " / " + got.path("year").asText() + " / " + gotAuthors, false));
        }
    }

    private static List<String> keys(JsonNode list, UnaryOperator<String> key) {
        List<String> out = new ArrayList<>();
        list.forEach(x -> out.add(key.apply(x.asText())));
        return out;
    }

    /** As Python's truthiness in check-docs: a null, empty string or empty list is not scored. */
    private static boolean present(JsonNode gold, String field) {
        JsonNode v = gold.get(field);
        if (v == null || v.isNull()) {
            return false;
        }
        return v.isTextual() ? !v.asText().isEmpty() : !v.isArray() || v.size() > 0;
    }

    private static boolean nonEmpty(JsonNode node, String field) {
        return node.hasNonNull(field) && !node.get(field).asText().isEmpty();
    }

    private static String text(JsonNode node, String field) {
        JsonNode v = node.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }

    private static String codePointSlice(String text, int start, int end) {
        int n = text.codePointCount(0, text.length());
        int s = Math.max(0, Math.min(start, n));
        int e = Math.max(s, Math.min(end, n));
        return text.substring(text.offsetByCodePoints(0, s), text.offsetByCodePoints(0, e));
    }
}
