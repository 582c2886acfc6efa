package org.paperbridge.structure;

import java.util.ArrayList;
import java.util.List;

import org.paperbridge.model.Abstract;
import org.paperbridge.model.Article;
import org.paperbridge.model.Keyword;
import org.paperbridge.model.Paragraph;
import org.paperbridge.model.PipelineException;
import org.paperbridge.model.Section;
import org.paperbridge.model.Source;
import org.paperbridge.model.Stage;

/**
 * Puts a structured article together: refuses text with no structure at all, says what is missing
 * in warnings. Keywords leave here unpaired (each on its own, {@link Keyword#unpaired}): pairing them
 * takes translation evidence, which is the aligner's job.
 */
public final class ArticleAssembler {
    /** Text with no structure at all is still an article when it is at least this long (code points). */
    public static final int MIN_UNSTRUCTURED_LENGTH = 100;

    /**
     * The article of {@code s} (sections with their sentences) and its abstract, with the extractor's
     * {@code warnings} first; {@code id} and {@code source} are the caller's (they depend on the bytes).
     */
    public Article assemble(String id, Source source, ArticleStructure s, Abstract abs, List<String> warnings)
            throws PipelineException {
        FrontMatter fm = s.frontMatter();
        List<String> all = new ArrayList<>(warnings);
        all.addAll(fm.warnings());
        boolean hasFront = !fm.title().isEmpty() || !fm.authors().isEmpty() || abs.zh() != null || abs.en() != null;
        boolean hasHeadings = s.sections().stream().anyMatch(x -> x.number() != null || x.title() != null);
        if (!hasFront && !hasHeadings && s.references().isEmpty() && bodyLength(s.sections()) < MIN_UNSTRUCTURED_LENGTH) {
            throw new PipelineException(Stage.STRUCTURE, "no recognizable structure: no title, abstract, headings "
                    + "or references, and under " + MIN_UNSTRUCTURED_LENGTH + " characters of text");
        }
        if (!hasFront) {
            all.add("no front matter found (no title, authors or abstract)");
        }
        if (s.sections().stream().noneMatch(ArticleAssembler::hasParagraphs)) {
            all.add("no body paragraphs found");
        }
        if (s.references().isEmpty()) {
            all.add("no reference list found");
        }
        return new Article(Article.SCHEMA_VERSION, id, source, fm.title(), fm.authors(), fm.affiliations(), abs,
                Keyword.unpaired(fm.keywordsZh(), fm.keywordsEn()), fm.identifiers(), fm.dates(), fm.funding(),
                s.sections(), s.references(), List.of(), List.of(), all);
    }

    private static boolean hasParagraphs(Section s) {
        return !s.paragraphs().isEmpty() || s.sections().stream().anyMatch(ArticleAssembler::hasParagraphs);
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
}
