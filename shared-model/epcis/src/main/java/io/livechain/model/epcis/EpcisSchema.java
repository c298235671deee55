package io.livechain.model.epcis;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import com.networknt.schema.path.NodePath;
import io.livechain.model.FieldError;
import java.util.List;

/** The official GS1 EPCIS 2.0 JSON Schema (draft-07), loaded once from the classpath copy. */
final class EpcisSchema {

    private static final String SCHEMA_ID = "https://gs1.github.io/EPCIS/";

    private final Schema schema;

    EpcisSchema() {
        SchemaRegistry registry = SchemaRegistry.withDefaultDialect(
                SpecificationVersion.DRAFT_7,
                builder -> builder.schemaIdResolvers(ids -> ids.mapPrefix(SCHEMA_ID, "classpath:epcis/")));
        schema = registry.getSchema(SchemaLocation.of(SCHEMA_ID + "EPCIS-JSON-Schema.json"));
    }

    /** Violations as JSON paths ({@code $.epcisBody.eventList[1].action}) and the rule broken. */
    List<FieldError> validate(JsonNode document) {
        List<Error> errors = schema.validate(
                document, context -> context.executionConfig(config -> config.formatAssertionsEnabled(true)));
        return errors.stream().map(EpcisSchema::toFieldError).distinct().toList();
    }

    private static FieldError toFieldError(Error error) {
        String field = jsonPath(error.getInstanceLocation());
        if ("required".equals(error.getKeyword()) && error.getProperty() != null) {
            return new FieldError(field + "." + error.getProperty(), "is required");
        }
        String message = error.getMessage();
        String location = error.getInstanceLocation().toString() + ": ";
        return new FieldError(field, message.startsWith(location) ? message.substring(location.length()) : message);
    }

    static String jsonPath(NodePath path) {
        StringBuilder field = new StringBuilder("$");
        for (int i = 0; i < path.getNameCount(); i++) {
            Object element = path.getElement(i);
            field.append(element instanceof Integer index ? "[" + index + "]" : "." + element);
        }
        return field.toString();
    }
}
