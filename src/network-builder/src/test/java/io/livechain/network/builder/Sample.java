package io.livechain.network.builder;

import io.livechain.model.network.Facility;
import io.livechain.model.network.Network;
import io.livechain.model.network.NetworkFile;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The builder's output, built once per test run and read back the way the functions read it. */
final class Sample {

    static final byte[] BYTES = SampleNetworkBuilder.render();
    static final Network NETWORK = NetworkFile.parse(BYTES, "SampleNetworkBuilder output");
    static final List<Place> PLACES = Places.load();
    static final Map<String, Place> PLACE = PLACES.stream().collect(Collectors.toMap(Place::id, Function.identity()));
    static final Map<String, Facility> FACILITY =
            NETWORK.facilities().stream().collect(Collectors.toMap(Facility::id, Function.identity()));

    private Sample() {}
}
