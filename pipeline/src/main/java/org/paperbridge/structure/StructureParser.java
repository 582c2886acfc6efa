package org.paperbridge.structure;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.paperbridge.ingest.Block;
import org.paperbridge.ingest.BlockKind;
import org.paperbridge.ingest.Blocks;
import org.paperbridge.ingest.Zone;
import org.paperbridge.model.Reference;
import org.paperbridge.model.Section;

/**
 * Routes the cleaned blocks by zone to the parser of each part: front matter (with the footnotes,
 * where affiliations and funding often sit), references, and the body, whose citations are linked
 * to the reference numbers found. Thread-safe.
 */
public final class StructureParser {
    private final FrontMatterParser frontMatterParser = new FrontMatterParser();
    private final SectionParser sectionParser = new SectionParser();
    private final ReferenceParser referenceParser = new ReferenceParser();

    public ArticleStructure parse(Blocks cleaned) {
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
        return new ArticleStructure(fm, sectionParser.parse(body, refNumbers), references);
    }
}
