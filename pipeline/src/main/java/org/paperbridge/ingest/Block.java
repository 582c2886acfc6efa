package org.paperbridge.ingest;

/**
 * A block of text as extracted: a paragraph, heading, list item, footnote… with the hints the
 * source gives. {@code page} is 1-based, 0 when the format has no pages; {@code level} is a
 * heading depth hint (Markdown {@code #} count, MinerU text_level), 0 when unknown.
 */
public record Block(String text, BlockKind kind, Zone zone, int page, int level) {
    public Block {
        if (text == null) {
            throw new IllegalArgumentException("block text is null");
        }
    }

    public static Block of(String text, BlockKind kind) {
        return new Block(text, kind, Zone.UNKNOWN, 0, 0);
    }

    public Block withText(String newText) {
        return new Block(newText, kind, zone, page, level);
    }

    public Block withKind(BlockKind newKind) {
        return new Block(text, newKind, zone, page, level);
    }

    public Block withZone(Zone newZone) {
        return new Block(text, kind, newZone, page, level);
    }

    public Block withLevel(int newLevel) {
        return new Block(text, kind, zone, page, newLevel);
    }
}
