package io.livechain.readapi.reconciliation;

/**
 * A read view the reconciliation joins is not there yet: its owner has not migrated (or is not deployed).
 * Answered 503, not an empty list: no positions would read as "no drift", and a missing inventory view
 * would read as drift everywhere.
 */
public class MissingReadViewException extends RuntimeException {

    private MissingReadViewException(String message) {
        super(message);
    }

    static MissingReadViewException legacyOnHand() {
        return new MissingReadViewException(
                "the cdc-adapter has not created its read view " + ReconciliationQueries.LEGACY_VIEW + " yet");
    }

    static MissingReadViewException stockOnHand() {
        return new MissingReadViewException(
                "the inventory function has not created its read view " + ReconciliationQueries.STOCK_VIEW + " yet");
    }
}
