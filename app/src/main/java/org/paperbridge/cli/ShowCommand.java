package org.paperbridge.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import org.paperbridge.ArticleIds;
import org.paperbridge.PipelineConfig;
import org.paperbridge.io.Json;
import org.paperbridge.model.Affiliation;
import org.paperbridge.model.Article;
import org.paperbridge.model.Author;
import org.paperbridge.model.Funding;
import org.paperbridge.model.Keyword;
import org.paperbridge.model.Paragraph;
import org.paperbridge.model.PipelineException;
import org.paperbridge.model.Section;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code paperbridge show FILE|ID}: a readable outline of one article. */
@Command(name = "show", mixinStandardHelpOptions = true,
        description = "Print an outline of one article: an article JSON, a source file, or an id in the output folder.")
public final class ShowCommand implements Callable<Integer> {
    @Parameters(paramLabel = "FILE|ID", description = "docs/<id>.json, a source article, or an article id.")
    String target;

    @Option(names = "--out", paramLabel = "DIR",
            description = "Output folder to look ids up in (default: 'out' of the config, output/).")
    Path out;

    @Mixin
    ConfigOptions config = new ConfigOptions();

    @Mixin
    SourceOptions source = new SourceOptions();

    /** The resolved configuration: where ids are looked up, and the guards a source is processed under. */
    private PipelineConfig cfg;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        PrintWriter err = spec.commandLine().getErr();
        Article article;
        try {
            cfg = source.applyTo(config.resolve());
            if (out == null) {
                out = Path.of(cfg.out());
            }
        } catch (IllegalArgumentException | IOException e) {
            err.println("paperbridge show: " + Main.oneLine(e));
            return Main.USAGE;
        }
        try {
            article = load();
        } catch (PipelineException e) {
            err.println("paperbridge show: " + target + ": " + e.getMessage() + " (stage " + e.stage() + ")");
            return 1;
        } catch (NotAnArticle e) {
            err.println("paperbridge show: " + e.getMessage());
            return Main.USAGE;
        }
        if (article == null) {
            err.println("paperbridge show: no file or article id '" + target + "' (looked in " + out.resolve("docs") + ")");
            return Main.USAGE;
        }
        print(article, spec.commandLine().getOut());
        return 0;
    }

    /** A file named as an article JSON or by id that is none; the message is one line. */
    private static final class NotAnArticle extends Exception {
        NotAnArticle(String message) {
            super(message);
        }
    }

    private Article load() throws IOException, PipelineException, NotAnArticle {
        Path p = Path.of(target);
        if (Files.isRegularFile(p)) {
            if (p.getFileName().toString().endsWith(".json") && looksLikeArticle(p)) {
                return readArticle(p);
            }
            // A source file: processed as a run would, under the same limits and guards.
            return GuardedSource.of(cfg).process(p);
        }
        if (!ArticleIds.isWellFormed(target)) {
            return null; // "../manifest" and the like name no article: never resolved against docs/
        }
        // The committed generation, resolved once: a run committing meanwhile cannot swap it mid-read.
        Path doc = org.paperbridge.batch.Generation.committed(out).resolve("docs").resolve(target + ".json");
        return Files.isRegularFile(doc) ? readArticle(doc) : null;
    }

    private static boolean looksLikeArticle(Path p) {
        try {
            var node = Json.MAPPER.readTree(p.toFile());
            return node != null && node.has("schemaVersion") && node.has("sections");
        } catch (IOException e) {
            return false; // not JSON at all: perhaps MinerU's, or a source of another kind
        }
    }

    private static Article readArticle(Path p) throws NotAnArticle {
        try {
            return Json.MAPPER.readValue(p.toFile(), Article.class);
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            throw new NotAnArticle(p + " is not a valid article JSON" + (at == null ? ""
                    : " (line " + at.getLineNr() + ", column " + at.getColumnNr() + ")") + ": " + problem(e));
        } catch (IOException e) {
            throw new NotAnArticle("cannot read " + p + ": " + Main.oneLine(e));
        }
    }

    /** What is wrong, in the file's terms: the field with a wrong value, or the syntax error. */
    private static String problem(JsonProcessingException e) {
        if (e instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
            StringBuilder path = new StringBuilder();
            for (JsonMappingException.Reference r : mapping.getPath()) {
                if (r.getFieldName() != null) {
                    path.append(path.isEmpty() ? "" : ".").append(r.getFieldName());
                } else if (r.getIndex() >= 0) {
                    path.append('[').append(r.getIndex()).append(']');
                }
            }
            return "'" + path + "' does not hold what an article has there";
        }
        return Main.oneLine(new Exception(e.getOriginalMessage()));
    }

    static void print(Article a, PrintWriter out) {
        out.println("id        " + a.id());
        out.println("source    " + a.source().path() + " (" + a.source().format() + ")");
        out.println("title     " + nz(a.title().zh()));
        out.println("          " + nz(a.title().en()));
        for (Author au : a.authors()) {
            out.println("author    " + nz(au.name().zh()) + " / " + nz(au.name().en())
                    + (au.corresponding() ? "  (corresponding" + (au.email() != null ? ", " + au.email() : "") + ")" : "")
                    + "  aff " + au.affiliations());
        }
        List<Affiliation> affs = a.affiliations();
        for (int i = 0; i < affs.size(); i++) {
            Affiliation af = affs.get(i);
            out.println("aff " + i + "     " + nz(af.zh()) + " / " + nz(af.en())
                    + (af.postcode() != null ? "  [" + af.postcode() + "]" : ""));
        }
        int zhSentences = a.abstract_().zh() == null ? 0 : a.abstract_().zh().sentences().size();
        int enSentences = a.abstract_().en() == null ? 0 : a.abstract_().en().sentences().size();
        out.println("abstract  zh " + zhSentences + " sentences, en " + enSentences + " sentences, "
                + a.abstract_().alignment().size() + " links");
        StringBuilder kw = new StringBuilder();
        for (Keyword k : a.keywords()) {
            kw.append(kw.isEmpty() ? "" : "; ").append(nz(k.zh())).append(" = ").append(nz(k.en()));
        }
        out.println("keywords  " + kw);
        out.println("ids       doi " + nz(a.identifiers().doi()) + ", clc " + a.identifiers().clc()
                + ", code " + nz(a.identifiers().documentCode()) + ", no. " + nz(a.identifiers().articleNumber()));
        out.println("dates     received " + nz(a.dates().received()) + ", revised " + nz(a.dates().revised())
                + ", accepted " + nz(a.dates().accepted()) + ", published " + nz(a.dates().published()));
        for (Funding f : a.funding()) {
            out.println("funding   " + f.funder() + " " + nz(f.grant()));
        }
        out.println("sections");
        printSections(a.sections(), out);
        out.println("references " + a.references().size() + ", glossary " + a.glossary().size()
                + ", entities " + a.entities().size());
        for (String w : a.warnings()) {
            out.println("warning   " + w);
        }
        out.flush();
    }

    private static void printSections(List<Section> sections, PrintWriter out) {
        for (Section s : sections) {
            int citations = 0;
            int sentences = 0;
            for (Paragraph p : s.paragraphs()) {
                citations += p.citations().size();
                sentences += p.sentences().size();
            }
            String head = s.number() == null && s.title() == null ? "(untitled)"
                    : (s.number() == null ? "" : s.number() + " ") + nz(s.title());
            out.printf("  %s%s  [%d paragraphs, %d sentences, %d citations]%n", "  ".repeat(Math.max(0, s.level() - 1)),
                    head, s.paragraphs().size(), sentences, citations);
            printSections(s.sections(), out);
        }
    }

    private static String nz(String s) {
        return s == null ? "-" : s;
    }
}
