package io.livechain.localstack.knative;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * One KafkaSource (sources.knative.dev): the topics it reads under its consumer group, and the sink it
 * POSTs each record to as a CloudEvent (a Service, a URI, or a Broker's ingress), with its delivery
 * settings. A source has no reply path: what the sink answers is dropped.
 */
public record KafkaSourceSpec(
        String name,
        String namespace,
        List<String> topics,
        String consumerGroup,
        Optional<String> sinkService,
        Optional<String> sinkUri,
        Optional<String> sinkBroker,
        DeliverySpec delivery,
        boolean ordered) {

    /** Knative's source for a record that is no CloudEvent: {@code /apis/v1/namespaces/<ns>/kafkasources/<name>#<topic>}. */
    public String recordSource(String topic) {
        return "/apis/v1/namespaces/" + namespace + "/kafkasources/" + name + "#" + topic;
    }

    /**
     * The source dispatched as a Trigger is: every record, no filter, under the source's consumer group;
     * a Broker sink is its ingress, at {@code brokerUrl} of the broker's name.
     */
    public TriggerSpec subscription(Function<String, String> brokerUrl) {
        Optional<String> uri = sinkBroker.map(brokerUrl).or(() -> sinkUri);
        return new TriggerSpec(
                name, namespace, "", attribute -> true, sinkService, uri, delivery, ordered, consumerGroup);
    }

    /** Where it posts, for the banner: a Service (and path), a Broker or a URI. */
    public String sinkName() {
        return sinkBroker.map(broker -> "Broker " + broker).orElse(sinkService.orElse("") + sinkUri.orElse(""));
    }

    static KafkaSourceSpec from(JsonNode source) {
        JsonNode metadata = source.path("metadata");
        JsonNode spec = source.path("spec");
        String name = metadata.path("name").asText();
        List<String> topics = new ArrayList<>();
        spec.path("topics").forEach(topic -> topics.add(topic.asText()));
        JsonNode ref = spec.path("sink").path("ref");
        Optional<String> service = "Service".equals(ref.path("kind").asText())
                ? Optional.of(ref.path("name").asText())
                : Optional.empty();
        Optional<String> broker = "Broker".equals(ref.path("kind").asText())
                ? Optional.of(ref.path("name").asText())
                : Optional.empty();
        Optional<String> uri = spec.path("sink").hasNonNull("uri")
                ? Optional.of(spec.path("sink").path("uri").asText())
                : Optional.empty();
        // Knative's KafkaSource delivers in order per partition unless told otherwise.
        boolean ordered = !"unordered".equals(spec.path("ordering").asText("ordered"));
        return new KafkaSourceSpec(
                name,
                metadata.path("namespace").asText("default"),
                List.copyOf(topics),
                spec.path("consumerGroup").asText(name),
                service,
                uri,
                broker,
                DeliverySpec.from(spec.path("delivery"), MissingNode.getInstance()),
                ordered);
    }
}
