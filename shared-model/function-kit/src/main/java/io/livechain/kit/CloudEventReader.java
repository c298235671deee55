package io.livechain.kit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.livechain.model.EventSchemas;
import io.livechain.model.EventType;
import io.livechain.model.FieldError;
import io.livechain.model.InvalidEventException;
import io.quarkus.funqy.knative.events.CloudEvent;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * Reads a function's incoming CloudEvent into its catalogue record: checks the media type, parses
 * the JSON, validates it against the type's schema. Every failure is an {@link InvalidEventException}
 * naming the field, so no function lets a bad event through or answers it with a 500.
 */
@ApplicationScoped
public class CloudEventReader {

    private final ObjectMapper mapper;
    private final EventSchemas schemas = new EventSchemas();

    public CloudEventReader(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    /** Returns the validated JSON data; fails on non-JSON media, malformed JSON or schema violations. */
    public JsonNode readValid(CloudEvent<JsonNode> event, EventType type) {
        String contentType = event.dataContentType();
        if (contentType != null && !isJson(contentType)) {
            throw InvalidEventException.unsupportedMediaType(contentType);
        }
        JsonNode data = parse(event);
        if (data == null || data.isMissingNode() || data.isNull()) {
            throw new InvalidEventException("data", "is required");
        }
        List<FieldError> errors = schemas.validate(type, data);
        if (!errors.isEmpty()) {
            throw new InvalidEventException(errors);
        }
        return data;
    }

    /** Reads, validates and maps the data onto the type's record. */
    public <T extends Record> T read(CloudEvent<JsonNode> event, EventType type, Class<T> record) {
        JsonNode data = readValid(event, type);
        try {
            return mapper.treeToValue(data, record);
        } catch (JsonProcessingException e) {
            throw new InvalidEventException("data", "does not map onto " + type.type() + ": " + e.getOriginalMessage());
        }
    }

    /**
     * Parses raw event data in any JSON media type ({@code application/json}, {@code application/ld+json},
     * any {@code +json}); fails with 415 for other media types and 400 for malformed JSON.
     */
    public JsonNode readJson(CloudEvent<byte[]> event) {
        String contentType = event.dataContentType();
        if (contentType != null && !isJsonFamily(contentType)) {
            throw InvalidEventException.unsupportedMediaType(contentType);
        }
        byte[] data = event.data();
        if (data == null || data.length == 0) {
            throw new InvalidEventException("data", "is required");
        }
        try {
            return mapper.readTree(data);
        } catch (java.io.IOException e) {
            String detail = e instanceof JsonProcessingException json ? json.getOriginalMessage() : e.getMessage();
            throw new InvalidEventException("data", "malformed JSON: " + detail);
        }
    }

    private static boolean isJsonFamily(String contentType) {
        String base = contentType.split(";", 2)[0].trim().toLowerCase();
        return base.equals("application/json") || base.endsWith("+json");
    }

    private static JsonNode parse(CloudEvent<JsonNode> event) {
        try {
            return event.data();
        } catch (UncheckedIOException e) {
            String detail =
                    e.getCause() instanceof JsonProcessingException json ? json.getOriginalMessage() : e.getMessage();
            throw new InvalidEventException("data", "malformed JSON: " + detail);
        } catch (RuntimeException e) {
            // Funqy cannot decode binary-mode data without a JSON Content-Type.
            throw InvalidEventException.unsupportedMediaType(String.valueOf(event.dataContentType()));
        }
    }

    private static boolean isJson(String contentType) {
        String base = contentType.split(";", 2)[0].trim().toLowerCase();
        return base.equals("application/json");
    }
}
