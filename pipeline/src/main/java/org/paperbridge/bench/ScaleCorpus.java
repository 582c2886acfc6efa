package org.paperbridge.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Makes a corpus of any size for benchmarks from a few template articles (text or Markdown):
 * each copy shuffles the order of whole body paragraphs, changes the numbers outside citation
 * markers and headings (so DOIs, years, pages and results differ), and renames Latin-script
 * person names, so that every article has its own bytes, id and content. Deterministic for a seed.
 */
public final class ScaleCorpus {
    private static final int FILES_PER_FOLDER = 1000;
    private static final List<String> SURNAMES = List.of("Zhao", "Qian", "Sun", "Li", "Zhou", "Wu", "Zheng",
            "Wang", "Feng", "Chen", "Chu", "Wei", "Jiang", "Shen", "Han", "Yang", "Smith", "Jones", "Garcia",
            "Muller", "Rossi", "Tanaka", "Kim", "Novak", "Silva", "Brown", "Dubois", "Larsen", "Cohen", "Ivanov");
    /** A heading number or list marker opening a line, kept as is so the structure stays. */
    private static final Pattern LINE_HEAD = Pattern.compile("^\\s*(?:[-*]\\s*)?(?:#+\\s*)?(?:\\[\\d+]|\\d+(?:\\.\\d+)*)?");
    /**
     * Spans left alone (citation markers, tags, math, the 10. that opens a DOI), dates (varied but
     * kept real: 2023-10-31, 2023年10月31日), or numbers to vary.
     */
    private static final Pattern PIECE = Pattern.compile(
            "(\\[[^\\]\\n]*]|<[^>\\n]*>|\\$[^$\\n]*\\$|\\b10\\.(?=\\d{4,9}/))"
                    + "|(?<!\\d)((?:19|20)\\d\\d)([-/.年])(\\d{1,2})([-/.月])(\\d{1,2})(?!\\d)|(\\d+)");
    /** "Wesley BT" in references, "QI Zeqiang" in English front matter. */
    private static final Pattern LATIN_NAME = Pattern.compile(
            "\\b[A-Z][a-z]+(?= [A-Z]{1,3}\\b)|\\b[A-Z]{2,}(?= [A-Z][a-z]+\\b)");

    private final List<String> templates;

    public ScaleCorpus(List<String> templates) {
        if (templates.isEmpty()) {
            throw new IllegalArgumentException("at least one template article is needed");
        }
        this.templates = List.copyOf(templates);
    }

    /** Reads the templates from files (UTF-8). */
    public static ScaleCorpus fromFiles(List<Path> files) throws IOException {
        List<String> texts = new ArrayList<>();
        for (Path f : files) {
            texts.add(Files.readString(f, StandardCharsets.UTF_8));
        }
        return new ScaleCorpus(texts);
    }

    /** Writes {@code count} articles under {@code dir} in folders of 1,000; returns the files. */
    public List<Path> write(Path dir, int count, long seed) throws IOException {
        List<Path> files = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            Path f = file(dir, i, "md");
            Files.writeString(f, variant(i, seed), StandardCharsets.UTF_8);
            files.add(f);
        }
        return files;
    }

    /** The {@code i}-th article's file, {@code DIR/000/article-000000.EXT}; creates its folder. */
    static Path file(Path dir, int i, String extension) throws IOException {
        Path folder = dir.resolve(String.format(Locale.ROOT, "%03d", i / FILES_PER_FOLDER));
        Files.createDirectories(folder);
        return folder.resolve(String.format(Locale.ROOT, "article-%06d.%s", i, extension));
    }

    /** The {@code i}-th article of the corpus. */
    public String variant(int i, long seed) {
        Random random = new Random(seed * 1_000_003L + i);
        String template = templates.get(i % templates.size());
        List<String> blocks = new ArrayList<>(List.of(template.split("\n\\s*\n", -1)));
        shuffleParagraphRuns(blocks, random);
        Map<String, String> names = new HashMap<>();
        StringBuilder out = new StringBuilder(template.length() + 64);
        for (String block : blocks) {
            for (String line : block.split("\n", -1)) {
                out.append(renameLatin(varyNumbers(line, random), names, random)).append('\n');
            }
            out.append('\n');
        }
        return out.toString();
    }

    /** Shuffles runs of consecutive complete body paragraphs (long, ending a sentence, after a complete one). */
    private static void shuffleParagraphRuns(List<String> blocks, Random random) {
        int i = 0;
        while (i < blocks.size()) {
            int j = i;
            while (j < blocks.size() && isCompleteParagraph(blocks, j)) {
                j++;
            }
            if (j - i > 1) {
                Collections.shuffle(blocks.subList(i, j), random);
            }
            i = Math.max(j, i + 1);
        }
    }

    private static boolean isCompleteParagraph(List<String> blocks, int k) {
        String b = blocks.get(k).strip();
        if (b.length() < 80 || b.contains("\n") || !b.matches("(?s)[\\p{IsHan}A-Za-z].*[。.!?！？]")) {
            return false;
        }
        String before = k > 0 ? blocks.get(k - 1).strip() : "";
        return before.endsWith("。") || before.endsWith(".") || isCompleteParagraphStart(before);
    }

    private static boolean isCompleteParagraphStart(String previous) {
        return previous.length() < 40 && !previous.isEmpty();
    }

    private static String varyNumbers(String line, Random random) {
        Matcher head = LINE_HEAD.matcher(line);
        int keep = head.lookingAt() ? head.end() : 0;
        StringBuilder sb = new StringBuilder(line.length());
        sb.append(line, 0, keep);
        Matcher m = PIECE.matcher(line);
        m.region(keep, line.length());
        int last = keep;
        while (m.find()) {
            sb.append(line, last, m.start());
            if (m.group(1) != null) {
                sb.append(m.group(1));
            } else if (m.group(2) != null) {
                sb.append(varyDate(m, random));
            } else {
                sb.append(varyDigits(m.group(7), random));
            }
            last = m.end();
        }
        sb.append(line, last, line.length());
        return sb.toString();
    }

    /** Another real date in the same notation: a year from 2000 to 2025, any month, days 1 to 28. */
    private static String varyDate(Matcher date, Random random) {
        int month = 1 + random.nextInt(12);
        int day = 1 + random.nextInt(28);
        boolean padded = date.group(4).length() == 2 || date.group(6).length() == 2;
        return (2000 + random.nextInt(26)) + date.group(3) + (padded ? String.format(Locale.ROOT, "%02d", month) : month)
                + date.group(5) + (padded ? String.format(Locale.ROOT, "%02d", day) : day);
    }

    /** Same number of digits, no new leading zero; single digits mostly stay (counts, units). */
    private static String varyDigits(String digits, Random random) {
        if (digits.length() < 2 && random.nextInt(3) > 0) {
            return digits;
        }
        char[] c = digits.toCharArray();
        for (int k = 0; k < c.length; k++) {
            c[k] = (char) ('0' + (k == 0 && c.length > 1 ? 1 + random.nextInt(9) : random.nextInt(10)));
        }
        return new String(c);
    }

    private static String renameLatin(String line, Map<String, String> names, Random random) {
        Matcher m = LATIN_NAME.matcher(line);
        StringBuilder sb = new StringBuilder(line.length());
        while (m.find()) {
            String name = m.group();
            String replacement = names.computeIfAbsent(name, n -> {
                String s = SURNAMES.get(random.nextInt(SURNAMES.size()));
                return n.equals(n.toUpperCase(Locale.ROOT)) ? s.toUpperCase(Locale.ROOT) : s;
            });
            m.appendReplacement(sb, Matcher.quoteReplacement(replacement));
        }
        m.appendTail(sb);
        return sb.toString();
    }
}
