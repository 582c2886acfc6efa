package org.paperbridge.solr.plugin;

import java.io.IOException;
import java.util.List;
import java.util.Map;

import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.TokenizerFactory;
import org.apache.lucene.util.AttributeFactory;
import org.apache.lucene.util.ResourceLoader;
import org.apache.lucene.util.ResourceLoaderAware;
import org.paperbridge.index.HanLPTokenizer;
import org.paperbridge.text.TermDictionary;

/**
 * The {@code text_zh} tokenizer inside Solr: HanLP words, with the terms of the {@code dictionary}
 * file of the configset (one per line, written by {@code paperbridge solr configset}) kept whole,
 * exactly as {@code paperbridge run} segments its local index.
 *
 * <pre>{@code <tokenizer class="org.paperbridge.solr.plugin.HanLPTokenizerFactory" dictionary="paperbridge-terms.txt"/>}</pre>
 */
public final class HanLPTokenizerFactory extends TokenizerFactory implements ResourceLoaderAware {
    /**
     * This class's name for the configset: a constant, so the command line writes it without
     * loading Solr's classes, and a renamed class breaks the build instead of the cluster.
     */
    public static final String CLASS = "org.paperbridge.solr.plugin.HanLPTokenizerFactory";
    public static final String NAME = "paperbridgeHanlp";

    private final String dictionaryFile;
    private TermDictionary dictionary = TermDictionary.empty();

    public HanLPTokenizerFactory(Map<String, String> args) {
        super(args);
        this.dictionaryFile = get(args, "dictionary");
        if (!args.isEmpty()) {
            throw new IllegalArgumentException("unknown parameters: " + args);
        }
    }

    /** For the analysis SPI only. */
    public HanLPTokenizerFactory() {
        throw defaultCtorException();
    }

    @Override
    public void inform(ResourceLoader loader) throws IOException {
        if (dictionaryFile != null) {
            List<String> terms = getLines(loader, dictionaryFile);
            dictionary = TermDictionary.of(terms);
        }
    }

    @Override
    public Tokenizer create(AttributeFactory factory) {
        return new HanLPTokenizer(factory, dictionary);
    }
}
