package io.livechain.localstack.broker;

import io.livechain.localstack.knative.BrokerSpec;
import io.livechain.localstack.knative.Manifests;
import io.livechain.localstack.knative.TriggerSpec;
import io.vertx.core.Vertx;
import io.vertx.ext.web.client.WebClient;
import io.vertx.ext.web.client.WebClientOptions;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Stand-in for the Knative Kafka Broker, driven by the manifests: one broker topic, an ingress
 * that writes to it, and a dispatcher (consumer group) per Trigger of that broker, fed by one
 * shared read of the topic ({@link TriggerReaders}).
 */
public final class KnativeKafkaBroker implements AutoCloseable {

    private final BrokerIngress ingress;
    private final List<TriggerDispatcher> dispatchers;
    private final TriggerReaders readers;
    private final EventLog log;
    private final WebClient client;

    private KnativeKafkaBroker(
            BrokerIngress ingress,
            List<TriggerDispatcher> dispatchers,
            TriggerReaders readers,
            EventLog log,
            WebClient client) {
        this.ingress = ingress;
        this.dispatchers = dispatchers;
        this.readers = readers;
        this.log = log;
        this.client = client;
    }

    /**
     * Creates the topics and starts a dispatcher per Trigger of {@code brokerName}.
     *
     * @param serviceUrl base URL of a Knative Service by name, e.g. {@code http://localhost:18081}
     * @param rateLimit how many events each source may send to the ingress
     * @param metrics where each Trigger's deliveries are counted
     */
    public static KnativeKafkaBroker start(
            Vertx vertx,
            Manifests manifests,
            String brokerName,
            String bootstrap,
            Function<String, String> serviceUrl,
            SourceRateLimit rateLimit,
            BrokerMetrics metrics) {
        BrokerSpec broker = manifests.broker(brokerName);
        List<TriggerSpec> triggers = manifests.triggers().stream()
                .filter(t -> t.broker().equals(brokerName))
                .toList();
        EventLog log = new EventLog(bootstrap);
        Map<String, Integer> topics = new HashMap<>(Map.of(broker.topic(), broker.partitions()));
        triggers.forEach(t -> t.delivery().deadLetterSink().ifPresent(s -> topics.put(manifests.kafkaSinkTopic(s), 3)));
        log.ensureTopics(topics);

        WebClient client = WebClient.create(
                vertx, new WebClientOptions().setMaxPoolSize(64).setKeepAlive(true));
        List<TriggerDispatcher> dispatchers = new ArrayList<>();
        for (TriggerSpec trigger : triggers) {
            Optional<String> deadLetters = trigger.delivery().deadLetterSink().map(manifests::kafkaSinkTopic);
            Delivery delivery = new Delivery(
                    vertx,
                    client,
                    log,
                    Optional.of(broker.topic()),
                    trigger.delivery(),
                    deadLetters,
                    trigger.delivery().deadLetterAddress().map(a -> a.url(serviceUrl)),
                    metrics.deliveries(trigger.name()));
            dispatchers.add(
                    new TriggerDispatcher(trigger, delivery, TriggerDispatcher.subscriberUrl(trigger, serviceUrl)));
        }
        TriggerReaders readers =
                TriggerReaders.start(bootstrap, List.of(broker.topic()), dispatchers, RecordEvents.CLOUD_EVENTS);
        return new KnativeKafkaBroker(
                new BrokerIngress(log, broker.topic(), rateLimit), dispatchers, readers, log, client);
    }

    public BrokerIngress ingress() {
        return ingress;
    }

    /** Ready while the broker topic is being read for the Triggers. */
    public boolean isReady() {
        return readers.isReading();
    }

    public List<String> triggerNames() {
        return dispatchers.stream().map(d -> d.trigger().name()).toList();
    }

    @Override
    public void close() {
        // Reading stops at once, then every Trigger drains what it has in flight and commits.
        readers.close();
        log.close();
        client.close();
    }
}
