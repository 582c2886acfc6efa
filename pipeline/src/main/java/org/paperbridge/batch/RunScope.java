package org.paperbridge.batch;

import java.util.List;

/**
 * What a run was asked to cover: its inputs as given and, for a run split across machines, its
 * shard (null for a whole run). Recorded in manifest.json so that {@code merge} can order and
 * check the parts.
 */
public record RunScope(List<String> inputs, Shard shard) {
    public static final RunScope UNKNOWN = new RunScope(List.of(), null);

    public RunScope {
        inputs = List.copyOf(inputs);
    }
}
