package org.paperbridge.ingest;

import java.util.List;

/**
 * The blocks of one source in reading order, with the format they came from and what the
 * extractor had to repair on the way (becomes the article's warnings).
 */
public record Blocks(String format, Integer pages, List<Block> blocks, List<String> warnings) {
    public Blocks {
        blocks = List.copyOf(blocks);
        warnings = List.copyOf(warnings);
    }

    public Blocks(String format, Integer pages, List<Block> blocks) {
        this(format, pages, blocks, List.of());
    }

    public Blocks withBlocks(List<Block> newBlocks) {
        return new Blocks(format, pages, newBlocks, warnings);
    }
}
