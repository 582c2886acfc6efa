package org.paperbridge.model;

/**
 * An input the pipeline cannot turn into an article. {@code stage} names where it failed
 * (ingest, clean, structure, …); the message is written for the person who owns the file.
 */
public final class PipelineException extends Exception {
    private static final long serialVersionUID = 1L;

    private final String stage;

    public PipelineException(String stage, String message) {
        super(message);
        this.stage = stage;
    }

    public PipelineException(String stage, String message, Throwable cause) {
        super(message, cause);
        this.stage = stage;
    }

    public String stage() {
        return stage;
    }
}
