package org.paperbridge;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.paperbridge.align.ArticleAligner;
import org.paperbridge.align.LengthModel;
import org.paperbridge.clean.CleanChain;
import org.paperbridge.entity.EntityTagger;
import org.paperbridge.entity.Lexicon;
import org.paperbridge.ingest.Blocks;
import org.paperbridge.ingest.Extractors;
import org.paperbridge.lang.Languages;
import org.paperbridge.model.Abstract;
import org.paperbridge.model.AbstractText;
import org.paperbridge.model.Article;
import org.paperbridge.model.Paragraph;
import org.paperbridge.model.PipelineException;
import org.paperbridge.model.Section;
import org.paperbridge.model.Source;
import org.paperbridge.model.Stage;
import org.paperbridge.structure.ArticleAssembler;
import org.paperbridge.structure.ArticleStructure;
import org.paperbridge.structure.FrontMatter;
import org.paperbridge.structure.StructureParser;
import org.paperbridge.text.HanLPSetup;
import org.paperbridge.text.SentenceSplitter;
import org.paperbridge.text.SimplifiedForms;

/**
 * Composes the stages: source bytes → blocks → clean blocks → front matter, sections and
 * references → sentences → article. A pure function of the bytes and the configuration: all file
 * writing lives in {@code corpus} and {@code batch}. Immutable and thread-safe: it holds no state
 * between sources.
 */
public final class Pipeline {
    private final Extractors extractors = new Extractors();
    private final CleanChain clean = CleanChain.standard();
    private final StructureParser structureParser = new StructureParser();
    private final ArticleAssembler assembler = new ArticleAssembler();
    private final SentenceSplitter sentenceSplitter = new SentenceSplitter();
    private final SimplifiedForms simplifiedForms = new SimplifiedForms();
    private final ArticleAligner aligner;
    private final EntityTagger tagger;

    /** A pipeline with the lexicons shipped in the jar. */
    public Pipeline() {
        this(new EntityTagger(loadLexiconWhileHanLPWarmsUp()));
    }

    private static Lexicon loadLexiconWhileHanLPWarmsUp() {
        HanLPSetup.warmUpInBackground();
        return Lexicon.load();
    }

    public Pipeline(EntityTagger tagger) {
        this(tagger, LengthModel.prior());
    }

    private Pipeline(EntityTagger tagger, LengthModel lengths) {
        this.tagger = tagger;
        this.aligner = new ArticleAligner(lengths);
    }

    /** The entity tagger of the last stage; thread-safe, so a service may tag free text with it too. */
    public EntityTagger tagger() {
        return tagger;
    }

    /** This pipeline aligning abstracts with {@code lengths} (e.g. fitted on the corpus) instead of the prior. */
    public Pipeline withLengthModel(LengthModel lengths) {
        return new Pipeline(tagger, lengths);
    }

    /** An article and how long each stage took (microseconds), for the manifest. */
    public record Result(Article article, Map<String, Long> stageMicros) {
    }

    public Result process(Path source) throws PipelineException {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(source);
        } catch (IOException e) {
            throw new PipelineException(Stage.READ, "cannot read file: " + e.getMessage(), e);
        }
        return process(source.toString(), bytes);
    }

    /** Processes one source through every stage; {@code path} is recorded in the article as given. */
    public Result process(String path, byte[] bytes) throws PipelineException {
        return finish(structure(path, bytes));
    }

    /** The stages after {@link #structure}: alignment and entities, on a structured article. */
    public Result finish(Result structured) throws PipelineException {
        Map<String, Long> micros = new LinkedHashMap<>(structured.stageMicros());
        long t = System.nanoTime();
        stopIfAbandoned();
        // The aligner may pair and reorder keywords: the simplified forms follow its order.
        Article article = simplifiedForms.addTo(aligner.align(structured.article()));
        t = lap(micros, Stage.ALIGN, t);
        stopIfAbandoned();
        article = tagger.tag(article);
        lap(micros, Stage.ENTITIES, t);
        return new Result(article, micros);
    }

    /**
     * The stages up to a structured article with sentences: ingest, clean, structure, text. No
     * alignment (abstract links are empty, keywords unpaired), no simplified forms (made
     * once, after the aligner has ordered the keywords) and no entities.
     */
    public Result structure(String path, byte[] bytes) throws PipelineException {
        Map<String, Long> micros = new LinkedHashMap<>();
        long t = System.nanoTime();
        Blocks blocks = extractors.extract(bytes, path);
        t = lap(micros, Stage.INGEST, t);
        stopIfAbandoned();
        Blocks cleaned = clean.apply(blocks);
        t = lap(micros, Stage.CLEAN, t);
        ArticleStructure parsed = structureParser.parse(cleaned);
        t = lap(micros, Stage.STRUCTURE, t);
        parsed = parsed.withSections(withSentences(parsed.sections()));
        FrontMatter fm = parsed.frontMatter();
        Abstract abs = new Abstract(abstractText(fm.abstractText().zh()), abstractText(fm.abstractText().en()),
                List.of());
        t = lap(micros, Stage.TEXT, t);
        String sha = Hashes.sha256(bytes);
        Article article = assembler.assemble(ArticleIds.of(fm.identifiers().doi(), sha),
                new Source(path, cleaned.format(), sha, cleaned.pages()), parsed, abs, blocks.warnings());
        lap(micros, Stage.ASSEMBLE, t);
        return new Result(article, micros);
    }

    private List<Section> withSentences(List<Section> sections) {
        List<Section> out = new ArrayList<>(sections.size());
        for (Section s : sections) {
            List<Paragraph> paragraphs = new ArrayList<>(s.paragraphs().size());
            for (Paragraph p : s.paragraphs()) {
                paragraphs.add(p.withSentences(sentenceSplitter.split(p.text())));
            }
            out.add(new Section(s.id(), s.number(), s.level(), s.title(), paragraphs, withSentences(s.sections())));
        }
        return out;
    }

    private AbstractText abstractText(String text) {
        return text == null || text.isBlank() ? null : new AbstractText(Languages.of(text), text, sentenceSplitter.split(text));
    }

    /** A batch that gave up on this source (timeout) interrupts its thread: stop between stages. */
    private static void stopIfAbandoned() throws PipelineException {
        if (Thread.currentThread().isInterrupted()) {
            throw new PipelineException(Stage.TIMEOUT, "abandoned: the time limit for this file ran out");
        }
    }

    private static long lap(Map<String, Long> micros, Stage stage, long since) {
        long now = System.nanoTime();
        micros.put(stage.label(), (now - since) / 1000);
        return now;
    }

}
