package org.paperbridge.clean;

import java.util.List;

import org.paperbridge.ingest.Block;

/** One cleaning step over the blocks of an article, like a Lucene TokenFilter over tokens. */
public interface BlockFilter {
    List<Block> apply(List<Block> blocks);
}
