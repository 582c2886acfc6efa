package org.paperbridge.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.paperbridge.Pipeline;
import org.paperbridge.align.LengthModel;
import org.paperbridge.batch.CalibratedProcessor;
import org.paperbridge.io.Json;

/** A pipeline given the calibration pass's structured sources gives the articles it would have made itself. */
class CalibratedPipelineTest {
    @Test
    void structuredSourceFromCalibrationGivesTheSameArticleAndIsNotUsedForOtherBytes() throws Exception {
        Pipeline pipeline = new Pipeline();
        String path = SeedEndToEndTest.SEED.toString();
        byte[] bytes = Files.readAllBytes(SeedEndToEndTest.SEED);
        LengthModel fitted = new LengthModel(3.1, 30);
        Pipeline.Result early = pipeline.structure(path, bytes);

        String fresh = Json.LINE.writeValueAsString(pipeline.withLengthModel(fitted).process(path, bytes).article());
        CalibratedProcessor calibrated = new CalibratedProcessor(pipeline.withLengthModel(fitted), Map.of(path, early));
        assertEquals(fresh, Json.LINE.writeValueAsString(calibrated.process(path, bytes).article()));

        byte[] edited = (new String(bytes, StandardCharsets.UTF_8) + "\n").getBytes(StandardCharsets.UTF_8);
        CalibratedProcessor stale = new CalibratedProcessor(pipeline.withLengthModel(fitted), Map.of(path, early));
        assertNotEquals(early.article().source().sha256(), stale.process(path, edited).article().source().sha256(),
                "a file changed since the calibration pass is structured again");
    }
}
