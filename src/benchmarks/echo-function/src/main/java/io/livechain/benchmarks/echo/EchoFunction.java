package io.livechain.benchmarks.echo;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.funqy.Funq;
import io.quarkus.funqy.knative.events.CloudEvent;
import io.quarkus.funqy.knative.events.CloudEventBuilder;

/**
 * The limit scan-ingest is measured against: the same Funqy knative-events path (CloudEvent in,
 * JSON data parsed, CloudEvent reply serialised) with no work of its own.
 */
public class EchoFunction {

    @Funq
    public CloudEvent<JsonNode> echo(CloudEvent<JsonNode> event) {
        return CloudEventBuilder.create().build(event.data());
    }
}
