package org.paperbridge.solr.cluster;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/** The pid file of a running cluster: written at start, removed at a clean stop, ignored when its process is gone. */
final class Pids {
    private Pids() {
    }

    static void write(Path pidFile) throws IOException {
        Files.createDirectories(pidFile.getParent());
        Files.writeString(pidFile, ProcessHandle.current().pid() + "\n", StandardCharsets.UTF_8);
    }

    static void remove(Path pidFile) {
        try {
            Files.deleteIfExists(pidFile);
        } catch (IOException ignored) {
            // a stale pid file is recognised as such at the next start
        }
    }

    /** The live cluster process the pid file names: one running this command, not a later process with the same pid. */
    static Optional<ProcessHandle> running(Path pidFile) {
        long pid;
        try {
            pid = Long.parseLong(Files.readString(pidFile, StandardCharsets.UTF_8).strip());
        } catch (IOException | NumberFormatException e) {
            return Optional.empty();
        }
        return ProcessHandle.of(pid).filter(ProcessHandle::isAlive)
                .filter(p -> p.info().commandLine().map(c -> c.contains(ClusterCommand.class.getName())).orElse(true));
    }
}
