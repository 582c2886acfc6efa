package org.paperbridge.entity;

import org.paperbridge.ner.DictionaryHints;
import org.paperbridge.ner.EnglishTokenizer;
import org.paperbridge.ner.LearnedTagger;
import org.paperbridge.ner.Span;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * English mentions from the learned tagger, normalized through the lexicons. For the types it
 * was trained on the model decides which spans are mentions (it generalizes past the lexicons and
 * rejects words that merely fold to a symbol); each span then takes its id from, in order: an
 * abbreviation defined in the text, the lexicon key the whole span folds to (case, space, hyphen and
 * Greek folding; a plural's singular), else the longest lexicon match of the same type inside it
 * (the head of "activated T cells"). Where mentions of two learned types overlap (trypsin as gene
 * or chemical, dopamine inside "dopamine receptor"), the one the models preferred more per token
 * wins. The other types (miRNAs, ncRNAs, species) stay with the lexicons and RNA grammars: a learned
 * mention overlapping a miRNA or a kept ncRNA is dropped, an ncRNA key overlapping a learned mention (E12, U21: also
 * gene and clone names) is dropped unless it is an approved or hand-written name or the longer one
 * ("lncRNA H19"). Trusted gene symbols the model missed are kept in short texts only. An abbreviation
 * defined after a learned mention takes its type ({@link DefinedAbbreviations}).
 */
final class LearnedMentions {
    /** A lexicon key found in folded text: folded range and its senses. */
    record KeyMatch(int begin, int end, LexiconEntry[] senses) {
    }

    /**
     * Gene senses kept where the model found nothing: hand-written terms and approved symbols (after
     * the lexicon tagger's case and context rules), which a short text (a title, a keyword, "MMP-13 was
     * secreted") gives the model too little context to find. Measured on the devel splits, the same
     * fallback for cell types and diseases cost precision (JNLPBA cell_type F1 73 -> 60: ontology
     * labels inside cell-line and protein names), so only genes and defined abbreviations have it.
     */
    private static final Set<LexiconEntry.Source> TRUSTED_GENES = java.util.EnumSet.of(LexiconEntry.Source.HAND,
            LexiconEntry.Source.APPROVED_SYMBOL);

    /**
     * Texts of at most this many tokens get the gene fallback. In a whole sentence the model has
     * seen the context and its "no" is informed: on BC2GM devel sentences the fallback added 39
     * false mentions (Ca2 of Ca2+, SDS, cAMP, DLD of DLD-1 cells) for 8 true ones.
     */
    static final int FALLBACK_MAX_TOKENS = 12;

    /**
     * Senses that name one thing; alias and previous symbols and family names are shared or reused
     * (YAP, IFN-α for a whole group), so a span takes them only as the lexicon tagger read it.
     */
    private static final Set<LexiconEntry.Source> STRONG = java.util.EnumSet.of(LexiconEntry.Source.DEFINED,
            LexiconEntry.Source.HAND, LexiconEntry.Source.APPROVED_SYMBOL, LexiconEntry.Source.ONTOLOGY_NAME,
            LexiconEntry.Source.MOUSE_SYMBOL, LexiconEntry.Source.GENE_NAME, LexiconEntry.Source.ONTOLOGY_SYNONYM);

    private final Lexicon lexicon;
    private final LearnedTagger tagger;
    private final Set<String> types;

    LearnedMentions(Lexicon lexicon, LearnedTagger tagger) {
        this.lexicon = lexicon;
        this.tagger = tagger;
        this.types = new HashSet<>(tagger.types());
    }

    /** The candidates with the learned types' lexicon matches replaced by the model's normalized spans. */
    List<Candidate> merge(MatchText mt, List<KeyMatch> keys, List<Candidate> found, Map<String, LexiconEntry> defined) {
        DictionaryHints hints = (text, sink) -> {
            for (KeyMatch k : keys) {
                String last = null;
                for (LexiconEntry sense : k.senses()) {
                    if (!sense.type().equals(last)) {
                        sink.match(mt.start(k.begin()), mt.end(k.end()), sense.type());
                        last = sense.type();
                    }
                }
            }
        };
        List<Span> spans = preferred(tagger.tag(mt.original(), hints));
        spans = DefinedAbbreviations.apply(mt.original(), spans);
        List<Candidate> out = new ArrayList<>(found.size() + spans.size());
        List<Candidate> lexical = new ArrayList<>();
        List<Candidate> rnas = new ArrayList<>();
        for (Candidate c : found) {
            String type = c.entry().type();
            if (type.equals("ncrna") && !STRONG.contains(c.entry().source()) && overlapsNoLonger(c, spans)) {
                continue;
            }
            if (!types.contains(type)) {
                out.add(c);
                if (type.equals("mirna") || type.equals("ncrna")) {
                    rnas.add(c);
                }
            } else {
                lexical.add(c);
            }
        }
        boolean shortText = !lexical.isEmpty() && EnglishTokenizer.split(mt.original()).size() <= FALLBACK_MAX_TOKENS;
        for (Candidate c : lexical) {
            LexiconEntry.Source src = c.entry().source();
            boolean trusted = src == LexiconEntry.Source.DEFINED
                    || (shortText && c.entry().type().equals("gene") && TRUSTED_GENES.contains(src));
            if (trusted && !overlapsAny(c, spans)) {
                out.add(c);
            }
        }
        for (Span s : spans) {
            if (overlapsAny(s, rnas)) {
                continue;
            }
            out.add(new Candidate(s.start(), s.end(), sense(mt.original(), s, lexical, defined)));
        }
        return out;
    }

    private LexiconEntry sense(String text, Span s, List<Candidate> lexical, Map<String, LexiconEntry> defined) {
        String mention = text.substring(s.start(), s.end());
        String key = MatchText.key(mention);
        LexiconEntry d = defined.get(key);
        if (d != null && d.type().equals(s.type())) {
            return d;
        }
        for (Candidate c : lexical) {
            // The lexicon tagger's own reading of exactly this span has passed its case and context rules.
            if (c.start() == s.start() && c.end() == s.end() && c.entry().type().equals(s.type())) {
                return c.entry();
            }
        }
        LexiconEntry hit = ofType(lexicon.lookup(key), s.type());
        if (hit == null && key.length() > 3 && key.endsWith("s")) {
            hit = ofType(lexicon.lookup(key.substring(0, key.length() - 1)), s.type());
        }
        if (hit != null) {
            return hit;
        }
        Candidate head = null;
        for (Candidate c : lexical) {
            if (c.entry().type().equals(s.type()) && c.start() >= s.start() && c.end() <= s.end()
                    && (head == null || c.length() > head.length())) {
                head = c;
            }
        }
        if (head != null) {
            return head.entry();
        }
        return new LexiconEntry(s.type(), mention, null, null, LexiconEntry.Source.LEARNED, false, mention);
    }

    /** The first sense of {@code type} from a source that names one thing (not an alias, family or old symbol). */
    private static LexiconEntry ofType(List<LexiconEntry> senses, String type) {
        for (LexiconEntry e : senses) {
            if (e.type().equals(type) && STRONG.contains(e.source())) {
                return e;
            }
        }
        return null;
    }

    /** The spans left when each overlap between types goes to the span with the larger margin. */
    private static List<Span> preferred(List<Span> spans) {
        if (spans.size() < 2) {
            return spans;
        }
        List<Span> byMargin = new ArrayList<>(spans);
        byMargin.sort((a, b) -> Float.compare(b.margin(), a.margin()));
        List<Span> kept = new ArrayList<>(spans.size());
        for (Span s : byMargin) {
            boolean free = true;
            for (Span k : kept) {
                free &= k.start() >= s.end() || k.end() <= s.start();
            }
            if (free) {
                kept.add(s);
            }
        }
        return kept;
    }

    /** Whether a learned span at least as long as {@code c} overlaps it. */
    private static boolean overlapsNoLonger(Candidate c, List<Span> spans) {
        for (Span s : spans) {
            if (c.start() < s.end() && c.end() > s.start() && s.end() - s.start() >= c.length()) {
                return true;
            }
        }
        return false;
    }

    private static boolean overlapsAny(Candidate c, List<Span> spans) {
        for (Span s : spans) {
            if (c.start() < s.end() && c.end() > s.start()) {
                return true;
            }
        }
        return false;
    }

    private static boolean overlapsAny(Span s, List<Candidate> others) {
        for (Candidate c : others) {
            if (c.start() < s.end() && c.end() > s.start()) {
                return true;
            }
        }
        return false;
    }
}
