package org.paperbridge.structure;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.paperbridge.ingest.Block;
import org.paperbridge.model.Reference;

/**
 * Parses the reference list (GB/T 7714 and Vancouver styles) into {@link Reference}s: number,
 * type code, authors, title, container, year, volume, issue, pages and DOI.
 */
public final class ReferenceParser {
    /** GB/T 7714 document type code: [J], [M], [D], [C], [EB/OL], [J/OL], [DB/OL], [CP/DK]… */
    private static final Pattern TYPE = Pattern.compile("\\[([A-Z]{1,2}(?:/[A-Z]{1,2})?)\\]");
    /** Markdown emphasis left by converters: *Nat Cell Biol*, *et al.* */
    private static final Pattern EMPHASIS = Pattern.compile("(?<![\\w*])\\*{1,2}([^*\\n]+?)\\*{1,2}(?![\\w*])");
    private static final Pattern ET_AL = Pattern.compile("(?i)(?:[,，、]\\s*|\\s+)(?:et\\s*al\\b\\.?|等人?(?=\\s*[.．。,，]))");
    private static final Pattern URL = Pattern.compile("https?://\\S+");
    private static final Pattern PUBMED_ID = Pattern.compile("(?i)\\b(?:PMID|PMCID)\\s*[:：]?\\s*\\S+");

    private final ReferenceSegmenter segmenter = new ReferenceSegmenter();
    private final ReferenceAuthorsParser authorsParser = new ReferenceAuthorsParser();
    private final ReferenceSourceParser sourceParser = new ReferenceSourceParser();

    /** The references of the REFERENCES-zone blocks, in list order. */
    public List<Reference> parse(List<Block> referenceBlocks) {
        List<Reference> out = new ArrayList<>();
        for (ReferenceSegmenter.Entry e : segmenter.segment(referenceBlocks)) {
            out.add(parseEntry(e.n(), e.text()));
        }
        return out;
    }

    /** One entry, given its number and its text without the number. */
    Reference parseEntry(int n, String text) {
        String plain = text.indexOf('*') >= 0 ? EMPHASIS.matcher(text.strip()).replaceAll("$1") : text.strip();
        String raw = DoiRepair.repairInside(plain);
        Optional<DoiFinder.Found> doi = DoiFinder.find(raw);
        String work = raw;
        if (doi.isPresent()) {
            work = raw.substring(0, doi.get().start()) + raw.substring(doi.get().end());
        }
        work = PUBMED_ID.matcher(URL.matcher(work).replaceAll(" ")).replaceAll(" ");

        Matcher type = TYPE.matcher(work);
        String typeCode = null;
        String head;
        String tail;
        if (type.find()) {
            typeCode = type.group(1);
            head = work.substring(0, type.start());
            tail = work.substring(type.end());
        } else {
            head = work;
            tail = null;
        }
        int authorEnd = authorsEnd(head);
        ReferenceAuthorsParser.Authors authors = authorEnd < 0
                ? new ReferenceAuthorsParser.Authors(List.of(), false)
                : authorsParser.parse(head.substring(0, authorEnd));
        String rest = authorEnd < 0 ? head : head.substring(authorEnd);
        String title;
        ReferenceSourceParser.Source source;
        if (tail != null) {
            title = cleanTitle(rest);
            source = sourceParser.parse(tail);
        } else {
            ReferenceSourceParser.Split split = sourceParser.parseUntyped(rest);
            title = cleanTitle(split.title());
            source = split.source();
        }
        return new Reference(n, raw, typeCode, authors.names(), authors.etAl(), title, source.container(),
                source.year(), source.volume(), source.issue(), source.pages(), doi.map(DoiFinder.Found::doi).orElse(null));
    }

    /**
     * Where the author list ends in the part before the type code: after "et al." / 等, else at
     * the first full stop that is not an initial's. -1 when there is no author list.
     */
    private static int authorsEnd(String head) {
        Matcher m = ET_AL.matcher(head);
        if (m.find() && m.start() < 400) {
            int end = m.end();
            while (end < head.length() && ".．。,， ".indexOf(head.charAt(end)) >= 0) {
                end++;
            }
            return end;
        }
        for (int i = 0; i < head.length(); i++) {
            char c = head.charAt(i);
            if (c == '。' || c == '．') {
                return i + 1;
            }
            if (c == '.' && endsAuthors(head, i)) {
                return i + 1;
            }
        }
        return -1;
    }

    /** A period ends the authors when a title can follow, and not between dotted initials. */
    private static boolean endsAuthors(String s, int dot) {
        if (dot + 1 >= s.length()) {
            return false;
        }
        char next = s.charAt(dot + 1);
        if (Character.isWhitespace(next)) {
            // "Smith J. A., …": a single capital before and an initial after.
            String after = s.substring(dot + 1).stripLeading();
            boolean initialBefore = dot > 0 && Character.isUpperCase(s.charAt(dot - 1))
                    && (dot < 2 || !Character.isLetter(s.charAt(dot - 2)));
            boolean initialAfter = after.length() > 1 && Character.isUpperCase(after.charAt(0))
                    && (after.charAt(1) == '.' || after.charAt(1) == ',');
            return !(initialBefore && initialAfter);
        }
        return Character.UnicodeScript.of(next) == Character.UnicodeScript.HAN;
    }

    private static String cleanTitle(String s) {
        if (s == null) {
            return null;
        }
        String t = s.strip().replaceAll("^[.,;:，；：．。\\s]+", "").replaceAll("[.,;:，；：．。\\s]+$", "");
        return t.isEmpty() ? null : t;
    }
}
