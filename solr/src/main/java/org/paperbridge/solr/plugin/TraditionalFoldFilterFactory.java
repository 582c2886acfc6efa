package org.paperbridge.solr.plugin;

import java.util.Map;

import org.apache.lucene.analysis.TokenFilterFactory;
import org.apache.lucene.analysis.TokenStream;
import org.paperbridge.index.TraditionalFoldFilter;

/** Traditional Chinese characters folded to simplified ones inside Solr, as in the local bigram field. */
public final class TraditionalFoldFilterFactory extends TokenFilterFactory {
    /**
     * This class's name for the configset: a constant, so the command line writes it without
     * loading Solr's classes, and a renamed class breaks the build instead of the cluster.
     */
    public static final String CLASS = "org.paperbridge.solr.plugin.TraditionalFoldFilterFactory";
    public static final String NAME = "paperbridgeTraditionalFold";

    public TraditionalFoldFilterFactory(Map<String, String> args) {
        super(args);
        if (!args.isEmpty()) {
            throw new IllegalArgumentException("unknown parameters: " + args);
        }
    }

    /** For the analysis SPI only. */
    public TraditionalFoldFilterFactory() {
        throw defaultCtorException();
    }

    @Override
    public TokenStream create(TokenStream input) {
        return new TraditionalFoldFilter(input);
    }
}
