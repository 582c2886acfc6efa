package org.paperbridge.batch;

import org.paperbridge.Pipeline;
import org.paperbridge.model.PipelineException;

/** Turns one source's bytes into an article; {@code Pipeline::process} in a real run. */
@FunctionalInterface
public interface DocumentProcessor {
    Pipeline.Result process(String path, byte[] bytes) throws PipelineException;
}
