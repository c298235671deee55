package io.livechain.threshold.store;

import io.vertx.mutiny.sqlclient.Tuple;
import java.math.BigDecimal;
import java.time.LocalDate;

/** Table demand_days: outbound summed per position and UTC day of event time, one upsert a level. */
public final class DemandDayRows {

    public static final String ADD = "insert into demand_days (sku, location, day, outbound)"
            + " values ($1, $2, $3, $4::text::numeric) on conflict (sku, location, day)"
            + " do update set outbound = demand_days.outbound + excluded.outbound";

    private DemandDayRows() {}

    public static Tuple add(String sku, String location, LocalDate day, BigDecimal outbound) {
        return Tuple.of(sku, location, day, outbound.toPlainString());
    }
}
