package io.livechain.readapi.deadletters;

/** A replay request that cannot be read: answered 400, naming the field. */
public class InvalidReplayRequestException extends RuntimeException {

    public InvalidReplayRequestException(String field, String problem) {
        super(field + ": " + problem);
    }
}
