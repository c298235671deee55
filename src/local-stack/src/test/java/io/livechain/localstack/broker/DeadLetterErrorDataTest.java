package io.livechain.localstack.broker;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.cloudevents.CloudEvent;
import io.cloudevents.core.builder.CloudEventBuilder;
import java.net.URI;
import java.util.Arrays;
import java.util.Base64;
import org.junit.jupiter.api.Test;

/** A dead letter carries the subscriber's answer, capped so the letter still fits in a Kafka record. */
class DeadLetterErrorDataTest {

    private static final CloudEvent EVENT = CloudEventBuilder.v1()
            .withId("e-1")
            .withSource(URI.create("/test"))
            .withType("io.livechain.scan.v1")
            .build();

    private static byte[] errorData(CloudEvent dead) {
        return Base64.getDecoder().decode(dead.getExtension("knativeerrordata").toString());
    }

    @Test
    void aShortAnswerIsCarriedWhole() {
        byte[] answer = "{\"status\":400,\"message\":\"quantity: must be positive\"}".getBytes();

        CloudEvent dead = Delivery.withError(EVENT, "http://inventory/", new Delivery.Outcome(400, answer));

        assertArrayEquals(answer, errorData(dead));
        assertEquals("400", dead.getExtension("knativeerrorcode"));
    }

    @Test
    void aHugeAnswerIsCutToTheCap() {
        byte[] answer = new byte[2 * 1024 * 1024];
        Arrays.fill(answer, (byte) 'x');

        CloudEvent dead = Delivery.withError(EVENT, "http://inventory/", new Delivery.Outcome(400, answer));

        assertEquals(Delivery.MAX_ERROR_DATA_BYTES, errorData(dead).length);
    }
}
