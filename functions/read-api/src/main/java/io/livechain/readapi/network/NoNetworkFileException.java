package io.livechain.readapi.network;

import java.nio.file.Path;

/** The network file was not there when read-api started. */
public class NoNetworkFileException extends RuntimeException {

    NoNetworkFileException(Path file) {
        super("network file " + file + " is missing");
    }
}
