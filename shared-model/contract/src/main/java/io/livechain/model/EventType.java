package io.livechain.model;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The event catalogue: every CloudEvent type of Livechain, with its payload record, JSON Schema,
 * producer and consumers. The version is part of the type name; a breaking change gets a new type.
 * The README's catalogue table is rendered from this enum (see {@link CatalogueTable}).
 */
public enum EventType {
    SCAN(
            Types.SCAN,
            Scan.class,
            "devices, partners (broker ingress)",
            List.of(Functions.SCAN_INGEST),
            "A barcode or RFID scan: what moved where, when, and by which GS1 CBV business step."),
    EPCIS(
            Types.EPCIS,
            JsonNode.class,
            "partners (broker ingress, EPCIS capture API)",
            List.of(Functions.SCAN_INGEST),
            "A GS1 EPCIS 2.0 document or event (JSON-LD): its stock movements and sensor data."),
    INVENTORY_MOVEMENT(
            Types.INVENTORY_MOVEMENT,
            InventoryMovement.class,
            List.of(Functions.SCAN_INGEST, Functions.CDC_ADAPTER),
            List.of(Functions.INVENTORY),
            "A normalised stock movement: a signed adjustment or an absolute cycle count."),
    INVENTORY_LEVEL(
            Types.INVENTORY_LEVEL,
            InventoryLevel.class,
            Functions.INVENTORY,
            List.of(Functions.THRESHOLD),
            "The on-hand figure of one sku, location and unit after a movement (low-stock rules)."),
    SENSOR_READING(
            Types.SENSOR_READING,
            SensorReading.class,
            "devices (broker ingress)",
            List.of(Functions.THRESHOLD),
            "One sensor measurement (temperature, humidity, vibration, ...) of an asset."),
    ALERT_RAISED(
            Types.ALERT_RAISED,
            AlertRaised.class,
            Functions.THRESHOLD,
            List.of(Functions.NOTIFY, Functions.MCP),
            "A rule was breached; one open alert per asset and rule (dedupKey)."),
    ALERT_RESOLVED(
            Types.ALERT_RESOLVED,
            AlertResolved.class,
            Functions.THRESHOLD,
            List.of(Functions.NOTIFY, Functions.MCP),
            "The condition behind an open alert has cleared."),
    MAINTENANCE_REQUESTED(
            Types.MAINTENANCE_REQUESTED,
            MaintenanceRequested.class,
            List.of(Functions.THRESHOLD, Functions.MCP),
            List.of(Functions.THRESHOLD, Functions.NOTIFY),
            "A machine's metric drifts (anomaly or rate of change), or an agent asks: service it before it fails."),
    REROUTE_REQUESTED(
            Types.REROUTE_REQUESTED,
            RerouteRequested.class,
            List.of(Functions.THRESHOLD, Functions.MCP),
            List.of(Functions.REROUTE, Functions.NOTIFY),
            "A cold-chain alert asks for the nearest reachable cold storage, or an agent asks for a reroute now."),
    REPLENISHMENT_SUGGESTED(
            Types.REPLENISHMENT_SUGGESTED,
            ReplenishmentSuggested.class,
            Functions.THRESHOLD,
            List.of(),
            "A stock position fell below its reorder point from live demand and lead time: order this much."),
    CONDITION(
            Types.CONDITION,
            Condition.class,
            "feeds (broker ingress)",
            List.of(Functions.REROUTE),
            "A live network condition (weather, congestion, closure, ...) on a facility or lane."),
    POSITION(
            Types.POSITION,
            Position.class,
            "GPS trackers (broker ingress)",
            List.of(Functions.REROUTE),
            "A GPS position of a shipment."),
    SHIPMENT_CREATED(
            Types.SHIPMENT_CREATED,
            ShipmentCreated.class,
            List.of("order systems (broker ingress)", Functions.CDC_ADAPTER),
            List.of(Functions.REROUTE),
            "A new shipment to plan a route for."),
    ROUTE_PLANNED(
            Types.ROUTE_PLANNED,
            RoutePlanned.class,
            Functions.REROUTE,
            List.of(),
            "The fastest route of a new shipment under live conditions, with alternatives on request."),
    SHIPMENT_REROUTED(
            Types.SHIPMENT_REROUTED,
            ShipmentRerouted.class,
            Functions.REROUTE,
            List.of(Functions.NOTIFY),
            "A shipment's route changed: old and new route, ETA change and why."),
    LEGACY_CHANGE(
            Types.LEGACY_CHANGE,
            JsonNode.class,
            "legacy databases (Debezium → Kafka → KafkaSource " + Types.LEGACY_WMS_SOURCE + ")",
            List.of(Functions.CDC_ADAPTER),
            "One row change of a legacy database as Debezium captures it (JSON envelope: before, after, source,"
                    + " op), wrapped by Knative's KafkaSource; the cdc-adapter maps it to catalogue events.");

    /** The type names, for annotations and switch labels that need compile-time constants. */
    public static final class Types {
        public static final String SCAN = "io.livechain.scan.v1";
        public static final String EPCIS = "io.livechain.epcis.v2";
        public static final String INVENTORY_MOVEMENT = "io.livechain.inventory.movement.v1";
        public static final String INVENTORY_LEVEL = "io.livechain.inventory.level.v1";
        public static final String SENSOR_READING = "io.livechain.sensor.reading.v1";
        public static final String ALERT_RAISED = "io.livechain.alert.raised.v1";
        public static final String ALERT_RESOLVED = "io.livechain.alert.resolved.v1";
        public static final String MAINTENANCE_REQUESTED = "io.livechain.maintenance.requested.v1";
        public static final String REROUTE_REQUESTED = "io.livechain.reroute.requested.v1";
        public static final String REPLENISHMENT_SUGGESTED = "io.livechain.replenishment.suggested.v1";
        public static final String CONDITION = "io.livechain.condition.v1";
        public static final String POSITION = "io.livechain.position.v1";
        public static final String SHIPMENT_CREATED = "io.livechain.shipment.created.v1";
        public static final String ROUTE_PLANNED = "io.livechain.route.planned.v1";
        public static final String SHIPMENT_REROUTED = "io.livechain.shipment.rerouted.v1";
        /** Knative's type for a Kafka record that is no CloudEvent: what a KafkaSource makes of a Debezium record. */
        public static final String LEGACY_CHANGE = "dev.knative.kafka.event";
        /** The KafkaSource that brings the sample legacy WMS's change topics into the broker. */
        public static final String LEGACY_WMS_SOURCE = "livechain-legacy-wms";

        private Types() {}
    }

    private final String type;
    private final Class<?> payload;
    private final List<String> producers;
    private final List<String> consumers;
    private final String description;

    EventType(String type, Class<?> payload, String producer, List<String> consumers, String description) {
        this(type, payload, List.of(producer), consumers, description);
    }

    EventType(String type, Class<?> payload, List<String> producers, List<String> consumers, String description) {
        this.type = type;
        this.payload = payload;
        this.producers = producers;
        this.consumers = consumers;
        this.description = description;
    }

    public String type() {
        return type;
    }

    /** The Java type of the data: a catalogue record, or JsonNode for documents of an outside standard. */
    public Class<?> payload() {
        return payload;
    }

    /** Who sends this type: function names, or a description of outside senders. */
    public List<String> producers() {
        return producers;
    }

    public List<String> consumers() {
        return consumers;
    }

    public String description() {
        return description;
    }

    /** Classpath location of this type's JSON Schema, e.g. {@code schemas/io.livechain.scan.v1.json}. */
    public String schemaResource() {
        return "schemas/" + type + ".json";
    }

    /**
     * A terminal type is produced but routed to no function (it ends in the broker topic, for
     * outside consumers); the manifest check accepts it without a Trigger.
     */
    public boolean terminal() {
        return consumers.isEmpty();
    }

    public static Optional<EventType> of(String type) {
        return Arrays.stream(values()).filter(t -> t.type.equals(type)).findFirst();
    }
}
