package io.livechain.cdcadapter;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.livechain.cdcadapter.config.CdcConfig;
import io.livechain.cdcadapter.config.TableMapping;
import io.livechain.kit.BrokerSink;
import io.livechain.kit.CloudEventReader;
import io.livechain.kit.Replies;
import io.livechain.kit.ReplyIds;
import io.livechain.kit.TraceParent;
import io.livechain.model.EventType;
import io.livechain.model.Functions;
import io.livechain.model.InvalidEventException;
import io.quarkus.funqy.Funq;
import io.quarkus.funqy.knative.events.CloudEvent;
import io.quarkus.funqy.knative.events.CloudEventMapping;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A legacy row change in ({@code dev.knative.kafka.event}: Debezium's envelope, wrapped by the
 * KafkaSource), the catalogue event it means out: a movement, a cycle count or a shipment created, or
 * nothing (204), or two when a row moved (the second posted to the broker). Its id derives from the change's source position, so a change captured or delivered
 * twice is applied once downstream; a change the mapping cannot place is a 400, a dead letter.
 */
public class CdcAdapterFunction {

    private final CloudEventReader reader;
    private final CdcConfig config;
    private final ChangeMapper mapper;
    private final LegacyRowStore store;
    private final ObjectMapper json;
    private final BrokerSink sink;

    public CdcAdapterFunction(
            CloudEventReader reader, CdcConfig config, ChangeMapper mapper, LegacyRowStore store, ObjectMapper json) {
        this.reader = reader;
        this.config = config;
        this.mapper = mapper;
        this.store = store;
        this.json = json;
        this.sink = new BrokerSink(config.sink(), config.sinkTimeout(), json);
    }

    @Funq(Functions.CDC_ADAPTER)
    @CloudEventMapping(trigger = EventType.Types.LEGACY_CHANGE)
    public Uni<CloudEvent<JsonNode>> apply(CloudEvent<JsonNode> event) {
        JsonNode envelope = reader.readValid(event, EventType.LEGACY_CHANGE);
        String key = event.extensions() == null ? null : event.extensions().get("key");
        if (key == null || key.isBlank()) {
            throw new InvalidEventException(
                    "key",
                    "is required: the KafkaSource passes the record key, the row's primary key, as extension 'key'");
        }
        Change change = Change.of(envelope, key);
        Optional<TableMapping> mapping = Optional.ofNullable(config.tables().get(change.table()));
        mapper.check(change, mapping);
        if (mapping.get().emit() == TableMapping.Emit.IGNORE) {
            return Uni.createFrom().nullItem();
        }
        return store.apply(change, applied -> mapper.map(change, mapping.get(), applied))
                .map(this::parse)
                .emitOn(Infrastructure.getDefaultWorkerPool())
                .map(replies -> {
                    // The events beyond the first go to the broker before the reply: a failed post is a
                    // 503, the change comes again and finds the same events stored, with the same ids.
                    for (int i = 1; i < replies.size(); i++) {
                        JsonNode extra = replies.get(i);
                        sink.post(new BrokerSink.Event(
                                id(change, i),
                                extra.path("type").asText(),
                                Functions.source(Functions.CDC_ADAPTER),
                                extra.path("partitionKey").asText(),
                                Instant.now(),
                                "application/json",
                                extra.path("data"),
                                TraceParent.of(event)));
                    }
                    return replies.isEmpty() ? null : toEvent(change, replies.get(0), TraceParent.of(event));
                });
    }

    private List<JsonNode> parse(String stored) {
        try {
            List<JsonNode> replies = new ArrayList<>();
            json.readTree(stored).forEach(replies::add);
            return replies;
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The change's first event has the id of the change; a second one its own, from the same. */
    private static String id(Change change, int index) {
        return index == 0
                ? ReplyIds.of(Functions.CDC_ADAPTER, change.id())
                : ReplyIds.of(Functions.CDC_ADAPTER, change.id(), Integer.toString(index));
    }

    private CloudEvent<JsonNode> toEvent(Change change, JsonNode reply, String traceparent) {
        return Replies.event(
                Functions.CDC_ADAPTER,
                EventType.of(reply.path("type").asText()).orElseThrow(),
                id(change, 0),
                reply.path("partitionKey").asText(),
                traceparent,
                reply.path("data"));
    }
}
