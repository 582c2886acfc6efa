package org.paperbridge;

import org.paperbridge.lang.Languages;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.paperbridge.align.ArticleAligner;
import org.paperbridge.align.BilingualDictionary;
import org.paperbridge.align.LengthModel;
import org.paperbridge.clean.CleanChain;
import org.paperbridge.entity.EntityTagger;
import org.paperbridge.entity.Lexicon;
import org.paperbridge.ingest.Block;
import org.paperbridge.ingest.BlockKind;
import org.paperbridge.ingest.Blocks;
import org.paperbridge.ingest.Extractors;
import org.paperbridge.ingest.Zone;
import org.paperbridge.model.Abstract;
import org.paperbridge.model.AbstractText;
import org.paperbridge.model.Article;
import org.paperbridge.model.Keyword;
import org.paperbridge.model.Paragraph;
import org.paperbridge.model.PipelineException;
import org.paperbridge.model.Reference;
import org.paperbridge.model.Section;
import org.paperbridge.model.Source;
import org.paperbridge.structure.FrontMatter;
import org.paperbridge.structure.FrontMatterParser;
import org.paperbridge.structure.ReferenceParser;
import org.paperbridge.structure.SectionParser;
import org.paperbridge.text.HanLPSetup;
import org.paperbridge.text.SentenceSplitter;
import org.paperbridge.text.SimplifiedForms;

/**
 * Composes the stages: source bytes → blocks → clean blocks → front matter, sections and
 * references → sentences → article. A pure function of the bytes and the configuration: all file
 * writing lives in {@code corpus} and {@code batch}. Thread-safe; create one per run.
 */
public final class Pipeline {
    /** Text with no structure at all is still an article when it is at least this long (code points). */
    static final int MIN_UNSTRUCTURED_LENGTH = 100;

    private final Extractors extractors = new Extractors();
    private final CleanChain clean = CleanChain.standard();
    private final FrontMatterParser frontMatterParser = new FrontMatterParser();
    private final SectionParser sectionParser = new SectionParser();
    private final ReferenceParser referenceParser = new ReferenceParser();
    private final SentenceSplitter sentenceSplitter = new SentenceSplitter();
    private final SimplifiedForms simplifiedForms = new SimplifiedForms();
    private final ArticleAligner aligner;
    private final EntityTagger tagger;
    /** Sources already structured (by a calibration pass), by path: used once instead of structuring again. */
    private final Map<String, Result> structured;

    /** A pipeline with the lexicons shipped in the jar. */
    public Pipeline() {
        this(new EntityTagger(loadLexiconWhileHanLPWarmsUp()));
    }

    private static Lexicon loadLexiconWhileHanLPWarmsUp() {
        HanLPSetup.warmUpInBackground();
        return Lexicon.load();
    }

    public Pipeline(EntityTagger tagger) {
        this(tagger, LengthModel.prior(), Map.of());
    }

    private Pipeline(EntityTagger tagger, LengthModel lengths, Map<String, Result> structured) {
        this.tagger = tagger;
        this.aligner = new ArticleAligner(lengths, BilingualDictionary.empty());
        this.structured = structured;
    }

    /**
     * This pipeline aligning abstracts with {@code lengths} (e.g. fitted on the corpus) instead of
     * the prior. {@code alreadyStructured} holds {@link #structure} results by source path; each is
     * used once, when the same path comes with the same bytes, so a calibration pass does not cost a
     * second structuring of the sources it sampled.
     */
    public Pipeline withLengthModel(LengthModel lengths, Map<String, Result> alreadyStructured) {
        return new Pipeline(tagger, lengths, new ConcurrentHashMap<>(alreadyStructured));
    }

    /** An article and how long each stage took (microseconds), for the manifest. */
    public record Result(Article article, Map<String, Long> stageMicros) {
    }

    public Result process(Path source) throws PipelineException {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(source);
        } catch (IOException e) {
            throw new PipelineException("read", "cannot read file: " + e.getMessage(), e);
        }
        return process(source.toString(), bytes);
    }

    /** Processes one source through every stage; {@code path} is recorded in the article as given. */
    public Result process(String path, byte[] bytes) throws PipelineException {
        Result structured = structuredBefore(path, bytes);
        if (structured == null) {
            structured = structure(path, bytes);
        }
        Map<String, Long> micros = new LinkedHashMap<>(structured.stageMicros());
        long t = System.nanoTime();
        stopIfAbandoned();
        // The aligner may pair and reorder keywords: the simplified forms follow its order.
        Article article = simplifiedForms.addTo(aligner.align(structured.article()));
        t = lap(micros, "align", t);
        stopIfAbandoned();
        article = tagger.tag(article);
        lap(micros, "entities", t);
        return new Result(article, micros);
    }

    /**
     * The stages up to a structured article with sentences: ingest, clean, structure, text. No
     * alignment (abstract links are empty, keywords paired by position) and no entities.
     */
    public Result structure(String path, byte[] bytes) throws PipelineException {
        Map<String, Long> micros = new LinkedHashMap<>();
        long t = System.nanoTime();
        Blocks blocks = extractors.extract(bytes, path);
        t = lap(micros, "ingest", t);
        stopIfAbandoned();
        Blocks cleaned = clean.apply(blocks);
        t = lap(micros, "clean", t);

        List<Block> front = new ArrayList<>();
        List<Block> body = new ArrayList<>();
        List<Block> back = new ArrayList<>();
        for (Block b : cleaned.blocks()) {
            if (b.kind() == BlockKind.FOOTNOTE || b.zone() == Zone.FRONT) {
                front.add(b);
            } else if (b.zone() == Zone.REFERENCES) {
                back.add(b);
            } else {
                body.add(b);
            }
        }
        FrontMatter fm = frontMatterParser.parse(front);
        List<Reference> references = referenceParser.parse(back);
        Set<Integer> refNumbers = new HashSet<>();
        for (Reference r : references) {
            refNumbers.add(r.n());
        }
        List<Section> sections = sectionParser.parse(body, refNumbers);
        t = lap(micros, "structure", t);

        sections = withSentences(sections);
        Abstract abs = new Abstract(abstractText(fm.abstractText().zh()), abstractText(fm.abstractText().en()),
                List.of());
        t = lap(micros, "text", t);

        List<String> warnings = new ArrayList<>(blocks.warnings());
        warnings.addAll(fm.warnings());
        boolean hasFront = !fm.title().isEmpty() || !fm.authors().isEmpty() || abs.zh() != null || abs.en() != null;
        boolean hasHeadings = sections.stream().anyMatch(s -> s.number() != null || s.title() != null);
        if (!hasFront && !hasHeadings && references.isEmpty() && bodyLength(sections) < MIN_UNSTRUCTURED_LENGTH) {
            throw new PipelineException("structure", "no recognizable structure: no title, abstract, headings "
                    + "or references, and under " + MIN_UNSTRUCTURED_LENGTH + " characters of text");
        }
        if (!hasFront) {
            warnings.add("no front matter found (no title, authors or abstract)");
        }
        if (sections.stream().noneMatch(Pipeline::hasParagraphs)) {
            warnings.add("no body paragraphs found");
        }
        if (references.isEmpty()) {
            warnings.add("no reference list found");
        }
        String sha = Hashes.sha256(bytes);
        String id = ArticleIds.of(fm.identifiers().doi(), sha);
        Article article = new Article(Article.SCHEMA_VERSION, id,
                new Source(path, cleaned.format(), sha, cleaned.pages()), fm.title(), fm.authors(),
                fm.affiliations(), abs, keywordsByPosition(fm.keywordsZh(), fm.keywordsEn()), fm.identifiers(),
                fm.dates(), fm.funding(), sections, references, List.of(), List.of(), warnings);
        article = simplifiedForms.addTo(article);
        lap(micros, "assemble", t);
        return new Result(article, micros);
    }

    /** The calibration pass's result for this path, when it was made from the same bytes. */
    private Result structuredBefore(String path, byte[] bytes) {
        if (structured.isEmpty()) {
            return null;
        }
        Result r = structured.remove(path);
        boolean same = r != null && r.article().source() != null
                && Hashes.sha256(bytes).equals(r.article().source().sha256());
        return same ? r : null;
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

    /** Pairs keywords by position; the aligner refines this with translation evidence. */
    private static List<Keyword> keywordsByPosition(List<String> zh, List<String> en) {
        List<Keyword> out = new ArrayList<>();
        for (int i = 0; i < Math.max(zh.size(), en.size()); i++) {
            out.add(new Keyword(i < zh.size() ? zh.get(i) : null, i < en.size() ? en.get(i) : null));
        }
        return out;
    }

    private static boolean hasParagraphs(Section s) {
        return !s.paragraphs().isEmpty() || s.sections().stream().anyMatch(Pipeline::hasParagraphs);
    }

    /** A batch that gave up on this source (timeout) interrupts its thread: stop between stages. */
    private static void stopIfAbandoned() throws PipelineException {
        if (Thread.currentThread().isInterrupted()) {
            throw new PipelineException("timeout", "abandoned: the time limit for this file ran out");
        }
    }

    private static int bodyLength(List<Section> sections) {
        int n = 0;
        for (Section s : sections) {
            for (Paragraph p : s.paragraphs()) {
                n += p.text().codePointCount(0, p.text().length());
            }
            n += bodyLength(s.sections());
        }
        return n;
    }

    private static long lap(Map<String, Long> micros, String stage, long since) {
        long now = System.nanoTime();
        micros.put(stage, (now - since) / 1000);
        return now;
    }

}
