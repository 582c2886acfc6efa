package org.paperbridge.model;

/** Where an article came from: path as given, detected format, sha256 of the bytes, page count. */
public record Source(String path, String format, String sha256, Integer pages) {
}
