package io.livechain.readapi.alerts;

/** No alert has the id asked for. */
public class NoAlertException extends RuntimeException {

    NoAlertException(String alertId) {
        super("no alert '" + alertId + "'");
    }
}
