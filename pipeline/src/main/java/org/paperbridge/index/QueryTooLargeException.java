package org.paperbridge.index;

/**
 * A well-formed query past one of the documented bounds (length, nesting, clauses after
 * expansion); the message says which bound, in one line.
 */
public final class QueryTooLargeException extends QuerySyntaxException {
    public QueryTooLargeException(String message) {
        super(message);
    }
}
