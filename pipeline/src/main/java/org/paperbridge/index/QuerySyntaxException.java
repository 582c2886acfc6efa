package org.paperbridge.index;

/** A user query that cannot be parsed; the message is one line, written for the person who typed it. */
public class QuerySyntaxException extends Exception {
    public QuerySyntaxException(String message) {
        super(message);
    }
}
