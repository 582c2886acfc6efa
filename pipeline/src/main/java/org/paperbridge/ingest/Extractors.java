package org.paperbridge.ingest;

import org.paperbridge.model.Stage;
import org.paperbridge.model.PipelineException;

/** Picks the extractor for a source by its detected format and runs it. Thread-safe. */
public final class Extractors {
    private final FormatDetector detector = new FormatDetector();
    private final PdfExtractor pdf = new PdfExtractor();
    private final MinerUJsonExtractor mineru = new MinerUJsonExtractor();
    private volatile TikaExtractor tika;

    /** The blocks of one source; the name serves messages only. */
    public Blocks extract(byte[] bytes, String name) throws PipelineException {
        String format = detector.detect(bytes);
        return switch (format) {
            case FormatDetector.PDF -> pdf.extract(bytes, name);
            case FormatDetector.MINERU_JSON -> mineru.extract(bytes, name);
            case FormatDetector.DOCX, FormatDetector.ODT, FormatDetector.HTML, FormatDetector.EPUB,
                    FormatDetector.RTF -> tika().extract(bytes, name);
            case FormatDetector.MARKDOWN, FormatDetector.TEXT -> new TextExtractor().extract(bytes, name);
            default -> throw new PipelineException(Stage.INGEST, "binary file, not text or a supported document "
                    + "format (PDF, DOCX, ODT, HTML, EPUB, RTF, MinerU JSON)");
        };
    }

    /** Tika's parser takes seconds to set up: only when a source needs it, and once. */
    private TikaExtractor tika() {
        TikaExtractor local = tika;
        if (local == null) {
            synchronized (this) {
                local = tika;
                if (local == null) {
                    local = new TikaExtractor();
                    tika = local;
                }
            }
        }
        return local;
    }
}
