package io.livechain.model;

import java.util.List;
import java.util.stream.Collectors;

/** An event that breaks its schema or a domain rule; the functions answer it with HTTP 400 (or 415). */
public class InvalidEventException extends RuntimeException {

    public static final int BAD_REQUEST = 400;
    public static final int UNSUPPORTED_MEDIA_TYPE = 415;

    private final List<FieldError> errors;
    private final int status;

    public InvalidEventException(List<FieldError> errors) {
        this(BAD_REQUEST, errors);
    }

    public InvalidEventException(String field, String problem) {
        this(BAD_REQUEST, List.of(new FieldError(field, problem)));
    }

    private InvalidEventException(int status, List<FieldError> errors) {
        super(errors.stream().map(FieldError::toString).collect(Collectors.joining("; ")));
        this.errors = List.copyOf(errors);
        this.status = status;
    }

    /** Data in a media type the function cannot read (HTTP 415). */
    public static InvalidEventException unsupportedMediaType(String dataContentType) {
        return new InvalidEventException(
                UNSUPPORTED_MEDIA_TYPE,
                List.of(new FieldError(
                        "datacontenttype", "'" + dataContentType + "' is not supported; send application/json")));
    }

    /** The HTTP status to answer with: 400, or 415 for an unreadable media type. */
    public int status() {
        return status;
    }

    public List<FieldError> errors() {
        return errors;
    }
}
