package io.livechain.readapi.deadletters;

/** A POST to /deadletters that carries no CloudEvent: answered 400, naming the header or field. */
public class InvalidDeadLetterException extends RuntimeException {

    public InvalidDeadLetterException(String field, String problem) {
        super(field + ": " + problem);
    }
}
