package org.paperbridge.ingest;

import org.paperbridge.model.PipelineException;

/** Turns the bytes of one source into blocks of text in reading order. */
public interface Extractor {
    /**
     * @param bytes the whole source
     * @param name  the file name, for messages only: formats are told by content
     * @throws PipelineException (stage "ingest") when the bytes are not a readable article
     */
    Blocks extract(byte[] bytes, String name) throws PipelineException;
}
