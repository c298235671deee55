package io.livechain.network.builder;

import io.livechain.model.network.Facility;
import io.livechain.model.network.Lane;
import io.livechain.model.network.Network;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Builds the sample network from {@code places.csv} and the lane rules, and writes it where the
 * ConfigMap picks it up. Same input, same bytes: no randomness, every list sorted.
 *
 * <pre>./mvnw -q -pl src/network-builder compile exec:java</pre>
 */
public final class SampleNetworkBuilder {

    static final String NAME = "livechain-sample";
    static final String DESCRIPTION = "Sample global network built by src/network-builder from real places"
            + " (places.csv) and lane rules (its README). Generated: edit the rules or the places, not this file.";
    static final String DEFAULT_OUTPUT = "knative/network/network.json";

    private SampleNetworkBuilder() {}

    /** The network, and the road links {@link Stitching} had to add (worth a look when places change). */
    record Built(Network network, List<Link> stitched) {}

    public static void main(String[] args) throws IOException {
        Path out = Path.of(args.length > 0 ? args[0] : DEFAULT_OUTPUT)
                .toAbsolutePath()
                .normalize();
        Built built = build(Places.load());
        byte[] bytes = NetworkWriter.write(built.network());
        Files.createDirectories(out.getParent());
        Files.write(out, bytes);
        System.out.println(summary(built.network(), bytes.length, out));
        built.stitched().forEach(l -> System.out.println("stitched by road: " + l.a().id() + " - " + l.b().id()));
    }

    /** The network from the places on the class path. */
    public static Network build() {
        return build(Places.load()).network();
    }

    /** The file contents, exactly as {@link #main} writes them. */
    public static byte[] render() {
        return NetworkWriter.write(build());
    }

    static Built build(List<Place> places) {
        List<Link> links = new ArrayList<>();
        for (LaneRule rule : List.of(new RoadRule(), new RailRule(), new SeaRule(), new AirRule())) {
            links.addAll(rule.links(places));
        }
        List<Link> stitched = Stitching.links(places, links);
        links.addAll(stitched);

        List<Lane> lanes = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (Link link : links) {
            for (Lane lane : Tariff.lanes(link)) {
                if (!ids.add(lane.id())) {
                    throw new IllegalStateException("two rules made lane " + lane.id());
                }
                lanes.add(lane);
            }
        }
        lanes.sort(Comparator.comparing(Lane::id));
        List<Facility> facilities = places.stream()
                .map(Place::facility)
                .sorted(Comparator.comparing(Facility::id))
                .toList();

        var graph = Connectivity.graph(facilities, lanes);
        if (!Connectivity.stronglyConnected(graph)) {
            throw new IllegalStateException("the network is not strongly connected: "
                    + Connectivity.components(graph).stream().skip(1).toList() + " cannot reach the rest");
        }
        return new Built(new Network(NAME, DESCRIPTION, facilities, List.copyOf(lanes)), stitched);
    }

    static String summary(Network network, int bytes, Path out) {
        Map<Facility.Kind, Integer> kinds = new EnumMap<>(Facility.Kind.class);
        network.facilities().forEach(f -> kinds.merge(f.kind(), 1, Integer::sum));
        Map<Lane.Mode, Integer> modes = new EnumMap<>(Lane.Mode.class);
        network.lanes().forEach(l -> modes.merge(l.mode(), 1, Integer::sum));
        long reefer = network.lanes().stream().filter(Lane::reefer).count();
        StringBuilder s = new StringBuilder();
        s.append("wrote ").append(out).append(" (").append(bytes / 1024).append(" KiB)\n");
        s.append(network.facilities().size()).append(" facilities:");
        kinds.forEach((k, n) -> s.append(' ')
                .append(Kinds.suffix(k).toLowerCase(java.util.Locale.ROOT))
                .append('=')
                .append(n));
        s.append('\n').append(network.lanes().size()).append(" lanes:");
        modes.forEach((m, n) -> s.append(' ').append(m.label()).append('=').append(n));
        s.append(" (reefer-capable ").append(reefer).append(')');
        return s.toString();
    }
}
