package io.livechain.readapi.tower;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;
import io.livechain.readapi.alerts.Alert;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * What the control-tower page shows, aggregated on the server once a second however many events flow,
 * so a browser gets a few small updates a second at any rate.
 */
public record TowerSnapshot(
        Instant at,
        List<LocationSummary> locations,
        List<LowStock> lowStock,
        List<Alert> alerts,
        Map<String, ProfileLimits> profiles,
        List<ShipmentOnMap> shipments,
        List<ActiveCondition> conditions,
        FlowWindow.Flow flow,
        List<TriggerLag> lag,
        DeadLetterSummary deadLetters) {

    /** Stock at one location (units of each-counted skus only; measured units are not summed with them). */
    public record LocationSummary(String location, long skus, BigDecimal units, long outOfStock, long low) {}

    /** A stock position with an open low-stock alert: on-hand below its reorder point. */
    public record LowStock(String sku, String location, BigDecimal onHand, String alertId, Instant since) {}

    /** A cold-chain profile's limits in °C, to draw readings against. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record ProfileLimits(double min, double max, Double hardLow, Double hardHigh) {}

    /** A shipment with its current route and, once rerouted, the route it was rerouted from. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record ShipmentOnMap(
            String shipmentId,
            String status,
            String origin,
            String destination,
            Double latitude,
            Double longitude,
            JsonNode facilityIds,
            JsonNode laneIds,
            boolean rerouted,
            String rerouteReason,
            JsonNode previousFacilityIds,
            JsonNode previousLaneIds,
            Instant updatedAt) {}

    /** A network condition in force, on a facility or a lane. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record ActiveCondition(
            String conditionId, String kind, String facilityId, String laneId, Instant validUntil) {}

    /** Records of the broker topic a Trigger's consumer group has not yet committed. */
    public record TriggerLag(String trigger, long records) {}

    /** Dead letters waiting for a replay, and the newest few. */
    public record DeadLetterSummary(long waiting, List<RecentDeadLetter> recent) {}

    public record RecentDeadLetter(String type, String source, Integer errorCode, Instant receivedAt) {}
}
