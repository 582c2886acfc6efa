import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;

/**
 * Writes the text a reader gets by "select all, copy" in a PDF viewer: PDFBox's text in the
 * file's own content order, one line of text per printed line, single line breaks, no blank
 * lines between paragraphs, a form feed dropped at each page end. Deterministic (same PDF,
 * same bytes); used by scripts/realdocs-sources.sh for the corpus's "reader copy" route.
 *
 * <p>Run with the pipeline's jar on the class path (it bundles PDFBox):
 * {@code java -cp app/target/paperbridge.jar scripts/ReaderCopy.java IN.pdf OUT.txt}
 */
public final class ReaderCopy {
    public static void main(String[] args) throws Exception {
        if (args.length != 2) {
            System.err.println("usage: ReaderCopy IN.pdf OUT.txt");
            System.exit(2);
        }
        try (PDDocument doc = Loader.loadPDF(new File(args[0]))) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setLineSeparator("\n");
            // A viewer's copy joins pages with a plain line break, never a blank line.
            stripper.setPageEnd("");
            String text = stripper.getText(doc).replaceAll("[ \\t]+\n", "\n").replaceAll("\n{2,}", "\n");
            Files.writeString(Path.of(args[1]), text, StandardCharsets.UTF_8);
        }
    }
}
