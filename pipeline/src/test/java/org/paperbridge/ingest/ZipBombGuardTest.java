package org.paperbridge.ingest;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.Test;

import org.paperbridge.model.PipelineException;

class ZipBombGuardTest {
    private static byte[] zipOfZeros(long megabytes) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry("word/document.xml"));
            byte[] mb = new byte[1 << 20];
            for (long i = 0; i < megabytes; i++) {
                zip.write(mb);
            }
            zip.closeEntry();
        }
        return out.toByteArray();
    }

    @Test
    void refusesAnArchiveThatExpandsFarBeyondItsSize() throws IOException {
        byte[] bomb = zipOfZeros(150);
        PipelineException e = assertThrows(PipelineException.class, () -> ZipBombGuard.check(bomb));
        assertTrue(e.getMessage().startsWith("decompression bomb"), e.getMessage());
    }

    @Test
    void letsRealDocumentsAndNonArchivesThrough() throws IOException {
        Path docx = Path.of(System.getProperty("paperbridge.root", ".."), "fixtures/formats/article.docx");
        assertDoesNotThrow(() -> ZipBombGuard.check(Files.readAllBytes(docx)));
        assertDoesNotThrow(() -> ZipBombGuard.check(zipOfZeros(2)));
        assertDoesNotThrow(() -> ZipBombGuard.check("%PDF-1.7".getBytes()));
    }
}
