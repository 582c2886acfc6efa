package org.paperbridge.entity;

/** One lexicon and tagger shared by the tests of a fork (loading takes a moment). */
final class TestLexicon {
    private static Lexicon lexicon;
    private static org.paperbridge.ner.LearnedTagger learned;

    private TestLexicon() {
    }

    static synchronized Lexicon lexicon() {
        if (lexicon == null) {
            lexicon = Lexicon.load();
        }
        return lexicon;
    }

    static synchronized EntityTagger tagger() {
        if (learned == null) {
            learned = org.paperbridge.ner.LearnedTagger.loadPackaged();
        }
        return new EntityTagger(lexicon(), learned);
    }
}
