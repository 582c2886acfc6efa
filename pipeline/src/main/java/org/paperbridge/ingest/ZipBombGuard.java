package org.paperbridge.ingest;

import org.paperbridge.model.Stage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.zip.ZipInputStream;

import org.paperbridge.model.PipelineException;

/**
 * Refuses ZIP containers (DOCX, ODT, EPUB) that expand far beyond their size before any parser
 * sees them: POI and Tika buffer whole text runs, so a bomb would fill the heap inside them.
 * Inflates once, counting, and stops as soon as the limit is passed.
 */
final class ZipBombGuard {
    /** Expansion beyond this many bytes is suspicious … */
    static final long MAX_EXPANDED = 100L * 1024 * 1024;
    /** … when it is also this many times the archive's size (images inside are stored, not inflated). */
    static final long MAX_RATIO = 100;

    private ZipBombGuard() {
    }

    /** @return how many bytes the archive expands to (0 for anything not a ZIP archive) */
    static long check(byte[] bytes) throws PipelineException {
        if (bytes.length < 4 || bytes[0] != 'P' || bytes[1] != 'K') {
            return 0;
        }
        long limit = Math.max(MAX_EXPANDED, MAX_RATIO * bytes.length);
        long total = 0;
        byte[] buffer = new byte[1 << 16];
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(bytes))) {
            while (zip.getNextEntry() != null) {
                for (int n = zip.read(buffer); n > 0; n = zip.read(buffer)) {
                    total += n;
                    if (total > limit) {
                        throw new PipelineException(Stage.INGEST, "decompression bomb: a " + bytes.length
                                + "-byte archive expands past " + limit + " bytes");
                    }
                }
            }
        } catch (IOException e) {
            // A damaged archive is the parser's to report, with its own words.
        }
        return total;
    }
}
