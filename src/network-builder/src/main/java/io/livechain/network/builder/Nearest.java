package io.livechain.network.builder;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.ToDoubleBiFunction;

/**
 * The k-nearest-neighbour step every mode shares. Each place picks its k nearest candidates; the
 * union of the picks is kept, so a place picked by a neighbour gets that link too even if it had
 * closer ones. Ties fall to the smaller id, and the result is sorted: no ordering depends on a hash.
 */
final class Nearest {

    private Nearest() {}

    /**
     * @param km route length between two places, {@code +Infinity} where the mode cannot go
     */
    static List<Span> spans(
            List<Place> places, int k, double minKm, double maxKm, ToDoubleBiFunction<Place, Place> km) {
        Map<String, Span> spans = new TreeMap<>();
        for (Place from : places) {
            List<Span> options = new ArrayList<>();
            for (Place to : places) {
                if (to != from) {
                    double d = km.applyAsDouble(from, to);
                    if (d >= minKm && d <= maxKm) {
                        options.add(Span.of(from, to, d));
                    }
                }
            }
            options.sort(Comparator.comparingDouble(Span::km)
                    .thenComparing(s -> other(s, from).id()));
            options.stream().limit(k).forEach(s -> spans.putIfAbsent(s.key(), s));
        }
        return List.copyOf(spans.values());
    }

    private static Place other(Span span, Place from) {
        return span.a() == from ? span.b() : span.a();
    }
}
