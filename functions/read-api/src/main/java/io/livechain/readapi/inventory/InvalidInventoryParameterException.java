package io.livechain.readapi.inventory;

/** A query parameter of an inventory endpoint that cannot be read: answered 400, naming it. */
public class InvalidInventoryParameterException extends RuntimeException {

    InvalidInventoryParameterException(String parameter, String problem) {
        super(parameter + ": " + problem);
    }
}
