package org.paperbridge.entity;

import org.paperbridge.ner.DictionaryHints;

/**
 * The lexicons as features for the learned tagger: every key match with the types of its senses,
 * before any boundary, case or context rule (the tagger learns how far each deserves trust).
 */
public final class LexiconHints implements DictionaryHints {
    private final Lexicon lexicon;

    public LexiconHints(Lexicon lexicon) {
        this.lexicon = lexicon;
    }

    @Override
    public void find(String text, Sink sink) {
        MatchText mt = MatchText.of(text);
        lexicon.match(mt.folded(), (b, e, senses) -> {
            int start = mt.start(b);
            int end = mt.end(e);
            String last = null;
            for (LexiconEntry sense : senses) {
                String type = sense.type();
                if (!type.equals(last)) {
                    sink.match(start, end, type);
                    last = type;
                }
            }
        });
    }
}
