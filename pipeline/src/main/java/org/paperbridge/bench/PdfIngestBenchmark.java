package org.paperbridge.bench;

import com.sun.management.OperatingSystemMXBean;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.paperbridge.ingest.Block;
import org.paperbridge.ingest.BlockKind;
import org.paperbridge.ingest.Blocks;
import org.paperbridge.ingest.PdfExtractor;

/**
 * PDF ingestion speed (pages per second on one core) and reading-order quality on the
 * two-column fixture, for PdfExtractor, PDFBox's PDFTextStripper (content-stream order and
 * sorted by position) and poppler's pdftotext, in one run. Method and figures: docs/pdf.md.
 * Run: {@code PdfIngestBenchmark [pdf] [seconds per tool]}.
 */
public final class PdfIngestBenchmark {
    private static final Pattern CHILD_TIMES = Pattern.compile("(\\d+)m([\\d.]+)s\\s+(\\d+)m([\\d.]+)s\\s*$");

    private PdfIngestBenchmark() {
    }

    /** One tool: its text of the whole file. */
    private interface Tool {
        String text(byte[] pdf) throws Exception;
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 2) {
            throw new IllegalArgumentException("needs the PDF and the source text it was typeset from");
        }
        Path pdf = Path.of(args[0]);
        double seconds = args.length > 2 ? Double.parseDouble(args[2]) : 5;
        byte[] bytes = Files.readAllBytes(pdf);
        int pages;
        try (PDDocument d = Loader.loadPDF(bytes)) {
            pages = d.getNumberOfPages();
        }
        // The body of the text the PDF was typeset from, as a reader sees it, is the reference.
        String reference = ArticleParts.parse(Files.readString(Path.of(args[1]), StandardCharsets.UTF_8)).bodyText();
        PdfExtractor extractor = new PdfExtractor();
        System.out.printf(Locale.ROOT, "%s: %d pages; %.0f s per tool on one thread, after as long a warm-up%n",
                pdf.getFileName(), pages, seconds);
        System.out.println("| tool | pages/s per core (CPU) | pages/s (wall) | reading-order similarity |");
        System.out.println("|---|---|---|---|");
        report("PaperBridge PdfExtractor", pages, seconds, reference,
                b -> paperbridgeBody(extractor.extract(b, pdf.toString())), bytes);
        report("PDFBox PDFTextStripper (stream order)", pages, seconds, reference,
                b -> stripped(b, false), bytes);
        report("PDFBox PDFTextStripper (sortByPosition)", pages, seconds, reference,
                b -> stripped(b, true), bytes);
        pdftotext(pdf, pages, seconds, reference);
    }

    private static void report(String name, int pages, double seconds, String reference, Tool tool, byte[] bytes)
            throws Exception {
        String text = tool.text(bytes);
        timed(() -> tool.text(bytes), seconds);
        long[] measured = timed(() -> tool.text(bytes), seconds);
        print(name, pages * measured[0], measured[1], measured[2], similarity(body(text), reference));
    }

    /**
     * Runs for about {@code seconds}: {runs, CPU nanoseconds of the whole JVM (garbage collector
     * and compiler threads included), wall nanoseconds}.
     */
    private static long[] timed(Callable<?> run, double seconds) throws Exception {
        OperatingSystemMXBean mx = (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        long cpu0 = mx.getProcessCpuTime();
        long wall0 = System.nanoTime();
        long deadline = wall0 + (long) (seconds * 1e9);
        long runs = 0;
        while (System.nanoTime() < deadline) {
            run.call();
            runs++;
        }
        return new long[] {runs, mx.getProcessCpuTime() - cpu0, System.nanoTime() - wall0};
    }

    /** pdftotext runs as a process; bash's {@code times} gives its children's CPU time. */
    private static void pdftotext(Path pdf, int pages, double seconds, String reference)
            throws IOException, InterruptedException {
        Process once = new ProcessBuilder("pdftotext", "-enc", "UTF-8", pdf.toString(), "-").start();
        String text = new String(once.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        once.waitFor();
        int runs = (int) Math.max(10, seconds * 20);
        String loop = "for i in $(seq " + runs + "); do pdftotext -enc UTF-8 \"$1\" - > /dev/null; done; times";
        long wall0 = System.nanoTime();
        Process p = new ProcessBuilder("bash", "-c", loop, "bench", pdf.toString()).redirectErrorStream(true).start();
        String times = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        p.waitFor();
        long wall = System.nanoTime() - wall0;
        Matcher m = CHILD_TIMES.matcher(times);
        long cpu = m.find() ? (long) ((Long.parseLong(m.group(1)) * 60 + Double.parseDouble(m.group(2))
                + Long.parseLong(m.group(3)) * 60 + Double.parseDouble(m.group(4))) * 1e9) : wall;
        print("poppler pdftotext (process per file)", (long) pages * runs, cpu, wall, similarity(body(text), reference));
    }

    private static void print(String name, long pages, long cpuNanos, long wallNanos, double similarity) {
        System.out.printf(Locale.ROOT, "| %s | %.1f | %.1f | %.3f |%n", name, pages / (cpuNanos / 1e9),
                pages / (wallNanos / 1e9), similarity);
    }

    private static String stripped(byte[] pdf, boolean sort) throws IOException {
        try (PDDocument d = Loader.loadPDF(pdf)) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setSortByPosition(sort);
            return stripper.getText(d);
        }
    }

    /** PdfExtractor's paragraphs and headings, newline-separated, as a plain extractor would print them. */
    private static String paperbridgeBody(Blocks blocks) {
        List<String> texts = new ArrayList<>();
        for (Block b : blocks.blocks()) {
            if (b.kind() == BlockKind.PARAGRAPH || b.kind() == BlockKind.HEADING) {
                texts.add(b.text());
            }
        }
        return String.join("\n", texts);
    }

    /** The body span of any tool's text: after the "Key words" line, before the last 参考文献. */
    static String body(String text) {
        int keywords = text.indexOf("Key words");
        int start = keywords < 0 ? 0 : text.indexOf('\n', keywords) + 1;
        int end = text.lastIndexOf("参考文献");
        return text.substring(start, end > start ? end : text.length());
    }

    private static double similarity(String got, String reference) {
        return TextSimilarity.of(got, reference);
    }
}
