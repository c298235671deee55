package io.livechain.readapi.reconciliation;

import java.math.BigInteger;
import java.util.Locale;

/**
 * What {@code GET /api/reconciliation} was asked for, read from its query parameters as sent (strings:
 * JAX-RS would take any word but "true" as false for a boolean, and answer 404 for a limit that is no
 * number). A parameter not given, or given empty ({@code ?sku=}), arrives as null: no filter, the default.
 */
public record ReconciliationFilter(boolean onlyDifferent, String location, String sku, int limit) {

    static final int DEFAULT_LIMIT = 100;
    static final int MAX_LIMIT = 1000;

    /** Fails with {@link InvalidReconciliationParameterException} for a value that is not understood. */
    static ReconciliationFilter of(String onlyDifferent, String location, String sku, String limit) {
        return new ReconciliationFilter(flag(onlyDifferent), location, sku, limit(limit));
    }

    private static boolean flag(String value) {
        if (value == null) {
            return false;
        }
        return switch (value.toLowerCase(Locale.ROOT)) {
            case "true" -> true;
            case "false" -> false;
            default -> throw new InvalidReconciliationParameterException("onlyDifferent", "must be true or false");
        };
    }

    // Like the other lists: more than the maximum gets the maximum, below zero gets nothing.
    private static int limit(String value) {
        if (value == null) {
            return DEFAULT_LIMIT;
        }
        if (!value.matches("-?\\d+")) {
            throw new InvalidReconciliationParameterException(
                    "limit", "must be a whole number (at most " + MAX_LIMIT + " are listed)");
        }
        return new BigInteger(value)
                .max(BigInteger.ZERO)
                .min(BigInteger.valueOf(MAX_LIMIT))
                .intValueExact();
    }
}
