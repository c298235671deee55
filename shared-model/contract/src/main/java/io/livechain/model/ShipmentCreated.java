package io.livechain.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.livechain.model.network.Lane;
import java.time.Instant;
import java.util.List;

/**
 * Data of {@code io.livechain.shipment.created.v1}: origin and destination are facility ids of the
 * network; {@code readyAt} (default: the event time) is when the goods can leave the origin;
 * {@code alternatives} asks for that many next-best routes beside the plan; {@code modes} limits the
 * lanes to those modes (e.g. no air freight), all when absent.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ShipmentCreated(
        String shipmentId,
        String origin,
        String destination,
        String cargoProfile,
        boolean reeferRequired,
        Instant deadline,
        Instant readyAt,
        Integer alternatives,
        List<Lane.Mode> modes) {}
