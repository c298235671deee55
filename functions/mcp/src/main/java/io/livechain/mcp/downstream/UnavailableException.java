package io.livechain.mcp.downstream;

/** A downstream service could not be reached: the tool says so, and the agent may try again. */
public class UnavailableException extends RuntimeException {

    public UnavailableException(String message) {
        super(message);
    }
}
