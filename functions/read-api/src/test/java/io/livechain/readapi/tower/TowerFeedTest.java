package io.livechain.readapi.tower;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.livechain.readapi.access.Roles;
import io.livechain.readapi.owners.OwnersMigratedPostgresResource;
import io.livechain.testsupport.EmbeddedKafkaResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.path.json.JsonPath;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

/**
 * The control tower's live feed against the owners' real read views (each owner's own migrations) and a
 * real Kafka holding the broker topic: what one snapshot says, that the flow and lag come from the
 * topic and the Triggers' consumer groups, and that the topic is watched only while a page is open.
 */
@TestSecurity(
        user = "tester",
        roles = {Roles.VIEWER})
@QuarkusTest
@QuarkusTestResource(OwnersMigratedPostgresResource.class)
@QuarkusTestResource(EmbeddedKafkaResource.class)
class TowerFeedTest {

    private static final String TOPIC = "knative-broker-livechain-default";

    @Inject
    Pool pool;

    @Inject
    TowerFeed feed;

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @TestHTTPResource("/api/live")
    URI live;

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void aSnapshotShowsStockAlertsShipmentsConditionsAndDeadLetters() throws Exception {
        stock("TWR-SKU-1", "TWR-A", "10");
        stock("TWR-SKU-2", "TWR-A", "0");
        stock("TWR-SKU-1", "TWR-B", "3");
        sql("insert into threshold.alerts (alert_id, dedup_key, asset_id, rule, severity, status, summary, raised_at,"
                + " readings) values ('twr-low', 'TWR-SKU-1@TWR-B/low-stock', 'TWR-SKU-1@TWR-B', 'low-stock', 'WARNING',"
                + " 'open', 'on-hand 3 below 5', now(), '[]')");
        sql("insert into threshold.alerts (alert_id, dedup_key, asset_id, shipment_id, rule, severity, status, summary,"
                + " raised_at, readings) values ('twr-warm', 'TWR-REEFER/excursion', 'TWR-REEFER', 'TWR-SHP', 'excursion',"
                + " 'CRITICAL', 'open', 'above 8 CEL for 31 min', now(), '[{\"assetId\":\"TWR-REEFER\",\"metric\":"
                + "\"temperature\",\"value\":9.5,\"unit\":\"CEL\",\"time\":\"2026-12-02T10:00:00Z\","
                + "\"profile\":\"refrigerated\"}]')");
        sql("insert into threshold.profiles (profile_id, min_c, max_c, hard_low_c, hard_high_c, published_at)"
                + " values ('refrigerated', 2, 8, 0, 15, now()) on conflict (profile_id) do nothing");
        sql(
                "insert into reroute.shipments (shipment_id, origin, destination, original_destination, reefer_required,"
                        + " ready_at, status, created_at, updated_at, route) values ('TWR-SHP', 'NL-RTM-PORT', 'DE-CGN-WH',"
                        + " 'DE-CGN-WH', true, now(), 'in_transit', now(), now(), '{\"facilityIds\": [\"NL-RTM-PORT\","
                        + " \"NL-VNL-HUB\", \"DE-CGN-WH\"], \"laneIds\": [\"NL-RTM-PORT>NL-VNL-HUB\", \"NL-VNL-HUB>DE-CGN-WH\"]}')");
        plan(1, "planned", "[\"NL-RTM-PORT\", \"DE-DUI-XD\", \"DE-CGN-WH\"]");
        plan(2, "rerouted", "[\"NL-RTM-PORT\", \"NL-VNL-HUB\", \"DE-CGN-WH\"]");
        sql("insert into reroute.conditions (condition_id, kind, facility_id, valid_from, valid_until, source,"
                + " event_time) values ('TWR-STRIKE', 'STRIKE', 'DE-DUI-XD', now() - interval '1 hour',"
                + " now() + interval '1 hour', '/test', now())");
        sql("insert into reroute.conditions (condition_id, kind, lane_id, valid_from, valid_until, source, event_time)"
                + " values ('TWR-OVER', 'WEATHER', 'NL-RTM-PORT>DE-DUI-XD', now() - interval '2 hours',"
                + " now() - interval '1 hour', '/test', now())");
        sql("insert into read_api.dead_letters (id, source, type, error_code) values ('twr-dl', '/test',"
                + " 'io.livechain.scan.v1', 400) on conflict do nothing");

        // Snapshots are shared for a second, so one built before these rows were written may come first.
        JsonPath snapshot = nextSnapshot(s -> s.get("deadLetters.recent.find { it.source == '/test' }") != null);

        assertEquals(
                Map.of("location", "TWR-A", "skus", 1, "units", 10, "outOfStock", 1, "low", 0),
                snapshot.getMap("locations.find { it.location == 'TWR-A' }"));
        assertEquals(1, snapshot.getInt("locations.find { it.location == 'TWR-B' }.low"));
        assertEquals(
                Map.of("sku", "TWR-SKU-1", "location", "TWR-B", "onHand", 3),
                Map.of(
                        "sku",
                        snapshot.getString("lowStock.find { it.alertId == 'twr-low' }.sku"),
                        "location",
                        snapshot.getString("lowStock.find { it.alertId == 'twr-low' }.location"),
                        "onHand",
                        snapshot.getInt("lowStock.find { it.alertId == 'twr-low' }.onHand")));
        assertEquals(9.5f, snapshot.getFloat("alerts.find { it.alertId == 'twr-warm' }.readings[0].value"));
        assertEquals(2.0f, snapshot.getFloat("profiles.refrigerated.min"));
        assertEquals(15.0f, snapshot.getFloat("profiles.refrigerated.hardHigh"));
        assertTrue(snapshot.getBoolean("shipments.find { it.shipmentId == 'TWR-SHP' }.rerouted"));
        assertEquals(
                List.of("NL-RTM-PORT", "NL-VNL-HUB", "DE-CGN-WH"),
                snapshot.getList("shipments.find { it.shipmentId == 'TWR-SHP' }.facilityIds"));
        assertEquals(
                List.of("NL-RTM-PORT", "DE-DUI-XD", "DE-CGN-WH"),
                snapshot.getList("shipments.find { it.shipmentId == 'TWR-SHP' }.previousFacilityIds"));
        assertEquals("DE-DUI-XD", snapshot.getString("conditions.find { it.conditionId == 'TWR-STRIKE' }.facilityId"));
        assertNull(
                snapshot.get("conditions.find { it.conditionId == 'TWR-OVER' }"), "expired conditions are not drawn");
        assertTrue(snapshot.getInt("deadLetters.waiting") >= 1);
        assertEquals(400, snapshot.getInt("deadLetters.recent.find { it.source == '/test' }.errorCode"));
    }

    @Test
    void flowPerTypeAndTriggerLagComeFromTheBrokerTopicAndItsConsumerGroups() throws Exception {
        try (Admin admin = Admin.create(Map.of("bootstrap.servers", bootstrapServers))) {
            admin.createTopics(List.of(new NewTopic(TOPIC, 2, (short) 1))).all().get();
            try (KafkaProducer<byte[], byte[]> producer = new KafkaProducer<>(producerProperties())) {
                for (int i = 0; i < 5; i++) {
                    producer.send(record("io.livechain.scan.v1"));
                }
                producer.send(record("com.example.not.in.the.catalogue"));
                producer.send(new ProducerRecord<>(TOPIC, 0, null, "{}".getBytes(StandardCharsets.UTF_8)));
                producer.flush();
            }
            // A Trigger's group that has delivered the first 2 of partition 0's 7 records.
            admin.alterConsumerGroupOffsets(
                            "knative-trigger-livechain-inventory-scans",
                            Map.of(new TopicPartition(TOPIC, 0), new OffsetAndMetadata(2)))
                    .all()
                    .get();
        }

        JsonPath snapshot = nextSnapshot(s -> total(s, "io.livechain.scan.v1") == 5
                && total(s, "other") == 2
                && Integer.valueOf(5).equals(s.get("lag.find { it.trigger == 'inventory-scans' }.records")));

        assertEquals(10, snapshot.getInt("flow.bucketSeconds"));
        assertEquals(30, snapshot.getList("flow.types.'io.livechain.scan.v1'").size());
    }

    @Test
    void theBrokerTopicIsWatchedOnlyWhileAPageIsOpen() throws Exception {
        nextSnapshot(s -> true);

        await().atMost(Duration.ofSeconds(10)).until(() -> feed.pages() == 0);
        // The reader ends its poll and closes its consumer (at most a poll and a close later).
        await().atMost(Duration.ofSeconds(15)).until(() -> !watching());
    }

    private boolean watching() {
        return Thread.getAllStackTraces().keySet().stream()
                .anyMatch(thread -> thread.getName().equals("control-tower-broker-watch") && thread.isAlive());
    }

    private static long total(JsonPath snapshot, String type) {
        List<Integer> counts = snapshot.getList("flow.types.'" + type + "'");
        return counts == null
                ? 0
                : counts.stream().mapToLong(Integer::longValue).sum();
    }

    /** Reads the page's feed until a snapshot matches (20 s at most), then closes it as a page would. */
    private JsonPath nextSnapshot(Predicate<JsonPath> wanted) throws Exception {
        HttpResponse<Stream<String>> response = http.send(
                HttpRequest.newBuilder(live)
                        .header("Accept", "text/event-stream")
                        .build(),
                HttpResponse.BodyHandlers.ofLines());
        assertEquals(200, response.statusCode());
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        try (Stream<String> lines = response.body()) {
            Iterator<String> events =
                    lines.filter(line -> line.startsWith("data:")).iterator();
            JsonPath last = null;
            while (System.nanoTime() < deadline && events.hasNext()) {
                last = JsonPath.from(events.next().substring("data:".length()));
                if (wanted.test(last)) {
                    return last;
                }
            }
            throw new AssertionError(
                    "no snapshot as wanted within 20 s; the last: " + (last == null ? null : last.prettify()));
        }
    }

    private ProducerRecord<byte[], byte[]> record(String type) {
        ProducerRecord<byte[], byte[]> record =
                new ProducerRecord<>(TOPIC, 0, null, "{}".getBytes(StandardCharsets.UTF_8));
        record.headers().add("ce_type", type.getBytes(StandardCharsets.UTF_8));
        return record;
    }

    private Properties producerProperties() {
        Properties properties = new Properties();
        properties.put("bootstrap.servers", bootstrapServers);
        properties.put("key.serializer", ByteArraySerializer.class.getName());
        properties.put("value.serializer", ByteArraySerializer.class.getName());
        return properties;
    }

    private void stock(String sku, String location, String onHand) {
        pool.preparedQuery("insert into inventory.stock_on_hand (sku, location, uom, on_hand, updated_at)"
                        + " values ($1, $2, '', $3, now()) on conflict (sku, location, uom) do update set on_hand = $3")
                .execute(Tuple.of(sku, location, new BigDecimal(onHand)))
                .await()
                .indefinitely();
    }

    private void plan(int seq, String kind, String facilityIds) {
        sql("insert into reroute.plans (shipment_id, seq, kind, decided_at, trigger, reason, route, eta, condition_ids,"
                + " event_id, event_type, payload, cause_source, cause_id, recorded_at) values ('TWR-SHP', " + seq
                + ", '" + kind + "', now(), 'condition', 'strike at Duisburg', '{\"facilityIds\": " + facilityIds
                + "}', now(), '[]', 'twr-plan-" + seq + "', 'io.livechain.route.planned.v1', '{}', '/test', 'c', now())"
                + " on conflict do nothing");
    }

    private void sql(String statement) {
        pool.query(statement).execute().await().indefinitely();
    }
}
