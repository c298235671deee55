package io.livechain.model.epcis;

import com.fasterxml.jackson.databind.JsonNode;
import io.livechain.model.FieldError;
import io.livechain.model.InvalidEventException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Validates and maps EPCIS 2.0 documents or single events (JSON / JSON-LD) against the official GS1 schema and the
 * capture rules: GS1 identifiers to sku and location, CBV business steps to stock movements, sensor reports to
 * readings, each event identified by its CBV event hash. Thread-safe; build once.
 */
public final class EpcisCapture {

    /** The EPCIS 2.0 event types this capture understands. */
    public static final Set<String> EVENT_TYPES =
            Set.of("ObjectEvent", "AggregationEvent", "TransformationEvent", "TransactionEvent", "AssociationEvent");

    private static final String DOCUMENT = "EPCISDocument";
    private static final String NI_PREFIX = "ni:///";

    private final EpcisSchema schema;

    /** Loads the classpath copy of the GS1 EPCIS JSON Schema ({@code epcis/EPCIS-JSON-Schema.json}) once. */
    public EpcisCapture() {
        schema = new EpcisSchema();
    }

    /**
     * Every problem of an EPCISDocument or single event: the JSON path (e.g. {@code $.epcisBody.eventList[1].action})
     * as field, and the rule broken; empty when valid.
     */
    public List<FieldError> validate(JsonNode documentOrEvent) {
        return capture(documentOrEvent).errors();
    }

    /**
     * The document's events, in order, mapped; all or nothing.
     *
     * @throws InvalidEventException with {@link #validate}'s errors when anything is invalid
     */
    public List<CapturedEvent> map(JsonNode documentOrEvent) {
        Result result = capture(documentOrEvent);
        if (!result.errors().isEmpty()) {
            throw new InvalidEventException(result.errors());
        }
        return result.events();
    }

    private record Located(JsonNode event, String path) {}

    /** The JSON path of the first infinite number below {@code node}, or null. */
    private static String infinite(JsonNode node, String path) {
        if (node.isDouble() && !Double.isFinite(node.doubleValue())) {
            return path;
        }
        for (int i = 0; node.isArray() && i < node.size(); i++) {
            String found = infinite(node.get(i), path + "[" + i + "]");
            if (found != null) {
                return found;
            }
        }
        for (var fields = node.fields(); fields.hasNext(); ) {
            var field = fields.next();
            String found = infinite(field.getValue(), path + "." + field.getKey());
            if (found != null) {
                return found;
            }
        }
        return null;
    }

    private record Result(List<FieldError> errors, List<CapturedEvent> events) {}

    private Result capture(JsonNode root) {
        if (root == null || !root.isObject()) {
            return new Result(
                    List.of(new FieldError("$", "must be an EPCISDocument or an EPCIS event object")), List.of());
        }
        String infinite = infinite(root, "$");
        if (infinite != null) {
            // A JSON number beyond a double's range (1e400) is parsed as infinity, which neither the schema
            // validator (comparing it with an enum) nor the event hash can take: each threw, a 500.
            return new Result(List.of(new FieldError(infinite, "is out of range (beyond ±1.7e308)")), List.of());
        }
        List<FieldError> errors = new ArrayList<>(schema.validate(root));
        Map<String, String> namespaces = EventHash.namespaces(root.path("@context"));
        List<Located> events = new ArrayList<>();
        String type = root.path("type").asText();
        if (DOCUMENT.equals(type)) {
            JsonNode list = root.path("epcisBody").path("eventList");
            for (int i = 0; i < list.size(); i++) {
                events.add(new Located(list.get(i), "$.epcisBody.eventList[" + i + "]"));
            }
        } else {
            events.add(new Located(root, "$"));
        }
        List<CapturedEvent> captured = new ArrayList<>();
        for (Located located : events) {
            String eventType = located.event().path("type").asText();
            if (!EVENT_TYPES.contains(eventType)) {
                errors.add(new FieldError(
                        located.path() + ".type",
                        "'" + eventType
                                + "' is not an EPCIS event type; expected one of "
                                + EVENT_TYPES.stream().sorted().toList()
                                + (located.path().equals("$") ? " or " + DOCUMENT : "")));
            } else if (errors.stream().noneMatch(error -> within(error.field(), located.path()))) {
                try {
                    captured.add(capture(located, namespaces));
                } catch (InvalidEventException e) {
                    errors.addAll(e.errors());
                }
            }
        }
        return new Result(List.copyOf(errors), errors.isEmpty() ? List.copyOf(captured) : List.of());
    }

    private static CapturedEvent capture(Located located, Map<String, String> documentNamespaces) {
        JsonNode event = located.event();
        Map<String, String> namespaces = documentNamespaces;
        if (event.has("@context") && located.path().length() > 1) {
            namespaces = new HashMap<>(documentNamespaces);
            namespaces.putAll(EventHash.namespaces(event.get("@context")));
        }
        String eventId = EpcisValues.text(event.get("eventID"));
        String hash = eventId != null && eventId.startsWith(NI_PREFIX) ? eventId : EventHash.of(event, namespaces);
        Instant eventTime = EpcisValues.time(event.get("eventTime"), located.path() + ".eventTime");
        return new CapturedEvent(
                hash,
                event.path("type").asText(),
                MovementRules.movements(event, located.path(), hash),
                SensorReports.readings(event, located.path(), eventTime));
    }

    private static boolean within(String field, String path) {
        return field.equals(path) || field.startsWith(path + ".") || field.startsWith(path + "[");
    }
}
