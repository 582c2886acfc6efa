package org.paperbridge.ingest;

import java.util.List;

/** The blocks of one source in reading order, with the format they came from. */
public record Blocks(String format, Integer pages, List<Block> blocks) {
    public Blocks {
        blocks = List.copyOf(blocks);
    }

    public Blocks withBlocks(List<Block> newBlocks) {
        return new Blocks(format, pages, newBlocks);
    }
}
