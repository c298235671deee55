package io.livechain.cdcadapter;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.livechain.cdcadapter.config.CdcConfig;
import io.livechain.cdcadapter.config.TableMapping;
import io.livechain.kit.CloudEventReader;
import io.livechain.kit.Replies;
import io.livechain.kit.ReplyIds;
import io.livechain.model.EventType;
import io.livechain.model.Functions;
import io.livechain.model.InvalidEventException;
import io.quarkus.funqy.Funq;
import io.quarkus.funqy.knative.events.CloudEvent;
import io.quarkus.funqy.knative.events.CloudEventMapping;
import io.smallrye.mutiny.Uni;
import java.io.UncheckedIOException;
import java.util.Optional;

/**
 * A legacy row change in ({@code dev.knative.kafka.event}: Debezium's envelope, wrapped by the
 * KafkaSource), the catalogue event it means out: a movement, a cycle count or a shipment created, or
 * nothing (204). Its id derives from the change's source position, so a change captured or delivered
 * twice is applied once downstream; a change the mapping cannot place is a 400, a dead letter.
 */
public class CdcAdapterFunction {

    private final CloudEventReader reader;
    private final CdcConfig config;
    private final ChangeMapper mapper;
    private final LegacyRowStore store;
    private final ObjectMapper json;

    public CdcAdapterFunction(
            CloudEventReader reader, CdcConfig config, ChangeMapper mapper, LegacyRowStore store, ObjectMapper json) {
        this.reader = reader;
        this.config = config;
        this.mapper = mapper;
        this.store = store;
        this.json = json;
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
                .map(reply -> reply.map(stored -> toEvent(change, stored)).orElse(null));
    }

    private CloudEvent<JsonNode> toEvent(Change change, String stored) {
        try {
            JsonNode reply = json.readTree(stored);
            return Replies.event(
                    Functions.CDC_ADAPTER,
                    EventType.of(reply.path("type").asText()).orElseThrow(),
                    ReplyIds.of(Functions.CDC_ADAPTER, change.id()),
                    reply.path("partitionKey").asText(),
                    reply.path("data"));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
