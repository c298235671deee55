package io.livechain.readapi.owners;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.inject.Inject;
import java.util.List;
import java.util.stream.StreamSupport;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The read views and read functions this API depends on, as the owners' migrations make them: names,
 * columns in order with their types (a function's arguments and result), and a comment on each. An owner that changes a published view breaks this test: it should
 * publish a new version beside the old one instead.
 */
@QuarkusTest
@QuarkusTestResource(OwnersMigratedPostgresResource.class)
class ReadViewsTest {

    @Inject
    Pool pool;

    @ParameterizedTest(name = "{0}.{1}")
    @CsvSource(
            delimiter = '|',
            value = {
                "inventory|stock_on_hand_v1|sku text, location text, uom text, on_hand numeric,"
                        + " updated_at timestamp with time zone",
                "inventory|stock_ledger_v1|sku text, location text, uom text, kind text, quantity numeric,"
                        + " event_time timestamp with time zone, applied boolean, on_hand_before numeric,"
                        + " on_hand_after numeric, sequence bigint, event_source text, event_id text, biz_step text,"
                        + " recorded_at timestamp with time zone",
                "cdc|legacy_on_hand_v1|sku text, location text, uom text, on_hand numeric,"
                        + " last_changed_at timestamp with time zone",
                "threshold|alerts_v1|alert_id text, dedup_key text, asset_id text, shipment_id text, rule text,"
                        + " severity text, status text, summary text, raised_at timestamp with time zone,"
                        + " resolved_at timestamp with time zone, readings jsonb, acked_at timestamp with time zone,"
                        + " acked_by text",
                "reroute|shipments_v1|shipment_id text, status text, origin text, destination text,"
                        + " original_destination text, cargo_profile text, reefer_required boolean,"
                        + " deadline timestamp with time zone, ready_at timestamp with time zone,"
                        + " position_latitude double precision, position_longitude double precision,"
                        + " position_at timestamp with time zone, next_facility_id text, route jsonb,"
                        + " eta timestamp with time zone, updated_at timestamp with time zone",
                "reroute|plans_v1|shipment_id text, seq integer, kind text, decided_at timestamp with time zone,"
                        + " trigger text, reason text, facility_ids jsonb, lane_ids jsonb, eta timestamp with time zone,"
                        + " eta_change_minutes bigint, condition_ids jsonb, event_id text",
                "reroute|plans_v2|shipment_id text, seq integer, kind text, decided_at timestamp with time zone,"
                        + " trigger text, reason text, facility_ids jsonb, lane_ids jsonb, eta timestamp with time zone,"
                        + " eta_change_minutes bigint, condition_ids jsonb, event_id text, requested_by text",
                "reroute|conditions_v1|condition_id text, kind text, facility_id text, lane_id text,"
                        + " extra_delay_minutes integer, factor numeric, valid_from timestamp with time zone,"
                        + " valid_until timestamp with time zone, event_time timestamp with time zone",
                "threshold|replenishment_v1|sku text, location text, demand_per_day numeric, demand_sd numeric,"
                        + " history_days integer, lead_time_days numeric, lead_time_sd_days numeric, service_level numeric,"
                        + " safety_stock numeric, reorder_point numeric, reorder_point_unrounded numeric, order_up_to numeric,"
                        + " order_up_to_unrounded numeric, below boolean, updated_at timestamp with time zone",
                "threshold|profiles_v1|profile_id text, min_c double precision, max_c double precision,"
                        + " hard_low_c double precision, hard_high_c double precision,"
                        + " published_at timestamp with time zone"
            })
    void viewHasItsPublishedColumnsEachDocumented(String schema, String view, String columns) {
        List<String> actual = StreamSupport.stream(
                        pool.preparedQuery("select c.column_name || ' ' || c.data_type"
                                        + " as col from information_schema.columns c where c.table_schema = $1 and c.table_name = $2"
                                        + " order by c.ordinal_position")
                                .execute(Tuple.of(schema, view))
                                .await()
                                .indefinitely()
                                .spliterator(),
                        false)
                .map(row -> row.getString("col"))
                .toList();
        assertEquals(List.of(columns.split(", ")), actual);

        List<String> undocumented = StreamSupport.stream(
                        pool.preparedQuery("select a.attname from pg_attribute a"
                                        + " where a.attrelid = ($1 || '.' || $2)::regclass and a.attnum > 0 and not a.attisdropped"
                                        + " and col_description(a.attrelid, a.attnum) is null")
                                .execute(Tuple.of(schema, view))
                                .await()
                                .indefinitely()
                                .spliterator(),
                        false)
                .map(row -> row.getString("attname"))
                .toList();
        assertEquals(List.of(), undocumented, "columns without a COMMENT");
        String comment = pool.preparedQuery("select obj_description(($1 || '.' || $2)::regclass, 'pg_class') as c")
                .execute(Tuple.of(schema, view))
                .await()
                .indefinitely()
                .iterator()
                .next()
                .getString("c");
        String version = view.substring(view.lastIndexOf('_') + 1);
        assertEquals(
                true, comment != null && comment.startsWith("Read contract " + version), "view comment: " + comment);
    }

    /** Read functions: their arguments, result and volatility (stable: they only read), and a comment. */
    @ParameterizedTest(name = "{0}.{1}")
    @CsvSource(
            delimiter = '|',
            value = {
                "inventory|on_hand_as_of_v1|sku text, location text, as_of timestamp with time zone"
                        + "|TABLE(uom text, on_hand numeric)"
            })
    void functionHasItsPublishedSignatureAndIsDocumented(String schema, String name, String arguments, String result) {
        Row function = pool.preparedQuery("select pg_get_function_identity_arguments(p.oid) as arguments,"
                        + " pg_get_function_result(p.oid) as result, p.provolatile::text as volatility,"
                        + " obj_description(p.oid, 'pg_proc') as comment"
                        + " from pg_proc p join pg_namespace n on n.oid = p.pronamespace"
                        + " where n.nspname = $1 and p.proname = $2")
                .execute(Tuple.of(schema, name))
                .await()
                .indefinitely()
                .iterator()
                .next();
        assertEquals(arguments, function.getString("arguments"));
        assertEquals(result, function.getString("result"));
        assertEquals("s", function.getString("volatility"));
        String comment = function.getString("comment");
        assertEquals(true, comment != null && comment.startsWith("Read contract v1"), "function comment: " + comment);
    }
}
