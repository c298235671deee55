package io.livechain.readapi.shipments;

import static io.livechain.readapi.ViewColumns.instant;
import static io.livechain.readapi.ViewColumns.json;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.livechain.readapi.UndefinedTable;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.RowSet;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.stream.StreamSupport;

/**
 * Reads shipments through {@code reroute.shipments_v1} and {@code reroute.plans_v2}, the read views the
 * reroute function publishes (its migrations V2__read_views.sql and V5__plans_view_v2.sql document each
 * column); never its tables. The route is passed on as the view gives it, never looked into. Until reroute has migrated,
 * every shipment reads as not found.
 */
@ApplicationScoped
public class ShipmentQueries {

    // JSON columns as text for Jackson: passed on as the view gives them, whatever their shape.
    private static final String SHIPMENT = "select shipment_id, status, origin, destination,"
            + " original_destination, cargo_profile, reefer_required, deadline, ready_at, position_latitude,"
            + " position_longitude, position_at, next_facility_id, route::text as route, eta, updated_at"
            + " from reroute.shipments_v1 where shipment_id = $1";
    private static final String HISTORY = "select seq, kind, decided_at, trigger, reason,"
            + " facility_ids::text as facility_ids, lane_ids::text as lane_ids, eta,"
            + " eta_change_minutes, condition_ids::text as condition_ids, event_id, requested_by"
            + " from reroute.plans_v2 where shipment_id = $1 order by seq";
    // One snapshot for both queries: the current route and its history agree while reroute writes both.
    private static final String ONE_SNAPSHOT = "set transaction isolation level repeatable read, read only";

    private final Pool pool;
    private final ObjectMapper mapper;

    public ShipmentQueries(Pool pool, ObjectMapper mapper) {
        this.pool = pool;
        this.mapper = mapper;
    }

    /** Fails with {@link NoShipmentException} when no shipment has this id. */
    public Uni<Shipment> byId(String shipmentId) {
        Tuple id = Tuple.of(shipmentId);
        return pool.withTransaction(connection -> connection
                        .query(ONE_SNAPSHOT)
                        .execute()
                        .chain(() -> connection.preparedQuery(SHIPMENT).execute(id))
                        .chain(shipments -> shipments.size() == 0
                                ? Uni.createFrom().<Shipment>nullItem()
                                : connection
                                        .preparedQuery(HISTORY)
                                        .execute(id)
                                        .map(plans ->
                                                toShipment(shipments.iterator().next(), plans))))
                .onFailure(UndefinedTable::is)
                .recoverWithNull()
                .onItem()
                .ifNull()
                .failWith(() -> new NoShipmentException(shipmentId));
    }

    private Shipment toShipment(Row row, RowSet<Row> plans) {
        List<PlanEntry> history = StreamSupport.stream(plans.spliterator(), false)
                .map(this::toPlan)
                .toList();
        return new Shipment(
                row.getString("shipment_id"),
                row.getString("status"),
                row.getString("origin"),
                row.getString("destination"),
                row.getString("original_destination"),
                row.getString("cargo_profile"),
                row.getBoolean("reefer_required"),
                instant(row.getOffsetDateTime("deadline")),
                instant(row.getOffsetDateTime("ready_at")),
                position(row),
                row.getString("next_facility_id"),
                json(mapper, row.getString("route")),
                instant(row.getOffsetDateTime("eta")),
                instant(row.getOffsetDateTime("updated_at")),
                history);
    }

    private PlanEntry toPlan(Row row) {
        return new PlanEntry(
                row.getInteger("seq"),
                row.getString("kind"),
                instant(row.getOffsetDateTime("decided_at")),
                row.getString("trigger"),
                row.getString("reason"),
                json(mapper, row.getString("facility_ids")),
                json(mapper, row.getString("lane_ids")),
                instant(row.getOffsetDateTime("eta")),
                row.getLong("eta_change_minutes"),
                json(mapper, row.getString("condition_ids")),
                row.getString("event_id"),
                row.getString("requested_by"));
    }

    /** Null until reroute has a position for the shipment. */
    private static Position position(Row row) {
        Double latitude = row.getDouble("position_latitude");
        Double longitude = row.getDouble("position_longitude");
        return latitude == null || longitude == null
                ? null
                : new Position(latitude, longitude, instant(row.getOffsetDateTime("position_at")));
    }
}
