package org.paperbridge.structure;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.paperbridge.ingest.Block;
import org.paperbridge.ingest.BlockKind;
import org.paperbridge.ingest.Zone;
import org.paperbridge.model.Affiliation;
import org.paperbridge.model.Author;
import org.paperbridge.model.Funding;

/**
 * Test support: blocks of a fixture article and assertions of a parsed front matter against the
 * facts of an expected.json, compared the way check-seed compares (NFKC, whitespace collapsed,
 * removed in Chinese, no spaces around Greek letters).
 */
final class FrontMatterFacts {
    private static final Pattern FOOTNOTE_START = Pattern.compile(
            "^(?:[*∗✉]\\s*)?(?:收稿日期|基金项目|通信作者|通讯作者|作者简介|Received|Foundation item|Corresponding author)");
    private static final Pattern BLANK_LINES = Pattern.compile("\\n[ \\t]*\\n");

    private FrontMatterFacts() {
    }

    static Path root() {
        return Path.of(System.getProperty("paperbridge.root", ".."));
    }

    static JsonNode json(Path path) throws IOException {
        return new ObjectMapper().readTree(path.toFile());
    }

    /** Blank-line-separated paragraphs of a text or Markdown article, Markdown heading marks dropped. */
    static List<String> paragraphs(Path article) throws IOException {
        List<String> out = new ArrayList<>();
        for (String p : BLANK_LINES.split(Files.readString(article).replace("\r\n", "\n"))) {
            String t = p.strip().replaceFirst("^#+\\s*", "");
            if (!t.isEmpty()) {
                out.add(t);
            }
        }
        return out;
    }

    /**
     * What the extract and clean stages hand the front-matter parser for a fixture: paragraphs
     * before the first numbered heading as FRONT, footnote-labelled paragraphs as FOOTNOTE.
     */
    static List<Block> frontBlocks(Path article) throws IOException {
        List<Block> blocks = new ArrayList<>();
        boolean body = false;
        for (String p : paragraphs(article)) {
            if (FOOTNOTE_START.matcher(p).find()) {
                blocks.add(new Block(p, BlockKind.FOOTNOTE, Zone.UNKNOWN, 1, 0));
                continue;
            }
            body |= org.paperbridge.clean.HeadingNumber.parse(p).isPresent() && p.length() < 60;
            if (!body) {
                blocks.add(new Block(p, BlockKind.PARAGRAPH, Zone.FRONT, 1, 0));
            }
        }
        return blocks;
    }

    static String norm(String s) {
        if (s == null) {
            return null;
        }
        String n = Normalizer.normalize(s, Normalizer.Form.NFKC).replaceAll("\\s+", " ").strip();
        n = n.replaceAll("\\s*([\\u0391-\\u03C9])\\s*", "$1");
        return n.codePoints().anyMatch(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN)
                ? n.replaceAll("\\s", "") : n;
    }

    private static String text(JsonNode n) {
        return n == null || n.isNull() ? null : n.asText();
    }

    /** Asserts every fact the expected file states about the front matter (absent keys are not checked). */
    static void assertMatches(JsonNode expected, FrontMatter fm) {
        JsonNode title = expected.get("title");
        assertEquals(norm(text(title.get("zh"))), norm(fm.title().zh()), "title.zh");
        assertEquals(norm(text(title.get("en"))), norm(fm.title().en()), "title.en");

        JsonNode authors = expected.get("authors");
        assertEquals(authors.size(), fm.authors().size(), "author count: " + fm.authors());
        for (int i = 0; i < authors.size(); i++) {
            JsonNode e = authors.get(i);
            Author a = fm.authors().get(i);
            assertEquals(norm(text(e.get("zh"))), norm(a.name().zh()), "author " + i + " zh");
            assertEquals(norm(text(e.get("en"))), norm(a.name().en()), "author " + i + " en");
            assertEquals(e.get("corresponding").asBoolean(), a.corresponding(), "author " + i + " corresponding");
            assertEquals(text(e.get("email")), a.email(), "author " + i + " email");
            if (e.has("affiliations")) {
                List<Integer> idx = new ArrayList<>();
                e.get("affiliations").forEach(x -> idx.add(x.asInt()));
                assertEquals(idx, a.affiliations(), "author " + i + " affiliations");
            }
        }

        JsonNode affs = expected.get("affiliations");
        assertEquals(affs.size(), fm.affiliations().size(), "affiliation count: " + fm.affiliations());
        for (int i = 0; i < affs.size(); i++) {
            Affiliation a = fm.affiliations().get(i);
            assertEquals(norm(text(affs.get(i).get("zh"))), norm(a.zh()), "affiliation " + i + " zh");
            assertEquals(norm(text(affs.get(i).get("en"))), norm(a.en()), "affiliation " + i + " en");
            assertEquals(text(affs.get(i).get("postcode")), a.postcode(), "affiliation " + i + " postcode");
        }

        JsonNode ids = expected.get("identifiers");
        assertEquals(text(ids.get("doi")), fm.identifiers().doi(), "doi");
        List<String> clc = new ArrayList<>();
        ids.get("clc").forEach(c -> clc.add(c.asText()));
        assertEquals(clc, fm.identifiers().clc(), "clc");
        assertEquals(text(ids.get("documentCode")), fm.identifiers().documentCode(), "documentCode");
        if (ids.has("articleNumber")) {
            assertEquals(text(ids.get("articleNumber")), fm.identifiers().articleNumber(), "articleNumber");
        }

        JsonNode dates = expected.get("dates");
        assertEquals(text(dates.get("received")), fm.dates().received(), "received");
        assertEquals(text(dates.get("revised")), fm.dates().revised(), "revised");
        if (dates.has("accepted")) {
            assertEquals(text(dates.get("accepted")), fm.dates().accepted(), "accepted");
        }
        if (dates.has("published")) {
            assertEquals(text(dates.get("published")), fm.dates().published(), "published");
        }

        List<String> funding = new ArrayList<>();
        expected.get("funding").forEach(f -> funding.add(norm(f.get("funder").asText()) + " | " + text(f.get("grant"))));
        List<String> actualFunding = new ArrayList<>();
        for (Funding f : fm.funding()) {
            actualFunding.add(norm(f.funder()) + " | " + f.grant());
        }
        assertEquals(funding, actualFunding, "funding");

        List<String> kwZh = new ArrayList<>();
        List<String> kwEn = new ArrayList<>();
        expected.get("keywords").forEach(k -> {
            kwZh.add(norm(k.get("zh").asText()));
            kwEn.add(norm(k.get("en").asText()));
        });
        assertEquals(kwZh, fm.keywordsZh().stream().map(FrontMatterFacts::norm).toList(), "keywords zh");
        assertEquals(kwEn, fm.keywordsEn().stream().map(FrontMatterFacts::norm).toList(), "keywords en");

        JsonNode abs = expected.get("abstract");
        if (abs.has("zh_sentences")) {
            assertEquals(norm(joined(abs.get("zh_sentences"))), norm(fm.abstractText().zh()), "abstract zh");
            assertEquals(norm(joined(abs.get("en_sentences"))), norm(fm.abstractText().en()), "abstract en");
        } else {
            assertEquals(norm(text(abs.get("zh"))), norm(fm.abstractText().zh()), "abstract zh");
            assertEquals(norm(text(abs.get("en"))), norm(fm.abstractText().en()), "abstract en");
        }
    }

    private static String joined(JsonNode sentences) {
        StringBuilder sb = new StringBuilder();
        sentences.forEach(s -> sb.append(sb.isEmpty() ? "" : " ").append(s.asText()));
        return sb.toString();
    }
}
