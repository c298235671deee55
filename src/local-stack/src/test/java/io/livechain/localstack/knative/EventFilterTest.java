package io.livechain.localstack.knative;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import io.cloudevents.CloudEvent;
import io.cloudevents.core.builder.CloudEventBuilder;
import java.net.URI;
import java.util.Map;
import org.junit.jupiter.api.Test;

class EventFilterTest {

    private static final CloudEvent SCAN = CloudEventBuilder.v1()
            .withId("1")
            .withSource(URI.create("/dock/7"))
            .withType("io.livechain.scan.v1")
            .withExtension("region", "eu-west")
            .build();

    private static EventFilter filter(String yaml) throws Exception {
        JsonNode spec = new YAMLMapper().readTree(yaml);
        return EventFilter.from(spec);
    }

    @Test
    void exactMatchesWholeValuesOnly() throws Exception {
        assertTrue(filter("filters: [{exact: {type: io.livechain.scan.v1}}]").test(SCAN));
        assertFalse(filter("filters: [{exact: {type: io.livechain.scan}}]").test(SCAN));
    }

    @Test
    void prefixAndSuffix() throws Exception {
        assertTrue(filter("filters: [{prefix: {type: io.livechain.}}]").test(SCAN));
        assertTrue(filter("filters: [{suffix: {type: .v1}}]").test(SCAN));
        assertFalse(filter("filters: [{suffix: {type: .v2}}]").test(SCAN));
    }

    @Test
    void extensionsAreAttributesToo() throws Exception {
        assertTrue(filter("filters: [{exact: {region: eu-west}}]").test(SCAN));
        assertFalse(filter("filters: [{exact: {missing: x}}]").test(SCAN));
    }

    @Test
    void allAnyAndNotCombine() throws Exception {
        assertTrue(filter("filters: [{all: [{prefix: {type: io.}}, {exact: {source: /dock/7}}]}]")
                .test(SCAN));
        assertFalse(filter("filters: [{all: [{prefix: {type: io.}}, {exact: {source: /dock/8}}]}]")
                .test(SCAN));
        assertTrue(filter("filters: [{any: [{exact: {type: x}}, {exact: {source: /dock/7}}]}]")
                .test(SCAN));
        assertFalse(filter("filters: [{any: [{exact: {type: x}}, {exact: {source: y}}]}]")
                .test(SCAN));
        assertTrue(filter("filters: [{not: {exact: {type: io.livechain.condition.v1}}}]")
                .test(SCAN));
        assertFalse(filter("filters: [{not: {prefix: {type: io.livechain}}}]").test(SCAN));
    }

    @Test
    void everyTopLevelFilterMustMatch() throws Exception {
        assertFalse(filter("filters: [{prefix: {type: io.}}, {exact: {source: /other}}]")
                .test(SCAN));
    }

    @Test
    void legacyAttributesFilterIsExactAndCombined() throws Exception {
        assertTrue(filter("filter: {attributes: {type: io.livechain.scan.v1, source: /dock/7}}")
                .test(SCAN));
        assertFalse(filter("filter: {attributes: {type: io.livechain.scan.v1, source: /dock/8}}")
                .test(SCAN));
    }

    @Test
    void noFilterTakesEverything() throws Exception {
        assertTrue(filter("subscriber: {uri: http://x}").test(SCAN));
        assertTrue(EventFilter.from(new YAMLMapper().createObjectNode())
                .test(a -> Map.<String, String>of().get(a)));
    }

    @Test
    void unsupportedDialectFailsAtLoad() {
        assertThrows(IllegalArgumentException.class, () -> filter("filters: [{cesql: \"type = 'x'\"}]"));
    }
}
