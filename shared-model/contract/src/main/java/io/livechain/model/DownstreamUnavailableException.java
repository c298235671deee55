package io.livechain.model;

/**
 * Something a function hands events on to (the broker, a notification channel) is down. The
 * functions answer HTTP 503 so the broker retries the event later, with backoff; nothing is lost.
 */
public class DownstreamUnavailableException extends RuntimeException {

    public static final int SERVICE_UNAVAILABLE = 503;

    public DownstreamUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }

    public DownstreamUnavailableException(String message) {
        super(message);
    }
}
