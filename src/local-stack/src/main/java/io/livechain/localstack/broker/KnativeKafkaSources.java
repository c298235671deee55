package io.livechain.localstack.broker;

import io.livechain.localstack.knative.KafkaSourceSpec;
import io.livechain.localstack.knative.Manifests;
import io.vertx.core.Vertx;
import io.vertx.ext.web.client.WebClient;
import io.vertx.ext.web.client.WebClientOptions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Stand-in for Knative's KafkaSource dispatcher, driven by the KafkaSource manifests: each source
 * reads its topics under its consumer group and POSTs every record to its sink as a CloudEvent, with
 * the source's retries and backoff, the same dispatch as a Trigger's but with no filter and no reply.
 */
public final class KnativeKafkaSources implements AutoCloseable {

    private final List<KafkaSourceSpec> sources;
    private final List<TriggerReaders> readers;
    private final EventLog log;
    private final WebClient client;

    private KnativeKafkaSources(
            List<KafkaSourceSpec> sources, List<TriggerReaders> readers, EventLog log, WebClient client) {
        this.sources = sources;
        this.readers = readers;
        this.log = log;
        this.client = client;
    }

    /**
     * Creates the sources' topics if missing and starts reading them.
     *
     * @param serviceUrl base URL of a Knative Service by name, e.g. {@code http://localhost:18081}
     * @param brokerUrl the ingress URL of a Broker by name, e.g. {@code http://localhost:8080/livechain/default}
     */
    public static KnativeKafkaSources start(
            Vertx vertx,
            Manifests manifests,
            String bootstrap,
            Function<String, String> serviceUrl,
            Function<String, String> brokerUrl,
            BrokerMetrics metrics) {
        List<KafkaSourceSpec> sources = manifests.kafkaSources();
        EventLog log = new EventLog(bootstrap);
        sources.forEach(source -> source.topics().forEach(topic -> log.ensureTopics(Map.of(topic, 3))));
        WebClient client = WebClient.create(
                vertx, new WebClientOptions().setMaxPoolSize(16).setKeepAlive(true));
        List<TriggerReaders> readers = new ArrayList<>();
        for (KafkaSourceSpec source : sources) {
            var subscription = source.subscription(brokerUrl);
            Delivery delivery = new Delivery(
                    vertx,
                    client,
                    log,
                    Optional.empty(),
                    source.delivery(),
                    source.delivery().deadLetterSink().map(manifests::kafkaSinkTopic),
                    source.delivery().deadLetterAddress().map(a -> a.url(serviceUrl)),
                    metrics.deliveries(source.name()));
            TriggerDispatcher dispatcher = new TriggerDispatcher(
                    subscription, delivery, TriggerDispatcher.subscriberUrl(subscription, serviceUrl));
            readers.add(TriggerReaders.start(bootstrap, source.topics(), List.of(dispatcher), RecordEvents.of(source)));
        }
        return new KnativeKafkaSources(sources, readers, log, client);
    }

    /** Ready while every source is reading its topics. */
    public boolean isReady() {
        return readers.stream().allMatch(TriggerReaders::isReading);
    }

    /** Each source as {@code name: topics → sink}. */
    public List<String> describe() {
        return sources.stream()
                .map(s -> s.name() + ": " + s.topics() + " → " + s.sinkName())
                .toList();
    }

    @Override
    public void close() {
        readers.forEach(TriggerReaders::close);
        log.close();
        client.close();
    }
}
