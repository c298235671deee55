package io.livechain.model.network;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * A place goods pass through. {@code handlingMinutes} is the time a shipment spends in it between
 * two lanes (unloading, sorting, customs); {@code capabilities} are free-form tags such as
 * {@code cold-storage}, which a reroute request can ask for.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Facility(
        String id,
        String name,
        Kind kind,
        String country,
        Coordinates position,
        List<String> capabilities,
        int handlingMinutes) {

    public static final String COLD_STORAGE = "cold-storage";

    public enum Kind {
        @JsonProperty("warehouse")
        WAREHOUSE,
        @JsonProperty("cross-dock")
        CROSS_DOCK,
        @JsonProperty("port")
        PORT,
        @JsonProperty("airport")
        AIRPORT,
        @JsonProperty("cold-storage-hub")
        COLD_STORAGE_HUB
    }

    public boolean can(String capability) {
        return capabilities != null && capabilities.contains(capability);
    }
}
