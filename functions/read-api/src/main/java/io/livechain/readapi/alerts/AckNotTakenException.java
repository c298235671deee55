package io.livechain.readapi.alerts;

/** Threshold did not record an ack: it could not be reached in time, or answered neither 200 nor 404. */
public class AckNotTakenException extends RuntimeException {

    AckNotTakenException(String alertId, String why, Throwable cause) {
        super("threshold did not take the ack of alert '" + alertId + "': " + why, cause);
    }
}
