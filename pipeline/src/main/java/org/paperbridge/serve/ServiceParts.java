package org.paperbridge.serve;

import java.io.IOException;
import java.nio.file.Path;

import org.paperbridge.Pipeline;
import org.paperbridge.align.RunningTextSentences;
import org.paperbridge.align.SentenceAligner;
import org.paperbridge.entity.BilingualTerms;
import org.paperbridge.entity.EntityTagger;
import org.paperbridge.entity.Lexicon;
import org.paperbridge.index.CorpusIndex;
import org.paperbridge.index.SearchLexicon;
import org.paperbridge.index.Searcher;
import org.paperbridge.text.HanLPSetup;
import org.paperbridge.text.TermDictionary;

/**
 * The one place the service builds the pipeline's parts: the pipeline, the entity tagger, the
 * sentence aligner, the searcher and the index writer, each as {@code run} and {@code search}
 * build them (the lexicons shipped in the jar, the prior length model). Built once per process;
 * every part is thread-safe.
 */
public final class ServiceParts {
    private final EntityTagger tagger;
    private final Pipeline pipeline;
    private final BilingualTerms terms;
    private final SearchLexicon queries;

    private ServiceParts(Lexicon lexicon, BilingualTerms terms) {
        this.tagger = new EntityTagger(lexicon);
        this.pipeline = new Pipeline(tagger);
        this.terms = terms;
        // As search: the lexicons alone tag a query (a few words; the learned models add nothing there).
        this.queries = SearchLexicon.load(terms, new EntityTagger(lexicon, null));
    }

    /** Loads the lexicons (a second or two) while HanLP warms up. */
    public static ServiceParts load() {
        HanLPSetup.warmUpInBackground();
        return new ServiceParts(Lexicon.load(), BilingualTerms.load());
    }

    public Pipeline pipeline() {
        return pipeline;
    }

    public EntityTagger tagger() {
        return tagger;
    }

    /** A new aligner per request: cheap, and it keeps no state between texts. */
    public SentenceAligner aligner() {
        return new SentenceAligner();
    }

    public RunningTextSentences sentenceSplitter() {
        return new RunningTextSentences();
    }

    /** The searcher of the index at {@code dir}, with the lexicons' terms and translations as {@code search}'s. */
    public Searcher openSearcher(Path dir) throws IOException {
        return Searcher.open(dir, terms.chinese(), queries);
    }

    /** The writer {@code run} would open on the index at {@code dir}, segmenting with the same dictionary. */
    public CorpusIndex openWriter(Path dir) throws IOException {
        return CorpusIndex.open(dir, TermDictionary.of(terms.chinese()));
    }
}
