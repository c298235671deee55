package io.livechain.threshold.ack;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/** Body of every error of the ack endpoint; {@code errors} names each bad field (400 only). */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record AckError(int status, String message, List<FieldProblem> errors) {

    /** One bad field of the request body and what is wrong with it. */
    public record FieldProblem(String field, String problem) {}

    static AckError of(int status, String message) {
        return new AckError(status, message, null);
    }

    static AckError badField(int status, String field, String problem) {
        return new AckError(status, field + ": " + problem, List.of(new FieldProblem(field, problem)));
    }
}
