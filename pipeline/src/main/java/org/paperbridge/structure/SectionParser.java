package org.paperbridge.structure;

import org.paperbridge.lang.Languages;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.paperbridge.ingest.Block;
import org.paperbridge.model.Paragraph;
import org.paperbridge.model.Section;

/**
 * Builds the section tree of the body from its headings and paragraphs, with citation markers
 * linked in each paragraph. Footnotes, running lines, tables, captions and equations are not
 * paragraphs and are left out. Sentences are left empty for the sentence splitter.
 *
 * <p>Ids: a numbered section is {@code "s" + number} ({@code s2.1}); unnumbered ones (the
 * untitled leading text, 致谢, …) are {@code s0}, {@code s0-2}, {@code s0-3}… in order; a
 * repeated id gets the next free {@code -k} suffix. Paragraphs are {@code p1, p2, …} in
 * document order across the article.
 */
public final class SectionParser {
    private final CitationLinker citationLinker = new CitationLinker();

    /**
     * @param bodyBlocks       the BODY-zone blocks in reading order
     * @param referenceNumbers the numbers of the article's references, for citation linking
     */
    public List<Section> parse(List<Block> bodyBlocks, Set<Integer> referenceNumbers) {
        SectionOutline outline = new SectionOutline();
        int paragraphs = 0;
        for (Block block : bodyBlocks) {
            String text = block.text().strip();
            if (text.isEmpty()) {
                continue;
            }
            switch (block.kind()) {
                case HEADING -> outline.heading(text, block.level());
                case PARAGRAPH, LIST_ITEM -> {
                    paragraphs++;
                    outline.current().paragraphs.add(new Paragraph("p" + paragraphs, Languages.of(text), text, List.of(),
                            citationLinker.link(text, referenceNumbers)));
                }
                default -> {
                    // FOOTNOTE, RUNNING, TABLE, CAPTION, EQUATION: not body paragraphs.
                }
            }
        }
        return toSections(outline.withLostNumbers(), new HashSet<>());
    }

    private static List<Section> toSections(List<SectionOutline.Node> nodes, Set<String> usedIds) {
        List<Section> out = new ArrayList<>();
        for (SectionOutline.Node n : nodes) {
            String id = uniqueId(n.number == null ? "s0" : "s" + n.number, usedIds);
            out.add(new Section(id, n.number, n.level, n.title, n.paragraphs, toSections(n.children, usedIds)));
        }
        return out;
    }

    private static String uniqueId(String base, Set<String> used) {
        String id = base;
        for (int k = 2; !used.add(id); k++) {
            id = base + "-" + k;
        }
        return id;
    }
}
