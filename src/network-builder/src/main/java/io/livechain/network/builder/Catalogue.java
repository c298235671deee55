package io.livechain.network.builder;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Places by id, for the rules that name places (trunk services, long-haul links). */
final class Catalogue {

    private final Map<String, Place> byId;

    Catalogue(List<Place> places) {
        byId = places.stream().collect(Collectors.toMap(Place::id, Function.identity()));
    }

    /** A named place must exist: a typo in a rule should fail the build, not drop a lane. */
    Place get(String id) {
        Place place = byId.get(id);
        if (place == null) {
            throw new IllegalStateException("a rule names " + id + ", which places.csv does not have");
        }
        return place;
    }
}
