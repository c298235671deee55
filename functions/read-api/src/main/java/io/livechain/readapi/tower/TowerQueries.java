package io.livechain.readapi.tower;

import static io.livechain.readapi.ViewColumns.instant;
import static io.livechain.readapi.ViewColumns.json;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.livechain.readapi.UndefinedTable;
import io.livechain.readapi.tower.TowerSnapshot.ActiveCondition;
import io.livechain.readapi.tower.TowerSnapshot.DeadLetterSummary;
import io.livechain.readapi.tower.TowerSnapshot.LocationSummary;
import io.livechain.readapi.tower.TowerSnapshot.LowStock;
import io.livechain.readapi.tower.TowerSnapshot.ProfileLimits;
import io.livechain.readapi.tower.TowerSnapshot.RecentDeadLetter;
import io.livechain.readapi.tower.TowerSnapshot.ShipmentOnMap;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.RowSet;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.StreamSupport;

/**
 * The page's aggregates, read through the owners' read views (and read-api's own dead letters); a view
 * not created yet reads as nothing. Each query is bounded, so a snapshot costs the same at any size.
 */
@ApplicationScoped
public class TowerQueries {

    private static final String LOCATIONS = "select location, count(*) filter (where on_hand > 0) as skus,"
            + " coalesce(sum(on_hand) filter (where uom = ''), 0) as units,"
            + " count(*) filter (where uom = '' and on_hand <= 0) as out_of_stock"
            + " from inventory.stock_on_hand_v1 group by location order by location collate \"C\" limit 200";
    // low-stock alerts name the position as <sku>@<location> (threshold's StockMonitor).
    private static final String LOW_STOCK = "select a.alert_id, a.asset_id, a.raised_at, s.sku, s.location, s.on_hand"
            + " from threshold.alerts_v1 a left join inventory.stock_on_hand_v1 s"
            + " on s.uom = '' and s.sku || '@' || s.location = a.asset_id"
            + " where a.status = 'open' and a.rule = 'low-stock' order by a.raised_at desc limit 200";
    private static final String PROFILES =
            "select profile_id, min_c, max_c, hard_low_c, hard_high_c from threshold.profiles_v1";
    private static final String SHIPMENTS = "select s.shipment_id, s.status, s.origin, s.destination,"
            + " s.position_latitude, s.position_longitude, (s.route -> 'facilityIds')::text as facility_ids,"
            + " (s.route -> 'laneIds')::text as lane_ids, s.updated_at, last.kind, last.reason,"
            + " before.facility_ids::text as previous_facility_ids, before.lane_ids::text as previous_lane_ids"
            + " from reroute.shipments_v1 s"
            + " left join lateral (select kind, reason, seq from reroute.plans_v1 p"
            + "   where p.shipment_id = s.shipment_id order by seq desc limit 1) last on true"
            + " left join lateral (select facility_ids, lane_ids from reroute.plans_v1 p"
            + "   where p.shipment_id = s.shipment_id and p.seq = last.seq - 1) before on last.kind = 'rerouted'"
            + " order by s.updated_at desc limit 100";
    private static final String CONDITIONS = "select condition_id, kind, facility_id, lane_id, valid_until"
            + " from reroute.conditions_v1 where valid_from <= now() and valid_until > now()"
            + " order by valid_until limit 200";
    private static final String DEAD_LETTERS_WAITING =
            "select count(*) as waiting from read_api.dead_letters where replayed_at is null";
    private static final String DEAD_LETTERS_RECENT = "select type, source, error_code, received_at"
            + " from read_api.dead_letters order by received_at desc limit 5";

    private final Pool pool;
    private final ObjectMapper mapper;

    public TowerQueries(Pool pool, ObjectMapper mapper) {
        this.pool = pool;
        this.mapper = mapper;
    }

    public Uni<List<LocationSummary>> locations() {
        return list(
                LOCATIONS,
                row -> new LocationSummary(
                        row.getString("location"),
                        row.getLong("skus"),
                        row.getBigDecimal("units"),
                        row.getLong("out_of_stock"),
                        0));
    }

    public Uni<List<LowStock>> lowStock() {
        return list(LOW_STOCK, row -> {
            String asset = row.getString("asset_id");
            int at = asset.lastIndexOf('@');
            return new LowStock(
                    row.getString("sku") != null ? row.getString("sku") : asset.substring(0, Math.max(at, 0)),
                    row.getString("location") != null ? row.getString("location") : asset.substring(at + 1),
                    row.getBigDecimal("on_hand"),
                    row.getString("alert_id"),
                    instant(row.getOffsetDateTime("raised_at")));
        });
    }

    public Uni<Map<String, ProfileLimits>> profiles() {
        return list(PROFILES, row -> row).map(rows -> {
            Map<String, ProfileLimits> byId = new LinkedHashMap<>();
            rows.forEach(row -> byId.put(
                    row.getString("profile_id"),
                    new ProfileLimits(
                            row.getDouble("min_c"),
                            row.getDouble("max_c"),
                            row.getDouble("hard_low_c"),
                            row.getDouble("hard_high_c"))));
            return byId;
        });
    }

    public Uni<List<ShipmentOnMap>> shipments() {
        return list(
                SHIPMENTS,
                row -> new ShipmentOnMap(
                        row.getString("shipment_id"),
                        row.getString("status"),
                        row.getString("origin"),
                        row.getString("destination"),
                        row.getDouble("position_latitude"),
                        row.getDouble("position_longitude"),
                        json(mapper, row.getString("facility_ids")),
                        json(mapper, row.getString("lane_ids")),
                        "rerouted".equals(row.getString("kind")),
                        "rerouted".equals(row.getString("kind")) ? row.getString("reason") : null,
                        json(mapper, row.getString("previous_facility_ids")),
                        json(mapper, row.getString("previous_lane_ids")),
                        instant(row.getOffsetDateTime("updated_at"))));
    }

    public Uni<List<ActiveCondition>> conditions() {
        return list(
                CONDITIONS,
                row -> new ActiveCondition(
                        row.getString("condition_id"),
                        row.getString("kind"),
                        row.getString("facility_id"),
                        row.getString("lane_id"),
                        instant(row.getOffsetDateTime("valid_until"))));
    }

    public Uni<DeadLetterSummary> deadLetters() {
        Uni<Long> waiting = list(DEAD_LETTERS_WAITING, row -> row.getLong("waiting"))
                .map(rows -> rows.isEmpty() ? 0L : rows.get(0));
        Uni<List<RecentDeadLetter>> recent = list(
                DEAD_LETTERS_RECENT,
                row -> new RecentDeadLetter(
                        row.getString("type"),
                        row.getString("source"),
                        row.getInteger("error_code"),
                        instant(row.getOffsetDateTime("received_at"))));
        return Uni.combine().all().unis(waiting, recent).with(DeadLetterSummary::new);
    }

    private <T> Uni<List<T>> list(String sql, Function<Row, T> mapping) {
        return pool.preparedQuery(sql)
                .execute()
                .map((RowSet<Row> rows) -> StreamSupport.stream(rows.spliterator(), false)
                        .map(mapping)
                        .toList())
                .onFailure(UndefinedTable::is)
                .recoverWithItem(List.of());
    }
}
