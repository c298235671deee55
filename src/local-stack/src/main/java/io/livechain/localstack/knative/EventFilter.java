package io.livechain.localstack.knative;

import com.fasterxml.jackson.databind.JsonNode;
import io.cloudevents.CloudEvent;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.function.BiPredicate;
import java.util.function.Function;

/**
 * A Trigger's filter: the {@code filters} dialect (exact, prefix, suffix, all, any, not; every
 * entry must match) or the older {@code filter.attributes} (exact match on each). No filter takes
 * everything.
 */
@FunctionalInterface
public interface EventFilter {

    /** Whether an event whose attributes and extensions {@code attribute} looks up passes. */
    boolean test(Function<String, String> attribute);

    default boolean test(CloudEvent event) {
        return test(name -> attributeOf(event, name));
    }

    static EventFilter from(JsonNode triggerSpec) {
        List<EventFilter> parts = new ArrayList<>();
        triggerSpec.path("filters").forEach(f -> parts.add(parse(f)));
        JsonNode attributes = triggerSpec.path("filter").path("attributes");
        if (attributes.isObject() && !attributes.isEmpty()) {
            parts.add(matching(attributes, String::equals));
        }
        return all(parts);
    }

    private static EventFilter parse(JsonNode filter) {
        List<EventFilter> parts = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = filter.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> dialect = it.next();
            JsonNode value = dialect.getValue();
            parts.add(
                    switch (dialect.getKey()) {
                        case "exact" -> matching(value, String::equals);
                        case "prefix" -> matching(value, String::startsWith);
                        case "suffix" -> matching(value, String::endsWith);
                        case "all" -> all(list(value));
                        case "any" -> any(list(value));
                        case "not" -> negate(parse(value));
                        default ->
                            throw new IllegalArgumentException("unsupported Trigger filter dialect '" + dialect.getKey()
                                    + "' (supported: exact, prefix, suffix, all, any, not)");
                    });
        }
        return all(parts);
    }

    private static List<EventFilter> list(JsonNode filters) {
        List<EventFilter> parts = new ArrayList<>();
        filters.forEach(f -> parts.add(parse(f)));
        return parts;
    }

    private static EventFilter matching(JsonNode expected, BiPredicate<String, String> match) {
        List<Map.Entry<String, String>> pairs = new ArrayList<>();
        expected.fields()
                .forEachRemaining(
                        e -> pairs.add(Map.entry(e.getKey(), e.getValue().asText())));
        return attribute -> pairs.stream().allMatch(p -> {
            String actual = attribute.apply(p.getKey());
            return actual != null && match.test(actual, p.getValue());
        });
    }

    private static EventFilter all(List<EventFilter> parts) {
        return attribute -> parts.stream().allMatch(f -> f.test(attribute));
    }

    private static EventFilter any(List<EventFilter> parts) {
        return attribute -> parts.stream().anyMatch(f -> f.test(attribute));
    }

    private static EventFilter negate(EventFilter filter) {
        return attribute -> !filter.test(attribute);
    }

    /** A context attribute or extension as a string, null when the event has none. */
    static String attributeOf(CloudEvent event, String name) {
        Object value;
        try {
            value = event.getAttribute(name);
        } catch (IllegalArgumentException notAContextAttribute) {
            value = null;
        }
        if (value == null) {
            value = event.getExtension(name);
        }
        return value == null ? null : value.toString();
    }
}
