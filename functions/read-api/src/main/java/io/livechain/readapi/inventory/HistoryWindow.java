package io.livechain.readapi.inventory;

import java.time.Instant;

/**
 * Which movements {@code GET /api/inventory/{sku}/{location}/history} lists: event time from {@code from}
 * (inclusive) to {@code to} (exclusive), either unbounded when not given, at most {@code limit}.
 */
record HistoryWindow(Instant from, Instant to, int limit) {

    static final int DEFAULT_LIMIT = 500;
    static final int MAX_LIMIT = 5000;

    /** Reads the parameters as sent; fails with {@link InvalidInventoryParameterException} naming one. */
    static HistoryWindow of(String from, String to, String limit) {
        Instant start = EventTimeParameter.parse("from", from);
        Instant end = EventTimeParameter.parse("to", to);
        if (start != null && end != null && start.isAfter(end)) {
            throw new InvalidInventoryParameterException("from", "is after to (" + from + " > " + to + ")");
        }
        return new HistoryWindow(start, end, limit(limit));
    }

    private static int limit(String value) {
        if (value == null) {
            return DEFAULT_LIMIT;
        }
        if (!value.matches("\\d{1,9}") || Integer.parseInt(value) < 1 || Integer.parseInt(value) > MAX_LIMIT) {
            throw new InvalidInventoryParameterException(
                    "limit", "must be a whole number from 1 to " + MAX_LIMIT + ", was " + value);
        }
        return Integer.parseInt(value);
    }
}
