package io.livechain.inventory;

import com.fasterxml.jackson.databind.JsonNode;
import io.livechain.kit.CloudEventReader;
import io.livechain.kit.Replies;
import io.livechain.model.EventType;
import io.livechain.model.Functions;
import io.livechain.model.InvalidEventException;
import io.livechain.model.InventoryLevel;
import io.livechain.model.InventoryMovement;
import io.quarkus.funqy.Funq;
import io.quarkus.funqy.knative.events.CloudEvent;
import io.quarkus.funqy.knative.events.CloudEventMapping;
import io.smallrye.mutiny.Uni;
import java.time.Instant;

/** Movement in, level out: {@code io.livechain.inventory.movement.v1} → {@code io.livechain.inventory.level.v1}. */
public class InventoryFunction {

    /** RFC 3339 allows the year 0000 (1 BC); PostgreSQL reads no year 0 from the ledger's ISO text. */
    static final Instant EARLIEST = Instant.parse("0001-01-01T00:00:00Z");

    private final CloudEventReader reader;
    private final InventoryLedger ledger;

    public InventoryFunction(CloudEventReader reader, InventoryLedger ledger) {
        this.reader = reader;
        this.ledger = ledger;
    }

    // Asynchronous: the worker thread returns at once and the reply goes when the movement's group commits.
    @Funq(Functions.INVENTORY)
    @CloudEventMapping(trigger = EventType.Types.INVENTORY_MOVEMENT, responseType = EventType.Types.INVENTORY_LEVEL)
    public Uni<CloudEvent<InventoryLevel>> apply(CloudEvent<JsonNode> event) {
        InventoryMovement movement = reader.read(event, EventType.INVENTORY_MOVEMENT, InventoryMovement.class);
        if (movement.eventTime().isBefore(EARLIEST)) {
            throw new InvalidEventException(
                    "eventTime", "is before 0001-01-01T00:00:00Z, the earliest time inventory records");
        }
        return ledger.apply(movement, event.source(), event.id())
                .map(level -> Replies.reply(
                        Functions.INVENTORY,
                        EventType.INVENTORY_LEVEL,
                        event,
                        level.sku() + "|" + level.location(),
                        level));
    }
}
