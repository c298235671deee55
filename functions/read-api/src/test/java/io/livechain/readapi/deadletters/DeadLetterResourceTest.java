package io.livechain.readapi.deadletters;

import static io.livechain.readapi.deadletters.DeadLetterRecords.ERROR_BODY;
import static io.livechain.readapi.deadletters.DeadLetterRecords.ERROR_DEST;
import static io.livechain.readapi.deadletters.DeadLetterRecords.SOURCE;
import static io.livechain.readapi.deadletters.DeadLetterRecords.TOPIC;
import static io.livechain.readapi.deadletters.DeadLetterRecords.TYPE;
import static io.livechain.readapi.deadletters.DeadLetterRecords.binary;
import static io.livechain.readapi.deadletters.DeadLetterRecords.movement;
import static io.livechain.readapi.deadletters.DeadLetterRecords.structured;
import static io.livechain.readapi.deadletters.DeadLetterRecords.utf8;
import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.livechain.testsupport.EmbeddedKafkaResource;
import io.livechain.readapi.owners.OwnersMigratedPostgresResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;

/** Dead letters from a real Kafka topic into a real PostgreSQL, read back over HTTP. */
@QuarkusTest
@QuarkusTestResource(OwnersMigratedPostgresResource.class)
@QuarkusTestResource(EmbeddedKafkaResource.class)
class DeadLetterResourceTest {

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    private KafkaProducer<byte[], byte[]> producer;

    @BeforeEach
    void openProducer() {
        producer = new KafkaProducer<>(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers),
                new ByteArraySerializer(), new ByteArraySerializer());
    }

    @AfterEach
    void closeProducer() {
        producer.close();
    }

    private RecordMetadata produce(ProducerRecord<byte[], byte[]> record) throws Exception {
        return producer.send(record).get();
    }

    private static List<Map<String, Object>> deadLetters() {
        return given().queryParam("limit", 1000).get("/api/deadletters")
                .then().statusCode(200).extract().jsonPath().getList("$");
    }

    private static List<Map<String, Object>> withId(String id) {
        return deadLetters().stream().filter(letter -> id.equals(letter.get("id"))).toList();
    }

    private static Map<String, Object> awaitListed(String id) {
        return await().atMost(Duration.ofSeconds(30)).until(() -> withId(id), letters -> !letters.isEmpty()).get(0);
    }

    @Test
    @SuppressWarnings("unchecked")
    void binaryDeadLetterIsListedWithTheSubscribersDecodedError() throws Exception {
        produce(binary("dl-binary-1", movement("FN-1")));

        Map<String, Object> letter = awaitListed("dl-binary-1");
        assertEquals(SOURCE, letter.get("source"));
        assertEquals(TYPE, letter.get("type"));
        assertEquals("2026-11-27T06:00:00Z", letter.get("time"));
        assertEquals(400, letter.get("errorCode"));
        assertEquals(ERROR_DEST, letter.get("errorDestination"));
        assertEquals(ERROR_BODY, letter.get("errorData"));
        assertEquals("application/json", letter.get("datacontenttype"));
        assertEquals("FN-1", ((Map<String, Object>) letter.get("data")).get("sku"));
        assertEquals(Map.of("partitionkey", "FN-1|DC-1"), letter.get("extensions"));
        assertFalse(letter.containsKey("subject"));
        assertNotNull(letter.get("receivedAt"));
    }

    @Test
    @SuppressWarnings("unchecked")
    void structuredDeadLetterIsListedWithItsAttributes() throws Exception {
        produce(structured("dl-structured-1", movement("FN-2")));

        Map<String, Object> letter = awaitListed("dl-structured-1");
        assertEquals(TYPE, letter.get("type"));
        assertEquals("FN-2", letter.get("subject"));
        assertEquals(503, letter.get("errorCode"));
        assertEquals(ERROR_DEST, letter.get("errorDestination"));
        assertNull(letter.get("errorData"));
        assertNull(letter.get("time"));
        assertEquals("FN-2", ((Map<String, Object>) letter.get("data")).get("sku"));
        assertEquals(Map.of("traceparent", "00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01"),
                letter.get("extensions"));
    }

    @Test
    void recordThatIsNoCloudEventIsKeptAsUnknown() throws Exception {
        RecordMetadata sent = produce(new ProducerRecord<>(TOPIC, utf8("not a cloud event")));

        String id = TOPIC + "-" + sent.partition() + "-" + sent.offset();
        Map<String, Object> letter = awaitListed(id);
        assertEquals("kafka:" + TOPIC, letter.get("source"));
        assertEquals("unknown", letter.get("type"));
        assertEquals("not a cloud event", letter.get("data"));
        assertNull(letter.get("errorCode"));
    }

    @Test
    void redeliveredDeadLetterIsListedOnce() throws Exception {
        produce(binary("dl-twice-1", movement("FN-3")));
        produce(binary("dl-twice-1", movement("FN-3")));
        // One partition, read in order: once the marker is listed, both copies have been handled.
        produce(binary("dl-twice-marker", movement("FN-3")));

        awaitListed("dl-twice-marker");
        assertEquals(1, withId("dl-twice-1").size());
    }

    @Test
    void newestIsListedFirst() throws Exception {
        produce(binary("dl-order-1", movement("FN-4")));
        produce(binary("dl-order-2", movement("FN-4")));
        produce(binary("dl-order-3", movement("FN-4")));

        awaitListed("dl-order-3");
        List<Object> ids = deadLetters().stream().map(letter -> letter.get("id")).toList();
        assertTrue(ids.indexOf("dl-order-3") < ids.indexOf("dl-order-2"), ids::toString);
        assertTrue(ids.indexOf("dl-order-2") < ids.indexOf("dl-order-1"), ids::toString);
        assertTrue(ids.indexOf("dl-order-1") >= 0, ids::toString);
    }

    @Test
    void limitBoundsTheList() throws Exception {
        produce(binary("dl-limit-1", movement("FN-5")));
        produce(binary("dl-limit-2", movement("FN-5")));
        awaitListed("dl-limit-2");

        List<Map<String, Object>> newest = given().queryParam("limit", 1).get("/api/deadletters")
                .then().statusCode(200).extract().jsonPath().getList("$");
        assertEquals(1, newest.size());
    }
}
