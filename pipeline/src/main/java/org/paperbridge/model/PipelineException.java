package org.paperbridge.model;

/**
 * An input the pipeline cannot turn into an article. {@code stage} says where it failed; the message is written for the person who owns the file.
 */
public final class PipelineException extends Exception {
    private static final long serialVersionUID = 1L;

    private final Stage stage;

    public PipelineException(Stage stage, String message) {
        super(message);
        this.stage = stage;
    }

    public PipelineException(Stage stage, String message, Throwable cause) {
        super(message, cause);
        this.stage = stage;
    }

    public Stage stage() {
        return stage;
    }
}
