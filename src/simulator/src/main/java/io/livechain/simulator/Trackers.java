package io.livechain.simulator;

import io.livechain.model.EventType;
import io.livechain.model.Position;
import io.livechain.model.ShipmentCreated;
import io.livechain.model.network.Coordinates;
import io.livechain.model.network.Facility;
import io.livechain.model.network.Lane;
import io.livechain.model.network.Network;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Shipments between warehouses of the network, created at the start, and their GPS trackers: every
 * 10 s a fix along the lanes of the route with the fewest hops (what reroute plans is usually close),
 * one hop every {@value #SECONDS_PER_HOP} s, so a newcomer sees them move; at the end a tracker rests.
 */
final class Trackers implements EventFeed {

    static final int SECONDS_PER_HOP = 120;

    private final List<Trip> trips = new ArrayList<>();
    private final Ids ids;

    private record Trip(String shipmentId, String device, ShipmentCreated created, List<Coordinates> stops) {}

    Trackers(int count, Network network, long seed, String run) {
        this.ids = new Ids(run, "tracker");
        SplittableRandom random = new SplittableRandom(seed ^ 0x7EACE5L);
        Map<String, Facility> facilities = new HashMap<>();
        network.facilities().forEach(f -> facilities.put(f.id(), f));
        List<Facility> warehouses = network.facilities().stream()
                .filter(f -> f.kind() == Facility.Kind.WAREHOUSE)
                .toList();
        for (int i = 0; i < count && warehouses.size() > 1; i++) {
            Facility from = warehouses.get(random.nextInt(warehouses.size()));
            Facility to = warehouses.get(random.nextInt(warehouses.size()));
            List<String> route = fewestHops(network, from.id(), to.id());
            if (from == to || route.size() < 2) {
                continue;
            }
            String shipmentId = "SIM-" + run + "-" + (i + 1);
            boolean reefer = i % 3 == 0;
            ShipmentCreated created = new ShipmentCreated(
                    shipmentId, from.id(), to.id(), reefer ? "refrigerated" : null, reefer, null, null, null, null);
            List<Coordinates> stops =
                    route.stream().map(id -> facilities.get(id).position()).toList();
            trips.add(new Trip(shipmentId, "gps-" + (i + 1), created, stops));
        }
    }

    @Override
    public void second(long n, Instant now, List<SimulatedEvent> out) {
        for (Trip trip : trips) {
            if (n == 0) {
                out.add(new SimulatedEvent(
                        EventType.SHIPMENT_CREATED, "/simulator/orders", ids.next(), trip.created()));
            } else if (n % 10 == 0) {
                Coordinates at = along(trip.stops(), Duration.ofSeconds(n));
                out.add(new SimulatedEvent(
                        EventType.POSITION,
                        "/simulator/trackers/" + trip.device(),
                        ids.next(),
                        new Position(trip.shipmentId(), trip.device(), at.latitude(), at.longitude(), now)));
            }
        }
    }

    /** Where a tracker is after {@code elapsed}: between two stops, linearly, or at the last one. */
    static Coordinates along(List<Coordinates> stops, Duration elapsed) {
        double hops = elapsed.toSeconds() / (double) SECONDS_PER_HOP;
        int hop = (int) hops;
        if (hop >= stops.size() - 1) {
            return stops.get(stops.size() - 1);
        }
        double part = hops - hop;
        Coordinates a = stops.get(hop);
        Coordinates b = stops.get(hop + 1);
        return new Coordinates(
                a.latitude() + (b.latitude() - a.latitude()) * part,
                a.longitude() + (b.longitude() - a.longitude()) * part);
    }

    /** Breadth-first over the lanes: facility ids from {@code from} to {@code to}, empty if unreachable. */
    static List<String> fewestHops(Network network, String from, String to) {
        Map<String, List<Lane>> out = new HashMap<>();
        network.lanes()
                .forEach(l ->
                        out.computeIfAbsent(l.from(), k -> new ArrayList<>()).add(l));
        Map<String, String> previous = new HashMap<>();
        ArrayDeque<String> queue = new ArrayDeque<>(List.of(from));
        previous.put(from, from);
        while (!queue.isEmpty() && !previous.containsKey(to)) {
            String at = queue.poll();
            for (Lane lane : out.getOrDefault(at, List.of())) {
                if (previous.putIfAbsent(lane.to(), at) == null) {
                    queue.add(lane.to());
                }
            }
        }
        if (!previous.containsKey(to)) {
            return List.of();
        }
        List<String> route = new ArrayList<>();
        for (String at = to; !at.equals(from); at = previous.get(at)) {
            route.add(at);
        }
        route.add(from);
        Collections.reverse(route);
        return route;
    }
}
