package io.livechain.readapi.reconciliation;

/** A query parameter of {@code GET /api/reconciliation} that cannot be read: answered 400, naming it. */
public class InvalidReconciliationParameterException extends RuntimeException {

    InvalidReconciliationParameterException(String parameter, String problem) {
        super(parameter + ": " + problem);
    }
}
