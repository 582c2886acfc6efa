package org.paperbridge.batch;

import org.paperbridge.bench.ScaleCorpus;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import org.paperbridge.Pipeline;
import org.paperbridge.PipelineConfig;
import org.paperbridge.align.FittedLengthModel;
import org.paperbridge.model.Abstract;
import org.paperbridge.model.AbstractText;
import org.paperbridge.model.Article;
import org.paperbridge.model.Bilingual;
import org.paperbridge.model.Dates;
import org.paperbridge.model.Identifiers;
import org.paperbridge.model.Source;

class LengthCalibrationTest {
    @TempDir
    Path in;
    @TempDir
    Path out;

    /**
     * A sampled source that never returns costs the time limit once: the calibration pass
     * remembers it and the main pass reports it without trying again. The processor blocks until
     * interrupted, so the outcome does not depend on the machine's speed.
     */
    @Test
    void aSourceOverdueInCalibrationIsNotTriedAgainByTheMainPass() throws IOException {
        List<Path> sources = ScaleCorpus.fromFiles(List.of(BatchRunnerTest.SEED))
                .write(in, 2, 3);
        Path stuck = sources.get(0);
        java.util.concurrent.atomic.AtomicInteger mainCalls = new java.util.concurrent.atomic.AtomicInteger();
        Pipeline pipeline = new Pipeline();
        DocumentProcessor blocksOnStuck = (path, bytes) -> {
            if (path.equals(stuck.toString())) {
                try {
                    Thread.sleep(Long.MAX_VALUE);
                } catch (InterruptedException e) {
                    throw new IllegalStateException("interrupted");
                }
            }
            return pipeline.structure(path, bytes);
        };
        // Calibrated on the stuck source alone, so the short limit meets nothing else.
        PipelineConfig cfg = PipelineConfig.defaults().withThreads(2).withTimeoutSeconds(0.5);
        LengthCalibration.Result r = new LengthCalibration(blocksOnStuck, cfg).calibrate(List.of(stuck), out, false);
        assertEquals(List.of(stuck.toString()), new ArrayList<>(r.overdue().keySet()));
        DocumentProcessor counting = (path, bytes) -> {
            if (path.equals(stuck.toString())) {
                mainCalls.incrementAndGet();
            }
            return pipeline.process(path, bytes);
        };
        Summary s = new BatchRunner(counting, cfg.withTimeoutSeconds(60), false).withOverdue(r.overdue())
                .run(sources, List.of(), out, List.of(), n -> { });
        assertEquals(0, mainCalls.get(), "not processed again");
        assertEquals(1, s.ok());
        assertEquals("timeout", s.errors().get(0).stage());
        assertTrue(s.errors().get(0).message().contains("in the calibration pass"), s.errors().get(0).message());
    }

    /** Source i holds "zhChars enChars": a stand-in structure stage turns it into an abstract pair of those lengths. */
    private List<Path> sources(int n) throws IOException {
        List<Path> files = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            int zh = 100 + 37 * i % 200;
            int en = (int) (zh * (2.5 + (i % 7) * 0.2));
            files.add(Files.writeString(in.resolve(String.format("a%02d.txt", i)), zh + " " + en));
        }
        return files;
    }

    /** Reads the lengths and returns an article with abstracts of those lengths, after a random pause. */
    private static final DocumentProcessor JITTERY = (path, bytes) -> {
        String[] n = new String(bytes, StandardCharsets.UTF_8).split(" ");
        try {
            Thread.sleep(ThreadLocalRandom.current().nextInt(15));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return new Pipeline.Result(article(path, "中".repeat(Integer.parseInt(n[0])), "e".repeat(Integer.parseInt(n[1]))),
                Map.of());
    };

    static Article article(String path, String zh, String en) {
        return new Article(Article.SCHEMA_VERSION, path, new Source(path, "text", "x", null), new Bilingual(null, null),
                List.of(), List.of(), new Abstract(new AbstractText("zh", zh, List.of()), new AbstractText("en", en, List.of()), List.of()),
                List.of(), Identifiers.EMPTY, Dates.EMPTY, List.of(), List.of(), List.of(), List.of(), List.of(), List.of());
    }

    private static PipelineConfig threads(int n) {
        return PipelineConfig.defaults().withThreads(n);
    }

    @Test
    void fitsTheSameModelWhateverTheThreadCountAndTiming() throws IOException {
        List<Path> files = sources(20);
        FittedLengthModel one = new LengthCalibration(JITTERY, threads(1), 8).calibrate(files, out, false).model();
        for (int threads : new int[] {2, 4, 4}) {
            assertEquals(one, new LengthCalibration(JITTERY, threads(threads), 8).calibrate(files, out, false).model());
        }
        assertEquals(FittedLengthModel.SAMPLE, one.origin());
        assertEquals(8, one.pairs());
        assertEquals(8, one.sampledSources());
        assertNotEquals(3.3, one.ratio(), 1e-3, "fitted, not the prior");
    }

    @Test
    void sampleIsSpreadByPathHashAndStableWhenAFileOutsideItIsAdded() throws IOException {
        List<Path> files = sources(40);
        List<Path> sample = LengthCalibration.sample(files, 8);
        assertEquals(8, sample.size());
        assertFalse(sample.equals(files.subList(0, 8)), "not simply the first files");
        assertEquals(sample.stream().sorted().toList(), sample, "in list order");
        List<Path> more = new ArrayList<>(files);
        Path outside = null;
        for (int i = 0; outside == null; i++) {
            Path candidate = in.resolve("b" + i + ".txt");
            List<Path> with = new ArrayList<>(more);
            with.add(candidate);
            if (LengthCalibration.sample(with, 8).equals(sample)) {
                outside = candidate;
            }
        }
        more.add(outside);
        assertEquals(sample, LengthCalibration.sample(more, 8));
        assertEquals(files, LengthCalibration.sample(files, 40), "all of them when there are few");
    }

    @Test
    @Timeout(120) // a calibration that waited for the stuck source would never return
    void aSourceThatHangsIsLeftOutAndTheCalibrationReturns() throws IOException {
        List<Path> files = sources(4);
        DocumentProcessor hangsOnTheSecond = (path, bytes) -> {
            if (path.equals(files.get(1).toString())) {
                while (true) {
                    Thread.onSpinWait(); // ignores interrupts
                }
            }
            return JITTERY.process(path, bytes);
        };
        LengthCalibration.Result r = new LengthCalibration(hangsOnTheSecond, threads(2).withTimeoutSeconds(1), 8)
                .calibrate(files, out, false);
        assertEquals(3, r.model().pairs());
        assertFalse(r.structured().containsKey(files.get(1).toString()));
        assertTrue(r.structured().containsKey(files.get(0).toString()), "kept for the main pass");
    }

    @Test
    void noAbstractPairsGiveThePrior() throws IOException {
        List<Path> files = sources(3);
        DocumentProcessor noAbstracts = (path, bytes) -> new Pipeline.Result(article(path, "中文", " "), Map.of());
        FittedLengthModel m = new LengthCalibration(noAbstracts, threads(1), 8).calibrate(files, out, false).model();
        assertEquals(FittedLengthModel.PRIOR, m.origin());
        assertEquals(3.3, m.ratio(), 1e-9);
    }

    @Test
    void abstractPairsThatAreNoTranslationAreLeftOut() throws IOException {
        List<Path> files = sources(10);
        Files.writeString(files.get(3), "300 240"); // a shortened English abstract: 0.8 letters per character
        FittedLengthModel m = new LengthCalibration(JITTERY, threads(2), 32).calibrate(files, out, false).model();
        assertEquals(9, m.pairs());
        assertTrue(m.ratio() > 2.5, m.toString());
    }

    @Test
    void fewerPairsThanTheMinimumKeepThePriorButRecordTheEvidence() throws IOException {
        List<Path> files = sources(LengthCalibration.MIN_PAIRS - 1);
        FittedLengthModel m = new LengthCalibration(JITTERY, threads(2), 32).calibrate(files, out, false).model();
        assertEquals(FittedLengthModel.PRIOR, m.origin());
        assertEquals(3.3, m.ratio(), 1e-9);
        assertEquals(LengthCalibration.MIN_PAIRS - 1, m.pairs());
    }

    @Test
    void reRunKeepsTheRecordedModelForTheSameSampleAndRedoesAllWhenTheModelChanges() throws IOException {
        List<Path> files = sources(10);
        LengthCalibration calibration = new LengthCalibration(JITTERY, threads(2), 8);
        LengthCalibration.Result first = calibration.calibrate(files, out, false);
        assertTrue(first.invalidatesPrevious(), "no previous model");
        Manifest.write(out, CodeVersion.current(), RunScope.UNKNOWN, first.model(), null, List.of());

        DocumentProcessor mustNotRun = (path, bytes) -> {
            throw new AssertionError("the sample is unchanged: nothing to structure");
        };
        LengthCalibration.Result again = new LengthCalibration(mustNotRun, threads(2), 8).calibrate(files, out, false);
        assertTrue(again.reused());
        assertFalse(again.invalidatesPrevious());
        assertEquals(first.model(), again.model());

        Path sampled = LengthCalibration.sample(files, 8).get(0);
        Files.writeString(sampled, "300 1200");
        LengthCalibration.Result changed = calibration.calibrate(files, out, false);
        assertFalse(changed.reused());
        assertTrue(changed.invalidatesPrevious(), "articles aligned with the old model may not be reused");
        assertNotEquals(first.model().ratio(), changed.model().ratio());

        assertFalse(calibration.calibrate(files, out, true).reused(), "--force refits");
    }
}
