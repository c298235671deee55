package io.livechain.model.network;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.livechain.model.PlainDecimalSerializer;
import java.math.BigDecimal;

/**
 * A directed connection between two facilities: base transit time in minutes (door to door of the
 * lane, without handling at either end), cost per shipment, and whether it can carry reefer cargo.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Lane(
        String id,
        String from,
        String to,
        Mode mode,
        double distanceKm,
        int transitMinutes,
        @JsonSerialize(using = PlainDecimalSerializer.class) BigDecimal cost,
        boolean reefer) {

    public enum Mode {
        @JsonProperty("road")
        ROAD,
        @JsonProperty("rail")
        RAIL,
        @JsonProperty("sea")
        SEA,
        @JsonProperty("air")
        AIR;

        /** The lower-case name used in files and events. */
        public String label() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }
}
