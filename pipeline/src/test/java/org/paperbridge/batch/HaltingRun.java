package org.paperbridge.batch;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.paperbridge.Pipeline;
import org.paperbridge.PipelineConfig;

/**
 * A child-JVM batch whose processor takes the whole process down (as the kernel's out-of-memory
 * killer does) on every source whose name contains the marker: {@code OUT MARKER SOURCE...}.
 */
public final class HaltingRun {
    private HaltingRun() {
    }

    public static void main(String[] args) throws Exception {
        Path out = Path.of(args[0]);
        String marker = args[1];
        List<Path> sources = new ArrayList<>();
        for (int i = 2; i < args.length; i++) {
            sources.add(Path.of(args[i]));
        }
        Pipeline pipeline = new Pipeline();
        DocumentProcessor halting = (path, bytes) -> {
            if (path.contains(marker)) {
                Runtime.getRuntime().halt(137);
            }
            return pipeline.process(path, bytes);
        };
        Summary s = new BatchRunner(halting, PipelineConfig.defaults().withThreads(2), false)
                .run(sources, List.of(), out, List.of(), n -> { });
        System.exit(s.exitCode());
    }
}
