package org.paperbridge.structure;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.paperbridge.ingest.Block;
import org.paperbridge.lang.GluedWords;
import org.paperbridge.ingest.BlockKind;
import org.paperbridge.model.Author;
import org.paperbridge.model.Bilingual;
import org.paperbridge.model.Dates;
import org.paperbridge.model.Funding;
import org.paperbridge.model.Identifiers;
import org.paperbridge.structure.AffiliationParser.NumberedAffiliation;
import org.paperbridge.structure.FrontBlockClassifier.Classified;
import org.paperbridge.structure.FrontBlockClassifier.Shape;
import org.paperbridge.structure.FrontLayout.Entry;
import org.paperbridge.structure.FrontLayout.Layout;

/**
 * Reads the front matter: labelled blocks (摘要, Key words, 中图分类号, 收稿日期, 基金项目, 通信作者…)
 * go to the parser of their field; unlabelled blocks are told apart by shape into titles, author
 * lines and affiliations. Input: the blocks of {@code Zone.FRONT} and every {@code FOOTNOTE}
 * block, in document order. Missing fields stay null or empty and add a warning; odd input never
 * throws.
 */
public final class FrontMatterParser {
    private static final Pattern OPEN_LIST = Pattern.compile("[;；,，、]\\s*$");
    private static final Pattern SENTENCE = Pattern.compile("[。！？]|[.!?](?:\\s|$)|[:：]");
    private static final int MAX_KEYWORD_TAIL = 80;
    /** A byline wraps over three printed lines at most. */
    private static final int MAX_BYLINE_LINES = 3;
    /** A DOI a converter ran into the next line (…2022.0587孙瑞¹，潘熠1…): the Chinese after it is a block of its own. */
    private static final Pattern LEADING_DOI = Pattern.compile("^(?i:doi\\s*[:：]?\\s*)?10\\.\\d{4,9}/[^\\s\\p{IsHan}]+(?=\\p{IsHan})");

    /** A biography without its label: a name, then the sex and the age or birth year (陈飞虎，男，27岁，). */
    private static final Pattern UNLABELLED_BIOGRAPHY = Pattern.compile(
            "(?<=\\p{IsHan})(?:[(（]\\d{4}[-—–]?[)）])?[，,][男女][，,](?:\\d{1,3}岁|\\d{4}年|\\p{IsHan}{1,6}族)");

    private final LabelSplitter labelSplitter = new LabelSplitter();
    private final FrontBlockClassifier classifier = new FrontBlockClassifier();
    private final FrontLayout layout = new FrontLayout();
    private final KeywordParser keywordParser = new KeywordParser();
    private final IdentifierParser identifierParser = new IdentifierParser();
    private final DateParser dateParser = new DateParser();
    private final FundingParser fundingParser = new FundingParser();
    private final AffiliationParser affiliationParser = new AffiliationParser();
    private final AuthorParser authorParser = new AuthorParser();
    private final RunInChineseTitle runInTitle = new RunInChineseTitle(authorParser);
    private final BylineAssembler bylineAssembler = new BylineAssembler();
    private final CorrespondenceParser correspondenceParser = new CorrespondenceParser();
    private final GluedWords gluedWords = new GluedWords();

    /** The fields found so far; lives for one call of {@link #parse}. */
    private static final class Found {
        final List<Entry> entries = new ArrayList<>();
        final List<String> warnings = new ArrayList<>();
        String abstractZh;
        String abstractEn;
        FrontLabel openAbstract;
        /** A keyword field that ended on a separator: its list goes on in the next block. */
        FrontLabel openKeywords;
        final List<String> keywordsZh = new ArrayList<>();
        final List<String> keywordsEn = new ArrayList<>();
        String doi;
        final List<String> clc = new ArrayList<>();
        String documentCode;
        String articleNumber;
        String received;
        String revised;
        String accepted;
        String published;
        final List<Funding> funding = new ArrayList<>();
        final List<String> correspondence = new ArrayList<>();
        final List<String> biographies = new ArrayList<>();
    }

    public FrontMatter parse(List<Block> blocks) {
        Found f = new Found();
        List<Block> input = blocks == null ? List.of() : blocks;
        for (int i = 0; i < input.size(); i++) {
            Block block = input.get(i);
            if (block == null || block.text().isBlank()) {
                continue;
            }
            try {
                read(block, f);
            } catch (RuntimeException e) {
                f.warnings.add("front block " + i + " could not be read (" + e + ")");
            }
        }
        Layout zh = layout.layout(f.entries, true);
        Layout en = layout.layout(f.entries, false);
        repairGluedEnglish(f, en.title());
        List<NumberedAffiliation> zhAffiliations = affiliations(zh);
        List<NumberedAffiliation> enAffiliations = affiliations(en);
        BylineAssembler.Byline byline = bylineAssembler.assemble(zh.authors(), en.authors(), zhAffiliations,
                enAffiliations, f.warnings);
        List<Author> authors = correspondenceParser.attach(byline.authors(), f.correspondence, f.biographies,
                f.warnings);
        warnMissing(f, zh, en, byline);
        return new FrontMatter(new Bilingual(zh.title(), en.title()), authors, byline.affiliations(),
                new Bilingual(f.abstractZh, f.abstractEn), f.keywordsZh, f.keywordsEn,
                new Identifiers(f.doi, f.clc, f.documentCode, f.articleNumber),
                new Dates(f.received, f.revised, f.accepted, f.published), f.funding, f.warnings);
    }

    private void read(Block block, Found f) {
        // Ideographic spaces pad labels in print (中图分类号：R473.5　　文献标志码：A); they are plain spaces here.
        String text = block.text().replace('\u3000', ' ').strip();
        boolean footnote = block.kind() == BlockKind.FOOTNOTE;
        LabelSplitter.Split split = labelSplitter.split(text);
        if (!split.fields().isEmpty()) {
            if (!split.unlabelled().isEmpty() && !footnote) {
                readUnlabelled(split.unlabelled(), f);
            }
            for (LabelSplitter.Field field : split.fields()) {
                readField(field, f);
            }
            FrontLabel last = split.fields().get(split.fields().size() - 1).label();
            f.openAbstract = last == FrontLabel.ABSTRACT_ZH || last == FrontLabel.ABSTRACT_EN ? last : null;
            f.openKeywords = (last == FrontLabel.KEYWORDS_ZH || last == FrontLabel.KEYWORDS_EN)
                    && OPEN_LIST.matcher(text).find() ? last : null;
            return;
        }
        if (block.kind() == BlockKind.RUNNING) {
            return; // a running header or footer unlabelled (the journal's name) is page furniture
        }
        if (footnote) {
            // An unlabelled footnote with an address in it is the ✉ line of the corresponding author.
            if (!correspondenceParser.emails(text).isEmpty()) {
                f.correspondence.add(text);
            }
            return;
        }
        readUnlabelled(text, f);
    }

    private void readUnlabelled(String text, Found f) {
        int bio = biographyStart(text);
        if (bio > 0) {
            // 陈飞虎，赵广平陈飞虎，男，27岁，…: an author's biography run into the byline, its label lost
            f.biographies.add(text.substring(bio).strip());
            text = text.substring(0, bio).strip();
        }
        Classified c = classifier.classify(text);
        FrontLabel keywords = f.openKeywords;
        f.openKeywords = null;
        if (keywords != null && c.shape() == Shape.TEXT && continuesKeywords(text, keywords == FrontLabel.KEYWORDS_ZH)) {
            (keywords == FrontLabel.KEYWORDS_ZH ? f.keywordsZh : f.keywordsEn).addAll(keywordParser.parse(text));
            return;
        }
        if (f.openAbstract != null && c.shape() == Shape.TEXT
                && c.chinese() == (f.openAbstract == FrontLabel.ABSTRACT_ZH)) {
            // Structured abstracts (目的…方法…结果…结论) are sometimes one block per part.
            // (or the label stood alone and this is its text)
            if (f.openAbstract == FrontLabel.ABSTRACT_ZH) {
                f.abstractZh = f.abstractZh == null ? text : f.abstractZh + " " + text;
            } else {
                f.abstractEn = f.abstractEn == null ? text : f.abstractEn + " " + text;
            }
            return;
        }
        f.openAbstract = null;
        if (c.shape() == Shape.DOI) {
            if (f.doi == null) {
                f.doi = identifierParser.doi(text);
            }
            Matcher lead = LEADING_DOI.matcher(text);
            if (lead.find()) {
                readUnlabelled(text.substring(lead.end()), f);
            }
            return;
        }
        if ((c.shape() == Shape.TEXT || c.shape() == Shape.AFFILIATION) && text.indexOf('\n') > 0) {
            List<String> parts = bylineThenAffiliations(text);
            if (!parts.isEmpty()) {
                for (String part : parts) {
                    f.entries.add(new Entry(part, classifier.classify(part)));
                }
                return;
            }
        }
        if (!c.chinese() && (c.shape() == Shape.TEXT || c.shape() == Shape.AFFILIATION)) {
            // A title run into its byline (a PDF layer that kept the English front matter as one block).
            var titled = authorParser.titleAndByline(text);
            if (titled.isPresent()) {
                f.entries.add(new Entry(titled.get().title(), classifier.classify(titled.get().title())));
                f.entries.add(new Entry(titled.get().byline(), classifier.classify(titled.get().byline())));
                return;
            }
        }
        if (c.chinese() && (c.shape() == Shape.TEXT || c.shape() == Shape.AFFILIATION) && f.entries.stream()
                .noneMatch(e -> e.classified().shape() == Shape.AUTHORS
                        || e.classified().shape() == Shape.TEXT && e.classified().chinese())) {
            // A Chinese title run into its byline (MinerU lines of ChinaXiv manuscripts), before any
            // byline and any other Chinese line that could be the title.
            var titled = runInTitle.split(text);
            if (titled.isPresent()) {
                f.entries.add(new Entry(titled.get().title(), classifier.classify(titled.get().title())));
                f.entries.add(new Entry(titled.get().byline(), classifier.classify(titled.get().byline())));
                return;
            }
        }
        f.entries.add(new Entry(text, c));
    }

    /**
     * A byline and the affiliations under it that a converter left in one block, line by line
     * ({@code 杜虎1,2 曾馥平1,2* … 张 浩1.2} / {@code 曾昭霞1.2} / {@code 1中国科学院…，长沙 410125；}):
     * the longest run of first lines that reads as an author line, when the lines after it read
     * as affiliations; empty when the block is not so made.
     */
    private List<String> bylineThenAffiliations(String text) {
        String[] lines = text.split("\n");
        for (int k = Math.min(lines.length - 1, MAX_BYLINE_LINES); k >= 1; k--) {
            String byline = String.join(" ", java.util.Arrays.copyOfRange(lines, 0, k)).strip();
            String rest = String.join("\n", java.util.Arrays.copyOfRange(lines, k, lines.length)).strip();
            if (classifier.classify(rest).shape() == Shape.AFFILIATION
                    && classifier.classify(byline).shape() == Shape.AUTHORS) {
                return List.of(byline, rest);
            }
        }
        return List.of();
    }

    /**
     * Where an unlabelled biography starts inside a byline block: at the name before the sex and
     * age or birth year ({@code ，男，27岁，}) that is the name of an author printed before it (the
     * byline names the author the biography is about); -1 when there is none.
     */
    private static int biographyStart(String text) {
        Matcher m = UNLABELLED_BIOGRAPHY.matcher(text);
        while (m.find()) {
            for (int len = 3; len >= 2; len--) {
                int start = m.start() - len;
                if (start > 0 && text.substring(start, m.start()).codePoints().allMatch(Character::isIdeographic)
                        && text.indexOf(text.substring(start, m.start())) < start) {
                    return start;
                }
            }
        }
        return -1;
    }

    /**
     * The rest of a keyword list printed on the next line or page: short, in the list's language,
     * no sentence inside ({@code Key words semiparametric rates models; marginal regression;} then
     * {@code estimating equation}).
     */
    private static boolean continuesKeywords(String text, boolean chinese) {
        return text.length() <= MAX_KEYWORD_TAIL && FrontBlockClassifier.isChinese(text) == chinese
                && !SENTENCE.matcher(text).find();
    }

    /**
     * An English abstract that lost its spaces (OCR and PDF converters) gets them back, and so do
     * the English keywords, which lose them with it; the title's words count as known words.
     */
    private void repairGluedEnglish(Found f, String titleEn) {
        Set<String> vocabulary = new HashSet<>();
        if (titleEn != null) {
            for (String w : titleEn.toLowerCase(Locale.ROOT).split("[^a-z]+")) {
                if (w.length() >= 3) {
                    vocabulary.add(w);
                }
            }
        }
        if (!gluedWords.isGlued(f.abstractEn, vocabulary)) {
            return;
        }
        f.abstractEn = gluedWords.repair(f.abstractEn, vocabulary);
        f.keywordsEn.replaceAll(k -> gluedWords.repair(k, vocabulary));
    }

    private void readField(LabelSplitter.Field field, Found f) {
        String v = field.value();
        switch (field.label()) {
            case ABSTRACT_ZH -> f.abstractZh = first(f.abstractZh, v, "Chinese abstract", f);
            case ABSTRACT_EN -> f.abstractEn = first(f.abstractEn, v, "English abstract", f);
            case KEYWORDS_ZH -> addIfEmpty(f.keywordsZh, keywordParser.parse(v));
            case KEYWORDS_EN -> addIfEmpty(f.keywordsEn, keywordParser.parse(v));
            case CLC -> identifierParser.clc(v).stream().filter(c -> !f.clc.contains(c)).forEach(f.clc::add);
            case DOCUMENT_CODE -> f.documentCode = f.documentCode != null ? f.documentCode
                    : identifierParser.documentCode(v);
            case ARTICLE_NUMBER -> f.articleNumber = f.articleNumber != null ? f.articleNumber
                    : identifierParser.articleNumber(v);
            case DOI -> f.doi = f.doi != null ? f.doi : identifierParser.doi(v);
            case RECEIVED -> f.received = date(f.received, v, "received", f);
            case REVISED -> f.revised = date(f.revised, v, "revised", f);
            case ACCEPTED -> f.accepted = date(f.accepted, v, "accepted", f);
            case PUBLISHED -> f.published = date(f.published, v, "published", f);
            case FUNDING -> f.funding.addAll(fundingParser.parse(v));
            case CORRESPONDENCE -> f.correspondence.add(v);
            case AUTHOR_BIO -> f.biographies.add(v);
            case CITATION -> { } // the byline and title again, in citation form
        }
    }

    private List<NumberedAffiliation> affiliations(Layout layout) {
        List<NumberedAffiliation> out = new ArrayList<>();
        for (String block : layout.affiliationBlocks()) {
            out.addAll(affiliationParser.parse(block));
        }
        return out;
    }

    private static String first(String current, String value, String what, Found f) {
        if (value == null || value.isEmpty()) {
            return current;
        }
        if (current != null) {
            f.warnings.add("second " + what + " ignored");
            return current;
        }
        return value;
    }

    private static void addIfEmpty(List<String> list, List<String> values) {
        if (list.isEmpty()) {
            list.addAll(values);
        }
    }

    private String date(String current, String value, String what, Found f) {
        if (current != null) {
            return current;
        }
        String iso = dateParser.parse(value);
        if (iso == null) {
            f.warnings.add("unreadable " + what + " date: " + value);
        }
        return iso;
    }

    private static void warnMissing(Found f, Layout zh, Layout en, BylineAssembler.Byline byline) {
        List<String> w = f.warnings;
        missing(w, zh.title(), "Chinese title");
        missing(w, en.title(), "English title");
        missing(w, zh.authors(), "Chinese author line");
        missing(w, en.authors(), "English author line");
        if (byline.affiliations().isEmpty()) {
            w.add("no affiliations found");
        }
        missing(w, f.abstractZh, "Chinese abstract");
        missing(w, f.abstractEn, "English abstract");
        missing(w, f.keywordsZh.isEmpty() ? null : f.keywordsZh, "Chinese keywords");
        missing(w, f.keywordsEn.isEmpty() ? null : f.keywordsEn, "English keywords");
        missing(w, f.doi, "DOI");
        missing(w, f.clc.isEmpty() ? null : f.clc, "CLC code");
        missing(w, f.documentCode, "document code");
        missing(w, f.articleNumber, "article number");
        missing(w, f.received, "received date");
        missing(w, f.revised, "revised date");
        missing(w, f.accepted, "accepted date");
        missing(w, f.published, "published date");
        if (f.funding.isEmpty()) {
            w.add("no funding found");
        }
    }

    private static void missing(List<String> warnings, Object value, String what) {
        if (value == null) {
            warnings.add("no " + what + " found");
        }
    }
}
