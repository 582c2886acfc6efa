package org.paperbridge.ingest;

/** What a block of extracted text is, as far as the source format or layout tells. */
public enum BlockKind {
    /** Running text. */
    PARAGRAPH,
    /** A heading; {@link Block#level()} gives its depth when known. */
    HEADING,
    /** An item of a bulleted or numbered list (reference lists often come as lists). */
    LIST_ITEM,
    /** A page footnote: first-page 收稿日期/基金项目/通信作者 blocks and the like. */
    FOOTNOTE,
    /** A running header or footer, page number, journal line: not content. */
    RUNNING,
    /** Table content. */
    TABLE,
    /** A figure or table caption. */
    CAPTION,
    /** A display equation. */
    EQUATION
}
