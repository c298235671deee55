package io.livechain.localstack.knative;

import com.fasterxml.jackson.databind.JsonNode;

/** A Knative Broker of class Kafka: its data topic is {@code knative-broker-<namespace>-<name>}. */
public record BrokerSpec(String name, String namespace, int partitions, JsonNode delivery) {

    public String topic() {
        return "knative-broker-" + namespace + "-" + name;
    }
}
