package io.livechain.localstack.broker;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import io.livechain.localstack.knative.BrokerSpec;
import io.livechain.localstack.knative.Manifests;
import io.livechain.localstack.knative.TriggerSpec;
import io.vertx.core.Vertx;
import io.vertx.ext.web.client.WebClient;
import io.vertx.ext.web.client.WebClientOptions;

/**
 * Stand-in for the Knative Kafka Broker, driven by the manifests: one broker topic, an ingress
 * that writes to it, and a dispatcher (consumer group) per Trigger of that broker.
 */
public final class KnativeKafkaBroker implements AutoCloseable {

    private final BrokerIngress ingress;
    private final List<TriggerDispatcher> dispatchers;
    private final EventLog log;
    private final WebClient client;

    private KnativeKafkaBroker(BrokerIngress ingress, List<TriggerDispatcher> dispatchers, EventLog log,
            WebClient client) {
        this.ingress = ingress;
        this.dispatchers = dispatchers;
        this.log = log;
        this.client = client;
    }

    /**
     * Creates the topics and starts a dispatcher per Trigger of {@code brokerName}.
     *
     * @param serviceUrl base URL of a Knative Service by name, e.g. {@code http://localhost:18081}
     */
    public static KnativeKafkaBroker start(Vertx vertx, Manifests manifests, String brokerName, String bootstrap,
            Function<String, String> serviceUrl) {
        BrokerSpec broker = manifests.broker(brokerName);
        List<TriggerSpec> triggers = manifests.triggers().stream().filter(t -> t.broker().equals(brokerName)).toList();
        EventLog log = new EventLog(bootstrap);
        Map<String, Integer> topics = new HashMap<>(Map.of(broker.topic(), broker.partitions()));
        triggers.forEach(t -> t.delivery().deadLetterSink().ifPresent(s -> topics.put(manifests.kafkaSinkTopic(s), 3)));
        log.ensureTopics(topics);

        WebClient client = WebClient.create(vertx, new WebClientOptions().setMaxPoolSize(64).setKeepAlive(true));
        List<TriggerDispatcher> dispatchers = new ArrayList<>();
        for (TriggerSpec trigger : triggers) {
            Optional<String> deadLetters = trigger.delivery().deadLetterSink().map(manifests::kafkaSinkTopic);
            Delivery delivery = new Delivery(vertx, client, log, broker.topic(), trigger.delivery(), deadLetters);
            TriggerDispatcher dispatcher = new TriggerDispatcher(trigger, bootstrap, broker.topic(), delivery,
                    TriggerDispatcher.subscriberUrl(trigger, serviceUrl));
            dispatcher.start();
            dispatchers.add(dispatcher);
        }
        return new KnativeKafkaBroker(new BrokerIngress(log, broker.topic()), dispatchers, log, client);
    }

    public BrokerIngress ingress() {
        return ingress;
    }

    /** Ready once every Trigger's consumer group has its partitions. */
    public boolean isReady() {
        return dispatchers.stream().allMatch(TriggerDispatcher::isReady);
    }

    public List<String> triggerNames() {
        return dispatchers.stream().map(d -> d.trigger().name()).toList();
    }

    @Override
    public void close() {
        // Every Trigger stops polling at once, then each drains what it has in flight.
        dispatchers.forEach(TriggerDispatcher::stop);
        dispatchers.forEach(TriggerDispatcher::close);
        log.close();
        client.close();
    }
}
