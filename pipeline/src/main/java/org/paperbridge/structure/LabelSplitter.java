package org.paperbridge.structure;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits a front-matter or footnote block into labelled fields ({@code 中图分类号: R473.5
 * 文献标志码: A} gives two). A label at the start of a block may go without a colon
 * ({@code 摘要 肝衰竭是…}); inside a block it needs a colon, brackets (【关键词】) or a
 * distinctive Chinese identifier label, so that words like "abstract" in running text stay text.
 */
public final class LabelSplitter {
    /** One labelled field: its label and the text after it, without the colon. */
    public record Field(FrontLabel label, String value) {
    }

    /** The text before the first label (empty when the block starts with one) and the fields. */
    public record Split(String unlabelled, List<Field> fields) {
        public Split {
            fields = List.copyOf(fields);
        }
    }

    private record Hit(FrontLabel label, int start, int end) {
    }

    private static final String OPEN = "[【\\[〔［(（]";
    private static final String CLOSE = "[】\\]〕］)）]";
    private static final Pattern COLON_AFTER = Pattern.compile(
            "^(?:\\s*[(（][^()（）]{0,40}[)）](?=\\s*[:：]))?\\s*[:：]");
    // 关键词(Key words) 肝衰竭…: the English translation of a Chinese label belongs to the label.
    private static final Pattern TRANSLATION_AFTER = Pattern.compile("^\\s*[(（][A-Za-z][A-Za-z\\s.-]{1,39}[)）]");
    private static final Pattern CLOSE_AFTER = Pattern.compile("^\\s*" + CLOSE);
    private static final Pattern OPEN_BEFORE = Pattern.compile(OPEN + "\\s*$");
    private static final Pattern LEADING_MARKS = Pattern.compile("^[\\s*∗✉†#△▲☆★]*");
    private static final Pattern VALUE_TRIM_START = Pattern.compile("^[\\s:：,，]+");
    private static final Pattern VALUE_TRIM_END = Pattern.compile("[\\s;；,，]+$");

    private static final Pattern SENTENCE_END_BEFORE = Pattern.compile("[.!?。]\\s*$");
    private static final Pattern GLUED_KEY_WORDS = Pattern.compile("[\\s#*【\\[]{0,3}(?i:key[\\s-]+words)(?=(?-i:\\p{Ll}))");

    public Split split(String text) {
        if (text == null || text.isBlank()) {
            return new Split("", List.of());
        }
        // "Key words" run into a lower-case first keyword (Key wordssoil organic carbon; …) at the start
        // of a block: no sentence starts so, so the lost space is put back before the labels are read.
        Matcher glued = GLUED_KEY_WORDS.matcher(text);
        if (glued.lookingAt()) {
            text = text.substring(0, glued.end()) + " " + text.substring(glued.end());
        }
        int start = leadingMarksEnd(text);
        List<Hit> hits = new ArrayList<>();
        for (FrontLabel label : FrontLabel.values()) {
            for (FrontLabel.Term term : label.terms()) {
                if (!term.mayOccurIn(text)) {
                    continue;
                }
                Matcher m = term.pattern().matcher(text);
                while (m.find()) {
                    Hit hit = accept(text, start, term, m.start(), m.end());
                    if (hit != null) {
                        hits.add(hit);
                    }
                }
            }
        }
        hits.sort(Comparator.comparingInt(Hit::start).thenComparingInt(h -> -(h.end() - h.start())));
        List<Hit> kept = new ArrayList<>();
        for (Hit h : hits) {
            if (kept.isEmpty() || h.start() >= kept.get(kept.size() - 1).end()) {
                kept.add(h);
            }
        }
        if (kept.isEmpty()) {
            return new Split(text.strip(), List.of());
        }
        List<Field> fields = new ArrayList<>();
        for (int i = 0; i < kept.size(); i++) {
            int valueEnd = i + 1 < kept.size() ? kept.get(i + 1).start() : text.length();
            fields.add(new Field(kept.get(i).label(), cleanValue(text.substring(kept.get(i).end(), valueEnd))));
        }
        String unlabelled = text.substring(0, kept.get(0).start()).strip();
        if (LEADING_MARKS.matcher(unlabelled).replaceFirst("").isEmpty()) {
            unlabelled = "";
        }
        return new Split(unlabelled, fields);
    }

    /** The hit with its end moved past brackets and colon, or null when the label is not one here. */
    private static Hit accept(String text, int blockStart, FrontLabel.Term term, int start, int end) {
        String before = text.substring(0, start);
        boolean bracketed = false;
        int labelStart = start;
        Matcher open = OPEN_BEFORE.matcher(before);
        Matcher close = CLOSE_AFTER.matcher(text.substring(end));
        if (open.find() && close.find()) {
            bracketed = true;
            labelStart = open.start();
            end += close.end();
        }
        boolean atStart = labelStart <= blockStart;
        if (term.chinese()) {
            Matcher translation = TRANSLATION_AFTER.matcher(text.substring(end));
            if (translation.find()) {
                end += translation.end();
            }
        }
        Matcher colon = COLON_AFTER.matcher(text.substring(end));
        boolean hasColon = colon.find();
        if (hasColon) {
            end += colon.end();
        }
        String rest = text.substring(end);
        // "doi" before a DOI number is a label in any case and with or without a colon.
        boolean doiNumber = term.label() == FrontLabel.DOI
                && Normalizer.normalize(rest, Normalizer.Form.NFKC).stripLeading().startsWith("10.");
        boolean ok;
        if (bracketed || hasColon) {
            // An English word with a colon inside running text ("the abstract: …") is not a label.
            ok = atStart || term.chinese() || Character.isUpperCase(text.charAt(start)) || doiNumber;
        } else if (term.label() == FrontLabel.DOI) {
            ok = doiNumber;
        } else if (atStart) {
            ok = term.chinese() || bareEnglishAtStart(term.label(), text.substring(start, end), rest);
        } else {
            ok = term.chinese() && term.label().inlineChinese() || gluedKeywordsAfterSentence(term, text, start, rest);
        }
        return ok ? new Hit(term.label(), labelStart, end) : null;
    }

    /**
     * "Key words" at a sentence end run into its first keyword ({@code …field detection. Key
     * wordsMagnetic field exploration, …}): a converter joined the keyword line to the abstract and
     * lost the space; no sentence goes on so.
     */
    private static boolean gluedKeywordsAfterSentence(FrontLabel.Term term, String text, int start, String rest) {
        return term.label() == FrontLabel.KEYWORDS_EN && Character.isUpperCase(text.charAt(start))
                && SENTENCE_END_BEFORE.matcher(text.substring(0, start)).find()
                && rest.length() > 1 && Character.isUpperCase(rest.charAt(0)) && Character.isLowerCase(rest.charAt(1));
    }

    private static boolean bareEnglishAtStart(FrontLabel label, String matched, String rest) {
        return switch (label) {
            case ABSTRACT_EN, KEYWORDS_EN, CORRESPONDENCE -> true;
            case RECEIVED, REVISED, ACCEPTED, PUBLISHED -> rest.stripLeading().matches("(?s)^\\d.*");
            case FUNDING -> matched.equalsIgnoreCase("supported by");
            default -> false;
        };
    }

    private static int leadingMarksEnd(String text) {
        Matcher m = LEADING_MARKS.matcher(text);
        return m.find() ? m.end() : 0;
    }

    private static String cleanValue(String value) {
        String v = VALUE_TRIM_START.matcher(value).replaceFirst("");
        return VALUE_TRIM_END.matcher(v).replaceFirst("").strip();
    }
}
