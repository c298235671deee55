package io.livechain.model.network;

import io.livechain.model.FieldError;
import java.util.List;
import java.util.stream.Collectors;

/** A network file that cannot be routed over: every problem with its JSON path. */
public class InvalidNetworkException extends RuntimeException {

    private final transient List<FieldError> errors;

    public InvalidNetworkException(String origin, List<FieldError> errors) {
        super("invalid network " + origin + ": "
                + errors.stream()
                        .limit(20)
                        .map(e -> e.field() + " " + e.problem())
                        .collect(Collectors.joining("; "))
                + (errors.size() > 20 ? " (and " + (errors.size() - 20) + " more)" : ""));
        this.errors = List.copyOf(errors);
    }

    public List<FieldError> errors() {
        return errors;
    }
}
