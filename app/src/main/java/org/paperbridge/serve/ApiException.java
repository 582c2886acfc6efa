package org.paperbridge.serve;

/**
 * A request the service refuses, with the HTTP status and the one-line message sent back as
 * {@code {"error": {"status": …, "message": …}}}. Never carries a stack trace to the client.
 */
public final class ApiException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final int status;

    public ApiException(int status, String message) {
        super(message, null, false, false);
        this.status = status;
    }

    public int status() {
        return status;
    }

    static ApiException badRequest(String message) {
        return new ApiException(400, message);
    }

    static ApiException notFound(String message) {
        return new ApiException(404, message);
    }
}
