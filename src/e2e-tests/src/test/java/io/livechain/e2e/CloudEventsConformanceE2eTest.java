package io.livechain.e2e;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.cloudevents.CloudEvent;
import io.cloudevents.core.builder.CloudEventBuilder;
import io.cloudevents.core.provider.EventFormatProvider;
import io.cloudevents.core.test.Data;
import io.cloudevents.jackson.JsonFormat;
import io.restassured.specification.RequestSpecification;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The CloudEvents SDK's own test events through the broker ingress in binary, structured and batch
 * mode, out to a subscriber: every attribute, extension and byte of data arrives as sent.
 */
class CloudEventsConformanceE2eTest {

    private static E2eStack e2e;

    @BeforeAll
    static void startStack() {
        e2e = E2eStack.get();
    }

    /** The SDK's v1 events with string extensions and with JSON, XML, text or no data, each under a fresh id. */
    private static List<CloudEvent> events(String mode) {
        List<CloudEvent> events = new ArrayList<>();
        Stream.of(
                        Data.V1_MIN,
                        Data.V1_WITH_JSON_DATA,
                        Data.V1_WITH_JSON_DATA_WITH_EXT_STRING,
                        Data.V1_WITH_XML_DATA,
                        Data.V1_WITH_TEXT_DATA)
                .forEach(e -> events.add(CloudEventBuilder.v1(e)
                        .withId(mode + "-" + events.size())
                        .build()));
        return events;
    }

    private static void sendBinary(CloudEvent event) {
        RequestSpecification request = given().baseUri(e2e.url())
                .header("ce-specversion", "1.0")
                .header("ce-id", event.getId())
                .header("ce-source", event.getSource().toString())
                .header("ce-type", event.getType());
        if (event.getSubject() != null) {
            request.header("ce-subject", event.getSubject());
        }
        if (event.getTime() != null) {
            request.header("ce-time", event.getTime().toString());
        }
        if (event.getDataSchema() != null) {
            request.header("ce-dataschema", event.getDataSchema().toString());
        }
        for (String name : event.getExtensionNames()) {
            request.header("ce-" + name, event.getExtension(name).toString());
        }
        if (event.getDataContentType() != null) {
            request.contentType(event.getDataContentType());
        }
        request.body(event.getData() == null ? new byte[0] : event.getData().toBytes())
                .post("/")
                .then()
                .statusCode(202);
    }

    private static void assertDelivered(List<CloudEvent> sent) {
        await().atMost(Duration.ofSeconds(60)).until(() -> sent.stream().allMatch(e -> received(e.getId()) != null));
        for (CloudEvent expected : sent) {
            RecordingSubscriber.Received got = received(expected.getId());
            assertEquals(expected.getType(), got.attribute("type"), expected.getId());
            assertEquals(expected.getSource().toString(), got.attribute("source"), expected.getId());
            assertEquals(expected.getSubject(), got.attribute("subject"), expected.getId());
            assertEquals(
                    expected.getDataSchema() == null
                            ? null
                            : expected.getDataSchema().toString(),
                    got.attribute("dataschema"),
                    expected.getId());
            for (String name : expected.getExtensionNames()) {
                assertEquals(
                        expected.getExtension(name).toString(), got.attribute(name), expected.getId() + " " + name);
            }
            byte[] data = expected.getData() == null
                    ? new byte[0]
                    : expected.getData().toBytes();
            assertArrayEquals(data, got.data().getBytes(StandardCharsets.UTF_8), expected.getId());
        }
    }

    private static RecordingSubscriber.Received received(String id) {
        return e2e.conformance.received().stream()
                .filter(r -> id.equals(r.attribute("id")))
                .findFirst()
                .orElse(null);
    }

    @Test
    void binaryModeKeepsAttributesExtensionsAndData() {
        List<CloudEvent> sent = events("binary");
        sent.forEach(CloudEventsConformanceE2eTest::sendBinary);
        assertDelivered(sent);
    }

    @Test
    void structuredModeKeepsAttributesExtensionsAndData() {
        List<CloudEvent> sent = events("structured");
        var json = EventFormatProvider.getInstance().resolveFormat(JsonFormat.CONTENT_TYPE);
        for (CloudEvent event : sent) {
            given().baseUri(e2e.url())
                    .contentType("application/cloudevents+json")
                    .body(json.serialize(event))
                    .post("/livechain/default")
                    .then()
                    .statusCode(202);
        }
        assertDelivered(sent);
    }

    @Test
    void batchModeKeepsEveryEvent() {
        List<CloudEvent> sent = events("batch");
        var json = EventFormatProvider.getInstance().resolveFormat(JsonFormat.CONTENT_TYPE);
        String batch = "["
                + String.join(
                        ",",
                        sent.stream()
                                .map(e -> new String(json.serialize(e), StandardCharsets.UTF_8))
                                .toList())
                + "]";
        given().baseUri(e2e.url())
                .contentType("application/cloudevents-batch+json")
                .body(batch)
                .post("/")
                .then()
                .statusCode(202);
        assertDelivered(sent);
    }
}
