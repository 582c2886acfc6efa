package org.paperbridge.ner;

import java.util.List;

/** A training or evaluation text with its gold mentions (UTF-16 ranges, our type names). */
public record LabeledText(String text, List<Span> spans) {
}
