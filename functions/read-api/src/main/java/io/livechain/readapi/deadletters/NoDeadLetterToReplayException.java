package io.livechain.readapi.deadletters;

/** A replay by id that finds no dead letter left to replay: answered 404. */
public class NoDeadLetterToReplayException extends RuntimeException {

    public NoDeadLetterToReplayException(String id) {
        super("no dead letter with id " + id + " is waiting for a replay");
    }
}
