package io.livechain.readapi;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.OffsetDateTime;

/** Column values of the read views as the answers carry them. */
public final class ViewColumns {

    private ViewColumns() {}

    /** A timestamptz column; null stays null. */
    public static Instant instant(OffsetDateTime time) {
        return time == null ? null : time.toInstant();
    }

    /** A jsonb column read as text (passed on as stored, whatever its shape); null stays null. */
    public static JsonNode json(ObjectMapper mapper, String text) {
        if (text == null) {
            return null;
        }
        try {
            return mapper.readTree(text);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e); // jsonb from PostgreSQL is always valid JSON
        }
    }
}
