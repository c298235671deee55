package io.livechain.localstack.knative;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Optional;

/**
 * One Trigger: which broker events it takes (filter), where it sends them (subscriber) and how
 * (delivery, ordering). A KafkaSource is dispatched the same way, as a subscription with no filter
 * ({@link KafkaSourceSpec#subscription()}).
 *
 * @param subscriberService the Knative Service it delivers to, if it names one
 * @param subscriberUri     an absolute URI, or the path on the service
 * @param consumerGroup     the Kafka consumer group whose offsets say what was delivered
 */
public record TriggerSpec(
        String name,
        String namespace,
        String broker,
        EventFilter filter,
        Optional<String> subscriberService,
        Optional<String> subscriberUri,
        DeliverySpec delivery,
        boolean ordered,
        String consumerGroup) {

    public static final String DELIVERY_ORDER = "kafka.eventing.knative.dev/delivery.order";

    static TriggerSpec from(JsonNode trigger, Manifests manifests) {
        JsonNode metadata = trigger.path("metadata");
        JsonNode spec = trigger.path("spec");
        String broker = spec.path("broker").asText("default");
        JsonNode ref = spec.path("subscriber").path("ref");
        Optional<String> service = "Service".equals(ref.path("kind").asText())
                ? Optional.of(ref.path("name").asText())
                : Optional.empty();
        Optional<String> uri = spec.path("subscriber").hasNonNull("uri")
                ? Optional.of(spec.path("subscriber").path("uri").asText())
                : Optional.empty();
        JsonNode brokerDelivery = manifests
                .named("Broker", broker)
                .map(b -> b.path("spec").path("delivery"))
                .orElse(spec.path("none"));
        String name = metadata.path("name").asText();
        String namespace = metadata.path("namespace").asText("default");
        return new TriggerSpec(
                name,
                namespace,
                broker,
                EventFilter.from(spec),
                service,
                uri,
                DeliverySpec.from(spec.path("delivery"), brokerDelivery),
                "ordered"
                        .equals(metadata.path("annotations")
                                .path(DELIVERY_ORDER)
                                .asText("unordered")),
                consumerGroup(namespace, name));
    }

    /** The consumer group of a Trigger, as the Knative Kafka broker names it. */
    public static String consumerGroup(String namespace, String name) {
        return "knative-trigger-" + namespace + "-" + name;
    }
}
