package org.paperbridge.clean;

import java.util.List;

import org.paperbridge.ingest.Block;
import org.paperbridge.ingest.BlockKind;
import org.paperbridge.ingest.Zone;

/** Small block builders shared by the clean-stage tests. */
final class TestBlocks {
    private TestBlocks() {
    }

    static Block para(String text) {
        return Block.of(text, BlockKind.PARAGRAPH);
    }

    static Block body(String text) {
        return new Block(text, BlockKind.PARAGRAPH, Zone.BODY, 0, 0);
    }

    static Block in(Zone zone, BlockKind kind, String text) {
        return new Block(text, kind, zone, 0, 0);
    }

    static List<String> texts(List<Block> blocks) {
        return blocks.stream().map(Block::text).toList();
    }

    static List<BlockKind> kinds(List<Block> blocks) {
        return blocks.stream().map(Block::kind).toList();
    }

    static List<Zone> zones(List<Block> blocks) {
        return blocks.stream().map(Block::zone).toList();
    }
}
