package org.paperbridge.solr.plugin;

import java.util.Map;

import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.TokenizerFactory;
import org.apache.lucene.util.AttributeFactory;
import org.paperbridge.index.BioTokenizer;

/**
 * The {@code text_en} tokenizer inside Solr: English words, with biomedical symbols (IL-1β,
 * miR-182-5p, BM-MSCs) kept whole and their folded variants stacked at the same position.
 */
public final class BioTokenizerFactory extends TokenizerFactory {
    /**
     * This class's name for the configset: a constant, so the command line writes it without
     * loading Solr's classes, and a renamed class breaks the build instead of the cluster.
     */
    public static final String CLASS = "org.paperbridge.solr.plugin.BioTokenizerFactory";
    public static final String NAME = "paperbridgeBio";

    public BioTokenizerFactory(Map<String, String> args) {
        super(args);
        if (!args.isEmpty()) {
            throw new IllegalArgumentException("unknown parameters: " + args);
        }
    }

    /** For the analysis SPI only. */
    public BioTokenizerFactory() {
        throw defaultCtorException();
    }

    @Override
    public Tokenizer create(AttributeFactory factory) {
        return new BioTokenizer(factory);
    }
}
