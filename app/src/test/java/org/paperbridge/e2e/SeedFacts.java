package org.paperbridge.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The seed's expected facts (fixtures/seed/expected.json) as assertions, group by group, the way
 * ../shared/checks/check-seed scores them; shared by the tests of every input format.
 */
final class SeedFacts {
    private SeedFacts() {
    }

    static void frontMatter(JsonNode article, JsonNode expected) {
        JsonNode t = article.get("title");
        assertEquals(Facts.nospace(expected.at("/title/zh").asText()), Facts.nospace(Facts.text(t.get("zh"))));
        assertEquals(Facts.norm(expected.at("/title/en").asText()), Facts.norm(Facts.text(t.get("en"))));
        JsonNode authors = article.get("authors");
        assertEquals(expected.get("authors").size(), authors.size());
        for (int i = 0; i < authors.size(); i++) {
            JsonNode e = expected.get("authors").get(i);
            JsonNode g = authors.get(i);
            assertEquals(Facts.nospace(e.get("zh").asText()), Facts.nospace(Facts.text(g.at("/name/zh"))));
            assertEquals(Facts.norm(e.get("en").asText()), Facts.norm(Facts.text(g.at("/name/en"))));
            assertEquals(e.get("corresponding").asBoolean(), g.get("corresponding").asBoolean());
            if (e.has("email")) {
                assertEquals(e.get("email").asText(), Facts.text(g.get("email")));
            }
        }
        JsonNode ea = expected.at("/affiliations/0");
        JsonNode ga = article.at("/affiliations/0");
        assertEquals(Facts.nospace(ea.get("zh").asText()), Facts.nospace(Facts.text(ga.get("zh"))));
        assertEquals(Facts.norm(ea.get("en").asText()), Facts.norm(Facts.text(ga.get("en"))));
        assertEquals(ea.get("postcode").asText(), Facts.text(ga.get("postcode")));
        Iterator<Map.Entry<String, JsonNode>> ids = expected.get("identifiers").fields();
        while (ids.hasNext()) {
            Map.Entry<String, JsonNode> e = ids.next();
            assertEquals(e.getValue(), article.at("/identifiers/" + e.getKey()), e.getKey());
        }
        assertEquals(expected.at("/dates/received"), article.at("/dates/received"));
        assertEquals(expected.at("/dates/revised"), article.at("/dates/revised"));
        Set<String> funding = new TreeSet<>();
        article.get("funding").forEach(f -> funding.add(Facts.nospace(Facts.text(f.get("funder"))) + "|" + Facts.text(f.get("grant"))));
        for (JsonNode f : expected.get("funding")) {
            assertTrue(funding.contains(Facts.nospace(f.get("funder").asText()) + "|" + f.get("grant").asText()), funding.toString());
        }
    }

    static void sectionTreeAndCitations(JsonNode article, JsonNode expected) {
        List<JsonNode> sections = Facts.walk(article.get("sections"));
        JsonNode want = expected.get("sections");
        assertEquals(want.size(), sections.size());
        for (int i = 0; i < want.size(); i++) {
            JsonNode w = want.get(i);
            JsonNode g = sections.get(i);
            String where = "section " + w.get("number");
            assertEquals(w.get("number"), g.get("number"), where);
            assertEquals(w.get("level"), g.get("level"), where);
            assertEquals(Facts.nospace(Facts.text(w.get("title"))), Facts.nospace(Facts.text(g.get("title"))), where);
            assertEquals(w.get("paragraphs").asInt(), g.get("paragraphs").size(), where);
            Set<Integer> cites = new TreeSet<>();
            for (JsonNode p : g.get("paragraphs")) {
                String text = p.get("text").asText();
                int length = text.codePointCount(0, text.length());
                for (JsonNode c : p.get("citations")) {
                    c.get("refs").forEach(r -> cites.add(r.asInt()));
                    int s = c.get("start").asInt();
                    int e = c.get("end").asInt();
                    assertTrue(0 <= s && s < e && e <= length, where);
                    String marker = text.substring(text.offsetByCodePoints(0, s), text.offsetByCodePoints(0, e));
                    assertTrue(marker.matches("\\[[0-9,\\-–~ ]+]"), "citation span covers its marker: " + marker);
                }
            }
            List<Integer> wantCites = new ArrayList<>();
            w.get("cites").forEach(c -> wantCites.add(c.asInt()));
            assertEquals(wantCites, new ArrayList<>(cites), where);
        }
    }

    static void bodyIsCleanAndRejoined(JsonNode article, JsonNode expected) {
        StringBuilder body = new StringBuilder();
        for (JsonNode s : Facts.walk(article.get("sections"))) {
            for (JsonNode p : s.get("paragraphs")) {
                body.append(p.get("text").asText()).append('\n');
            }
        }
        String flat = Facts.nospace(body.toString());
        for (JsonNode frag : expected.get("rejoined_across_page_breaks")) {
            assertTrue(flat.contains(Facts.nospace(frag.asText())), "rejoined: " + frag);
        }
        for (JsonNode bad : expected.get("must_not_appear_in_body")) {
            assertFalse(body.toString().contains(bad.asText()), "body free of " + bad);
        }
        for (JsonNode rx : expected.get("body_must_match")) {
            Pattern p = Pattern.compile(rx.asText());
            assertTrue(p.matcher(body).find() || p.matcher(Facts.norm(body.toString())).find(), "body matches " + rx);
        }
    }

    static void references(JsonNode article, JsonNode expected) {
        JsonNode refs = article.get("references");
        JsonNode want = expected.get("references");
        assertEquals(want.get("count").asInt(), refs.size());
        Iterator<Map.Entry<String, JsonNode>> dois = want.get("dois").fields();
        while (dois.hasNext()) {
            Map.Entry<String, JsonNode> e = dois.next();
            JsonNode r = refs.get(Integer.parseInt(e.getKey()) - 1);
            assertEquals(Integer.parseInt(e.getKey()), r.get("n").asInt());
            assertEquals(e.getValue().asText().toLowerCase(), Facts.text(r.get("doi")).toLowerCase(), "ref " + e.getKey());
        }
        for (JsonNode s : want.get("samples")) {
            JsonNode r = refs.get(s.get("n").asInt() - 1);
            String where = "ref " + s.get("n");
            assertEquals(Facts.norm(s.get("firstAuthor").asText()), Facts.norm(r.at("/authors/0").asText()), where);
            if (s.has("authors")) {
                List<String> a = new ArrayList<>();
                r.get("authors").forEach(x -> a.add(Facts.norm(x.asText())));
                List<String> b = new ArrayList<>();
                s.get("authors").forEach(x -> b.add(Facts.norm(x.asText())));
                assertEquals(b, a, where);
            }
            for (String k : List.of("etAl", "title", "container", "year", "volume", "pages", "type")) {
                if (s.has(k)) {
                    JsonNode w = s.get(k);
                    JsonNode g = r.get(k);
                    if (w.isTextual()) {
                        assertEquals(Facts.norm(w.asText()), Facts.norm(Facts.text(g)), where + " " + k);
                    } else {
                        assertEquals(w, g, where + " " + k);
                    }
                }
            }
        }
    }
}
