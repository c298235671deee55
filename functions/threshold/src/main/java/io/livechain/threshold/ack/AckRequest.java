package io.livechain.threshold.ack;

/** Optional body of an ack, {@code {"by": "alice"}}: who acknowledges. */
public record AckRequest(String by) {

    static final String UNKNOWN = "unknown";

    /** {@code by}, or {@value #UNKNOWN} when the body or {@code by} is missing or blank. */
    static String who(AckRequest request) {
        return request == null || request.by() == null || request.by().isBlank() ? UNKNOWN : request.by();
    }
}
