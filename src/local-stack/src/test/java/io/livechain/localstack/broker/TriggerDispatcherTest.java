package io.livechain.localstack.broker;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.cloudevents.CloudEvent;
import io.cloudevents.core.builder.CloudEventBuilder;
import io.cloudevents.core.message.Encoding;
import io.cloudevents.kafka.CloudEventSerializer;
import io.livechain.localstack.knative.DeliverySpec;
import io.livechain.localstack.knative.EventFilter;
import io.livechain.localstack.knative.TriggerSpec;
import io.vertx.core.Vertx;
import io.vertx.ext.web.client.WebClient;
import io.vertx.ext.web.client.WebClientOptions;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.common.test.KafkaClusterTestKit;
import org.apache.kafka.common.test.TestKitNodes;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Dispatchers and their shared reader against a real Kafka and real HTTP subscribers: in flight, order, commits. */
class TriggerDispatcherTest {

    private static final String WANTED = "io.livechain.test.wanted.v1";
    private static KafkaClusterTestKit kafka;
    private static KafkaProducer<String, CloudEvent> producer;
    private static Admin admin;
    private static Vertx vertx;
    private static WebClient client;
    private static EventLog log;
    private static final AtomicInteger TOPICS = new AtomicInteger();

    private final Subscriber subscriber = new Subscriber();
    private final Subscriber other = new Subscriber();
    private TriggerReaders readers;
    private String topic;
    private final BrokerMetrics metrics = new BrokerMetrics();

    @BeforeAll
    static void startKafka() throws Exception {
        Path dir =
                Files.createDirectories(Path.of("target", "dispatcher-kafka")).toAbsolutePath();
        kafka = new KafkaClusterTestKit.Builder(new TestKitNodes.Builder()
                        .setCombined(true)
                        .setNumBrokerNodes(1)
                        .setNumControllerNodes(1)
                        .setBaseDirectory(Files.createTempDirectory(dir, "kraft-"))
                        .build())
                .setConfigProp("offsets.topic.replication.factor", "1")
                .setConfigProp("group.initial.rebalance.delay.ms", "0")
                .build();
        kafka.format();
        kafka.startup();
        kafka.waitForReadyBrokers();
        Properties config = new Properties();
        config.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers());
        config.put(CloudEventSerializer.ENCODING_CONFIG, Encoding.BINARY);
        producer = new KafkaProducer<>(config, new StringSerializer(), new CloudEventSerializer());
        admin = Admin.create(Map.of("bootstrap.servers", kafka.bootstrapServers()));
        vertx = Vertx.vertx();
        client = WebClient.create(vertx, new WebClientOptions().setMaxPoolSize(64));
        log = new EventLog(kafka.bootstrapServers());
    }

    @AfterAll
    static void stopKafka() throws Exception {
        log.close();
        client.close();
        vertx.close().toCompletionStage().toCompletableFuture().join();
        admin.close();
        producer.close();
        kafka.close();
    }

    @AfterEach
    void stop() {
        if (readers != null) {
            readers.close();
        }
        subscriber.close();
        other.close();
    }

    @Test
    void commitNeverPassesAnEventStillInFlight() throws Exception {
        start(false, 2);
        subscriber.hold(id -> id.equals("a-0"));
        for (int i = 0; i < 20; i++) {
            send(0, "a-" + i, WANTED);
            send(1, "b-" + i, WANTED);
        }
        await().atMost(Duration.ofSeconds(20)).until(() -> subscriber.answered().size() == 39);
        // Partition 1 is committed to its end; partition 0 stays before the event still held.
        await().atMost(Duration.ofSeconds(10)).until(() -> committed(1) == 20);
        assertEquals(0, committed(0));
        subscriber.release();
        await().atMost(Duration.ofSeconds(10)).until(() -> committed(0) == 20);
    }

    @Test
    void deliveriesAndTheGroupsLagAreReportedAsMetrics() throws Exception {
        start(false, 1);
        for (int i = 0; i < 2; i++) {
            send(0, "m-" + i, WANTED);
        }
        await().atMost(Duration.ofSeconds(20)).until(() -> committed(0) == 2);
        readers.close();
        readers = null;
        for (int i = 2; i < 5; i++) {
            send(0, "m-" + i, WANTED);
        }
        String trigger = "t-" + topic;
        // A second group, further on: all groups' lags are read in one request, each must get its own.
        String ahead = "ahead-" + topic;
        admin.alterConsumerGroupOffsets(
                        "group-" + ahead, Map.of(new TopicPartition(topic, 0), new OffsetAndMetadata(4)))
                .all()
                .get(10, TimeUnit.SECONDS);
        metrics.watchLag(
                kafka.bootstrapServers(),
                Map.of(trigger, TriggerSpec.consumerGroup("test", trigger), ahead, "group-" + ahead));
        await().atMost(Duration.ofSeconds(20))
                .untilAsserted(() -> assertTrue(
                        metrics.scrape().contains("livechain_trigger_lag_records{trigger=\"" + trigger + "\"} 3.0")
                                && metrics.scrape()
                                        .contains("livechain_trigger_lag_records{trigger=\"" + ahead + "\"} 1.0"),
                        metrics.scrape()));
        assertTrue(
                metrics.scrape()
                        .contains("livechain_broker_deliveries_total{outcome=\"delivered\",trigger=\"" + trigger
                                + "\"} 2.0"),
                metrics.scrape());
        metrics.close();
    }

    @Test
    void orderedKeepsOneInFlightPerPartitionAndAHeldPartitionHoldsNoOther() throws Exception {
        start(true, 2);
        subscriber.hold(id -> id.equals("a-0"));
        for (int i = 0; i < 10; i++) {
            send(0, "a-" + i, WANTED);
            send(1, "b-" + i, WANTED);
        }
        await().atMost(Duration.ofSeconds(20))
                .until(() -> subscriber.answered().stream()
                                .filter(id -> id.startsWith("b-"))
                                .count()
                        == 10);
        assertTrue(
                subscriber.arrived().stream().noneMatch(id -> id.startsWith("a-") && !id.equals("a-0")),
                "nothing behind the held event of partition 0 may be delivered yet: " + subscriber.arrived());
        subscriber.release();
        await().atMost(Duration.ofSeconds(20)).until(() -> subscriber.answered().size() == 20);
        assertEquals(
                List.of("a-0", "a-1", "a-2", "a-3", "a-4", "a-5", "a-6", "a-7", "a-8", "a-9"),
                subscriber.answered().stream().filter(id -> id.startsWith("a-")).toList());
        assertEquals(
                List.of("b-0", "b-1", "b-2", "b-3", "b-4", "b-5", "b-6", "b-7", "b-8", "b-9"),
                subscriber.answered().stream().filter(id -> id.startsWith("b-")).toList());
        assertEquals(2, subscriber.maxConcurrent(), "one in flight per partition, two partitions");
    }

    @Test
    void unorderedKeepsManyDeliveriesInFlight() throws Exception {
        start(false, 1);
        CountDownLatch twenty = new CountDownLatch(20);
        subscriber.onArrival(twenty::countDown, () -> twenty.await(10, TimeUnit.SECONDS));
        for (int i = 0; i < 60; i++) {
            send(0, "e-" + i, WANTED);
        }
        await().atMost(Duration.ofSeconds(30)).until(() -> subscriber.answered().size() == 60);
        assertTrue(subscriber.maxConcurrent() >= 20, "max concurrent was " + subscriber.maxConcurrent());
        assertTrue(subscriber.maxConcurrent() <= TriggerDispatcher.MAX_IN_FLIGHT);
    }

    @Test
    void recordsTheFilterRefusesAreCommittedWithoutDelivery() throws Exception {
        start(false, 1);
        for (int i = 0; i < 10; i++) {
            send(0, "other-" + i, "io.livechain.test.other.v1");
        }
        send(0, "wanted", WANTED);
        await().atMost(Duration.ofSeconds(10)).until(() -> committed(0) == 11);
        assertEquals(List.of("wanted"), subscriber.answered());
    }

    @Test
    void eachTriggerResumesFromItsOwnConsumerGroupsOffsets() throws Exception {
        createTopic(1);
        TriggerDispatcher first = dispatcher("t", false, subscriber);
        read(first);
        for (int i = 0; i < 10; i++) {
            send(0, "old-" + i, WANTED);
        }
        await().atMost(Duration.ofSeconds(20)).until(() -> committed(0) == 10);
        readers.close();
        for (int i = 0; i < 5; i++) {
            send(0, "new-" + i, WANTED);
        }
        // One reader for both: the new Trigger starts at the oldest event, the first where its group stood.
        read(dispatcher("t", false, subscriber), dispatcher("late", false, other));
        await().atMost(Duration.ofSeconds(20))
                .until(() ->
                        other.answered().size() == 15 && subscriber.answered().size() == 15);
        assertEquals(
                5,
                subscriber.answered().stream()
                        .filter(id -> id.startsWith("new-"))
                        .count());
        assertEquals(
                10,
                subscriber.answered().stream()
                        .filter(id -> id.startsWith("old-"))
                        .count(),
                "events before the committed offset are not delivered again");
        await().atMost(Duration.ofSeconds(10)).until(() -> committed("late", 0) == 15);
    }

    @Test
    void aTriggerThatFallsBehindReadsOnItsOwnAndHoldsUpNoOther() throws Exception {
        createTopic(2);
        subscriber.hold(id -> true);
        read(dispatcher("slow", false, subscriber), dispatcher("fast", false, other));
        int count = TopicReader.QUEUE_LIMIT * 2;
        for (int i = 0; i < count; i++) {
            CloudEvent event = CloudEventBuilder.v1()
                    .withId("e-" + i)
                    .withSource(URI.create("/test"))
                    .withType(WANTED)
                    .build();
            producer.send(new ProducerRecord<>(topic, i % 2, null, event));
        }
        producer.flush();
        await().atMost(Duration.ofSeconds(60)).until(() -> other.answered().size() == count);
        assertEquals(TriggerDispatcher.MAX_IN_FLIGHT, subscriber.arrived().size(), "the slow one is held");
        assertEquals(List.of("slow-" + topic), readers.onOwnReader(), "a burst alone sends no Trigger away");
        subscriber.release();
        await().atMost(Duration.ofSeconds(60)).until(() -> subscriber.answered().size() >= count);
        assertEquals(count, Set.copyOf(subscriber.answered()).size());
        assertEquals(count, subscriber.answered().size(), "handing over to its own reader delivers nothing twice");
        await().atMost(Duration.ofSeconds(10)).until(() -> committed("slow", 0) + committed("slow", 1) == count);
    }

    private void start(boolean ordered, int partitions) throws Exception {
        createTopic(partitions);
        read(dispatcher("t", ordered, subscriber));
    }

    private void createTopic(int partitions) throws Exception {
        topic = "broker-" + TOPICS.incrementAndGet();
        admin.createTopics(Set.of(new NewTopic(topic, partitions, (short) 1)))
                .all()
                .get(10, TimeUnit.SECONDS);
    }

    private TriggerDispatcher dispatcher(String name, boolean ordered, Subscriber to) {
        EventFilter filter = attribute -> WANTED.equals(attribute.apply("type"));
        DeliverySpec delivery =
                new DeliverySpec(0, true, Duration.ofMillis(10), Duration.ofSeconds(30), Optional.empty());
        String trigger = name + "-" + topic;
        TriggerSpec spec = new TriggerSpec(
                trigger,
                "test",
                "default",
                filter,
                Optional.empty(),
                Optional.of(to.url()),
                delivery,
                ordered,
                TriggerSpec.consumerGroup("test", trigger));
        return new TriggerDispatcher(
                spec,
                new Delivery(
                        vertx,
                        client,
                        log,
                        Optional.of(topic),
                        delivery,
                        Optional.empty(),
                        Optional.empty(),
                        metrics.deliveries(trigger)),
                to.url());
    }

    private void read(TriggerDispatcher... triggers) {
        readers = TriggerReaders.start(
                kafka.bootstrapServers(), List.of(topic), List.of(triggers), RecordEvents.CLOUD_EVENTS);
        await().atMost(Duration.ofSeconds(20)).until(readers::isReading);
    }

    private void send(int partition, String id, String type) throws Exception {
        CloudEvent event = CloudEventBuilder.v1()
                .withId(id)
                .withSource(URI.create("/test"))
                .withType(type)
                .build();
        producer.send(new ProducerRecord<>(topic, partition, null, event)).get(10, TimeUnit.SECONDS);
    }

    private long committed(int partition) throws Exception {
        return committed("t", partition);
    }

    private long committed(String trigger, int partition) throws Exception {
        Map<TopicPartition, OffsetAndMetadata> offsets = admin.listConsumerGroupOffsets(
                        "knative-trigger-test-" + trigger + "-" + topic)
                .partitionsToOffsetAndMetadata()
                .get(10, TimeUnit.SECONDS);
        OffsetAndMetadata offset = offsets.get(new TopicPartition(topic, partition));
        return offset == null ? 0 : offset.offset();
    }

    /** An HTTP subscriber that answers 202, can hold chosen events, and counts concurrent requests. */
    private static final class Subscriber implements AutoCloseable {
        interface Gate {
            void await() throws InterruptedException;
        }

        private final HttpServer server;
        private final List<String> arrived = new CopyOnWriteArrayList<>();
        private final List<String> answered = new CopyOnWriteArrayList<>();
        private final AtomicInteger concurrent = new AtomicInteger();
        private final AtomicInteger maxConcurrent = new AtomicInteger();
        private final CountDownLatch released = new CountDownLatch(1);
        private volatile Predicate<String> held = id -> false;
        private volatile Runnable arrival = () -> {};
        private volatile Gate gate = () -> {};

        Subscriber() {
            try {
                server = HttpServer.create(new InetSocketAddress("localhost", 0), 0);
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
            server.setExecutor(Executors.newCachedThreadPool());
            server.createContext("/", this::handle);
            server.start();
        }

        private void handle(HttpExchange exchange) throws IOException {
            String id = exchange.getRequestHeaders().getFirst("ce-id");
            maxConcurrent.accumulateAndGet(concurrent.incrementAndGet(), Math::max);
            arrived.add(id);
            try {
                arrival.run();
                gate.await();
                if (held.test(id)) {
                    released.await(30, TimeUnit.SECONDS);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            concurrent.decrementAndGet();
            answered.add(id);
            exchange.sendResponseHeaders(202, -1);
            exchange.close();
        }

        void hold(Predicate<String> which) {
            held = which;
        }

        void release() {
            released.countDown();
        }

        void onArrival(Runnable action, Gate gate) {
            this.arrival = action;
            this.gate = gate;
        }

        String url() {
            return "http://localhost:" + server.getAddress().getPort() + "/";
        }

        List<String> arrived() {
            return arrived;
        }

        List<String> answered() {
            return answered;
        }

        int maxConcurrent() {
            return maxConcurrent.get();
        }

        @Override
        public void close() {
            released.countDown();
            server.stop(0);
        }
    }
}
