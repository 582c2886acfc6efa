package org.paperbridge.corpus;

/** An article an export could not take (a remote index refused it after retries): reported, never dropped. */
public record ExportFailure(String docId, String stage, String message) {
}
