package io.livechain.readapi.deadletters;

/** The broker did not take a replayed event: answered 503; what it took is marked, the rest stays. */
public class ReplayNotTakenException extends RuntimeException {

    public ReplayNotTakenException(String message, Throwable cause) {
        super(message, cause);
    }
}
