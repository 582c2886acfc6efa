package org.paperbridge.structure;

import java.util.List;

import org.paperbridge.model.Affiliation;
import org.paperbridge.model.Author;
import org.paperbridge.model.Bilingual;
import org.paperbridge.model.Dates;
import org.paperbridge.model.Funding;
import org.paperbridge.model.Identifiers;

/**
 * Everything the front matter and the first-page footnotes say about an article.
 * Abstracts are plain text (sentences are split later); keywords are the two lists as printed,
 * paired later by the aligner.
 */
public record FrontMatter(Bilingual title, List<Author> authors, List<Affiliation> affiliations,
                         Bilingual abstractText, List<String> keywordsZh, List<String> keywordsEn,
                         Identifiers identifiers, Dates dates, List<Funding> funding, List<String> warnings) {
    public FrontMatter {
        authors = List.copyOf(authors);
        affiliations = List.copyOf(affiliations);
        keywordsZh = List.copyOf(keywordsZh);
        keywordsEn = List.copyOf(keywordsEn);
        funding = List.copyOf(funding);
        warnings = List.copyOf(warnings);
    }
}
