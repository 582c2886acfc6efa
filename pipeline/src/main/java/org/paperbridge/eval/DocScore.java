package org.paperbridge.eval;

import java.util.List;

/** The field results of one gold article; {@code found} is false when no output article matched it. */
public record DocScore(String name, String part, boolean found, List<FieldResult> fields) {
    public DocScore {
        fields = List.copyOf(fields);
    }

    public long correct(boolean coreOnly) {
        return fields.stream().filter(f -> f.correct() && (f.core() || !coreOnly)).count();
    }

    public long total(boolean coreOnly) {
        return fields.stream().filter(f -> f.core() || !coreOnly).count();
    }
}
