package org.paperbridge.model;

import com.fasterxml.jackson.annotation.JsonFormat;

/**
 * A half-open range {@code [start, end)} of Unicode code points in some text; written as
 * {@code [start, end]} in JSON. Code points, not UTF-16 units: see {@link CodePoints}.
 */
@JsonFormat(shape = JsonFormat.Shape.ARRAY)
public record Span(int start, int end) {
    public Span {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad span [" + start + ", " + end + ")");
        }
    }

    public int length() {
        return end - start;
    }
}
