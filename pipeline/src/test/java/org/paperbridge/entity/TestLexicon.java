package org.paperbridge.entity;

/** One lexicon and tagger shared by the tests of a fork (loading takes a moment). */
final class TestLexicon {
    private static Lexicon lexicon;

    private TestLexicon() {
    }

    static synchronized Lexicon lexicon() {
        if (lexicon == null) {
            lexicon = Lexicon.load();
        }
        return lexicon;
    }

    static EntityTagger tagger() {
        return new EntityTagger(lexicon());
    }
}
