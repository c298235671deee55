package io.livechain.readapi.alerts;

/** The status filter is neither of the two states an alert can be in. */
public class UnknownAlertStatusException extends RuntimeException {

    UnknownAlertStatusException() {
        super("status must be open or resolved");
    }
}
