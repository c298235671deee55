package io.livechain.mcp.tools;

/** A tool argument is missing or malformed; the message names the argument and the problem. */
public class BadArgumentException extends RuntimeException {

    public BadArgumentException(String argument, String problem) {
        super(argument + ": " + problem);
    }
}
