package io.livechain.model.network;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/** The facilities and lanes shipments move through, as loaded from the network file. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Network(String name, String description, List<Facility> facilities, List<Lane> lanes) {}
