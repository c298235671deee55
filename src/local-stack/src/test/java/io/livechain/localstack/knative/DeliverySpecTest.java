package io.livechain.localstack.knative;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class DeliverySpecTest {

    private static DeliverySpec spec(String yaml, String brokerYaml) throws Exception {
        YAMLMapper yamlMapper = new YAMLMapper();
        return DeliverySpec.from(yamlMapper.readTree(yaml), yamlMapper.readTree(brokerYaml));
    }

    @Test
    void exponentialBackoffDoublesFromTheDelay() throws Exception {
        DeliverySpec spec = spec("{retry: 3, backoffPolicy: exponential, backoffDelay: PT0.5S}", "{}");
        assertEquals(Duration.ofMillis(500), spec.backoff(1));
        assertEquals(Duration.ofMillis(1000), spec.backoff(2));
        assertEquals(Duration.ofMillis(2000), spec.backoff(3));
    }

    @Test
    void linearBackoffGrowsByTheDelay() throws Exception {
        DeliverySpec spec = spec("{retry: 3, backoffPolicy: linear, backoffDelay: PT0.2S}", "{}");
        assertEquals(Duration.ofMillis(200), spec.backoff(1));
        assertEquals(Duration.ofMillis(600), spec.backoff(3));
    }

    @Test
    void triggerWithoutDeliveryTakesTheBrokers() throws Exception {
        DeliverySpec spec =
                spec("{}", "{retry: 7, timeout: PT2S, deadLetterSink: {ref: {kind: KafkaSink, name: dls}}}");
        assertEquals(7, spec.retry());
        assertEquals(Duration.ofSeconds(2), spec.timeout());
        assertEquals(Optional.of("dls"), spec.deadLetterSink());
        assertEquals(Optional.empty(), spec.deadLetterAddress());
    }

    @Test
    void deadLetterSinkMayBeAUriOrAServiceAsInKnative() throws Exception {
        DeliverySpec toUri = spec("{retry: 1, deadLetterSink: {uri: 'http://dls.example/in'}}", "{}");
        DeliverySpec toService = spec(
                "{retry: 1, deadLetterSink: {ref: {apiVersion: serving.knative.dev/v1,"
                        + " kind: Service, name: read-api}, uri: /letters}}",
                "{}");

        assertEquals(Optional.empty(), toUri.deadLetterSink());
        assertEquals(
                "http://dls.example/in", toUri.deadLetterAddress().orElseThrow().url(name -> "unused"));
        assertEquals(
                "http://localhost:18082/letters",
                toService.deadLetterAddress().orElseThrow().url(name -> "http://localhost:18082"));
        assertEquals(true, toService.hasDeadLetterSink());
        assertEquals(false, spec("{retry: 1}", "{}").hasDeadLetterSink());
    }
}
