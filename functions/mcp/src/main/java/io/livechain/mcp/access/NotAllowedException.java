package io.livechain.mcp.access;

/** The agent's token lacks the role a tool needs: the tool answers with an error naming it. */
public class NotAllowedException extends RuntimeException {

    public NotAllowedException(String message) {
        super(message);
    }
}
