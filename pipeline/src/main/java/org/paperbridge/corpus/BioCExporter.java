package org.paperbridge.corpus;

import org.paperbridge.lang.LanguageTags;
import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import org.paperbridge.model.Article;
import org.paperbridge.model.CodePoints;
import org.paperbridge.model.Entity;
import org.paperbridge.model.Span;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * Writes {@code ner/bioc.json}: a BioC JSON collection, one document per article, one passage per
 * title, abstract, paragraph and reference title (infons type title/abstract/paragraph/ref, lang
 * zh-Hans, zh-Hant or en), its sentences with their offsets and text, entities as annotations on
 * the passage. BioC readers fail on a missing key, so
 * every key is written, with empty lists and maps where there is nothing; offsets are code points.
 */
public final class BioCExporter implements Exporter {
    private static final JsonFactory FACTORY = new JsonFactory();

    private final Path target;
    private final String date;
    private SegmentedOutput out;
    private JsonGenerator json;
    private int accepted;

    /** Writes {@code outputDir/ner/bioc.json}. */
    public BioCExporter(Path outputDir) {
        this(outputDir, "");
    }

    /** {@code date} fills the collection's date key (left empty by default so runs stay byte-identical). */
    public BioCExporter(Path outputDir, String date) {
        this.target = outputDir.resolve("ner").resolve("bioc.json");
        this.date = date;
    }

    @Override
    public void accept(Article article) throws IOException {
        accept(article, prepare(article));
    }

    @Override
    public void accept(Article article, Object prepared) throws IOException {
        byte[] document = prepared instanceof byte[] bytes ? bytes : (byte[]) prepare(article);
        if (json == null) {
            open();
        }
        json.flush();
        out.beginArticle(accepted++);
        // The generator writes the separator and counts the value; the document's bytes follow it.
        json.writeRawValue("");
        json.flush();
        out.separatorWritten();
        out.write(document);
    }

    @Override
    public void withdraw(int ordinal, Article article) {
        out.withdraw(ordinal);
    }

    /**
     * The article's document object, pretty-printed at the depth it has in the collection (inside
     * {@code documents}), so the ordered writer only copies bytes. Thread-safe.
     */
    @Override
    public Object prepare(Article article) throws IOException {
        ByteArrayOutputStream buffer = new ByteArrayOutputStream(1 << 14);
        JsonGenerator g = FACTORY.createGenerator(buffer, JsonEncoding.UTF8);
        g.useDefaultPrettyPrinter();
        g.writeStartObject();
        g.writeArrayFieldStart("documents");
        g.flush();
        int start = buffer.size();
        writeDocument(g, article);
        g.flush();
        byte[] all = buffer.toByteArray();
        // Skip the indentation the pretty printer put before the first array value.
        while (all[start] != '{') {
            start++;
        }
        return Arrays.copyOfRange(all, start, all.length);
    }

    private static void writeDocument(JsonGenerator json, Article article) throws IOException {
        json.writeStartObject();
        json.writeStringField("id", article.id());
        json.writeObjectFieldStart("infons");
        json.writeEndObject();
        json.writeArrayFieldStart("passages");
        int offset = 0;
        int annotation = 1;
        for (NerPassages.Passage p : NerPassages.of(article).passages()) {
            json.writeStartObject();
            json.writeNumberField("offset", offset);
            json.writeObjectFieldStart("infons");
            json.writeStringField("type", p.kind());
            json.writeStringField("where", p.where());
            json.writeStringField("lang", LanguageTags.of(p.lang(), article));
            json.writeEndObject();
            json.writeStringField("text", p.text());
            json.writeArrayFieldStart("sentences");
            for (Span s : p.sentences()) {
                json.writeStartObject();
                json.writeNumberField("offset", offset + s.start());
                json.writeObjectFieldStart("infons");
                json.writeEndObject();
                json.writeStringField("text", CodePoints.substring(p.text(), s));
                json.writeArrayFieldStart("annotations");
                json.writeEndArray();
                json.writeArrayFieldStart("relations");
                json.writeEndArray();
                json.writeEndObject();
            }
            json.writeEndArray();
            json.writeArrayFieldStart("annotations");
            for (Entity e : p.entities()) {
                json.writeStartObject();
                json.writeStringField("id", "T" + annotation++);
                json.writeObjectFieldStart("infons");
                json.writeStringField("type", e.type());
                json.writeStringField("identifier", e.id() != null ? e.id() : e.norm());
                json.writeStringField("norm", e.norm());
                json.writeEndObject();
                json.writeStringField("text", e.text());
                json.writeArrayFieldStart("locations");
                json.writeStartObject();
                json.writeNumberField("offset", offset + e.start());
                json.writeNumberField("length", e.end() - e.start());
                json.writeEndObject();
                json.writeEndArray();
                json.writeEndObject();
            }
            json.writeEndArray();
            json.writeArrayFieldStart("relations");
            json.writeEndArray();
            json.writeEndObject();
            // Passages follow one another with one separator, as in PubTator-derived BioC.
            offset += p.text().codePointCount(0, p.text().length()) + 1;
        }
        json.writeEndArray();
        json.writeArrayFieldStart("relations");
        json.writeEndArray();
        json.writeEndObject();
    }

    private void open() throws IOException {
        out = new SegmentedOutput(target);
        json = FACTORY.createGenerator(out, JsonEncoding.UTF8);
        // flush() then only hands the generator's buffer to {@code out}, which is not flushed to disk.
        json.disable(JsonGenerator.Feature.FLUSH_PASSED_TO_STREAM);
        json.useDefaultPrettyPrinter();
        json.writeStartObject();
        json.writeStringField("source", "PaperBridge");
        json.writeStringField("date", date);
        json.writeStringField("key", "paperbridge.key");
        json.writeObjectFieldStart("infons");
        json.writeEndObject();
        json.writeArrayFieldStart("documents");
    }

    @Override
    public void close() throws IOException {
        if (json == null) {
            open();
        }
        json.flush();
        out.beginTail();
        json.writeEndArray();
        json.writeEndObject();
        json.close();
    }
}
