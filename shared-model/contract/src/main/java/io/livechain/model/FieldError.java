package io.livechain.model;

/** One problem with an event: the JSON field (dotted path, "data" for the whole payload) and what is wrong. */
public record FieldError(String field, String problem) {

    @Override
    public String toString() {
        return field + ": " + problem;
    }
}
