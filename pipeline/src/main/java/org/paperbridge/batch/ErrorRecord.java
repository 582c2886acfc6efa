package org.paperbridge.batch;

/** One line of errors.jsonl: which source failed, in which stage, and why, in words for people. */
public record ErrorRecord(String path, String stage, String message) {
}
