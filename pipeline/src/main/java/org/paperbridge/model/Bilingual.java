package org.paperbridge.model;

import com.fasterxml.jackson.annotation.JsonIgnore;

/** The same thing said in Chinese and English; either side may be null when the article lacks it. */
public record Bilingual(String zh, String en) {
    public static final Bilingual EMPTY = new Bilingual(null, null);

    @JsonIgnore
    public boolean isEmpty() {
        return zh == null && en == null;
    }
}
