package io.livechain.model;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import com.networknt.schema.path.NodePath;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Validates event data against the catalogue's JSON Schemas (draft 2020-12, with format assertions,
 * so a date-time must really be one). Schemas load once; instances are thread-safe.
 */
public final class EventSchemas {

    private static final String SCHEMA_BASE = "https://livechain.io/schemas/";

    private final Map<EventType, Schema> schemas = new EnumMap<>(EventType.class);
    private final SchemaRegistry registry;

    public EventSchemas() {
        registry = SchemaRegistry.withDefaultDialect(
                SpecificationVersion.DRAFT_2020_12,
                builder -> builder.schemaIdResolvers(ids -> ids.mapPrefix(SCHEMA_BASE, "classpath:schemas/")));
        for (EventType type : EventType.values()) {
            schemas.put(type, registry.getSchema(SchemaLocation.of(SCHEMA_BASE + type.type() + ".json")));
        }
    }

    /** Returns every schema violation of {@code data} as field and problem; empty when valid. */
    public List<FieldError> validate(EventType type, JsonNode data) {
        List<Error> errors = schemas.get(type)
                .validate(data, context -> context.executionConfig(config -> config.formatAssertionsEnabled(true)));
        return errors.stream().map(EventSchemas::toFieldError).toList();
    }

    /** Validates a document of another format described under schemas/ (e.g. {@code network.v1.json}). */
    public List<FieldError> validate(String schemaFile, JsonNode data) {
        return registry
                .getSchema(SchemaLocation.of(SCHEMA_BASE + schemaFile))
                .validate(data, context -> context.executionConfig(config -> config.formatAssertionsEnabled(true)))
                .stream()
                .map(EventSchemas::toFieldError)
                .toList();
    }

    private static FieldError toFieldError(Error error) {
        String field = dotted(error.getInstanceLocation());
        if ("required".equals(error.getKeyword()) && error.getProperty() != null) {
            return new FieldError(
                    field.isEmpty() ? error.getProperty() : field + "." + error.getProperty(), "is required");
        }
        String message = error.getMessage();
        String location = error.getInstanceLocation().toString() + ": ";
        if (message.startsWith(location)) {
            message = message.substring(location.length());
        }
        return new FieldError(field.isEmpty() ? "data" : field, message);
    }

    /** {@code lines[2].sku} style, whatever path notation the validator is set to. */
    private static String dotted(NodePath path) {
        StringBuilder field = new StringBuilder();
        for (int i = 0; i < path.getNameCount(); i++) {
            Object element = path.getElement(i);
            if (element instanceof Integer index) {
                field.append('[').append(index).append(']');
            } else {
                field.append(field.length() == 0 ? "" : ".").append(element);
            }
        }
        return field.toString();
    }
}
