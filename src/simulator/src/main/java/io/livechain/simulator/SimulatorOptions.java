package io.livechain.simulator;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;

/**
 * What to simulate, each as a system property {@code sim.x} or an environment variable {@code SIM_X}.
 *
 * @param broker   where events go: a broker ingress (the local stack's {@code http://localhost:8080/})
 * @param scanRate warehouse scans a second (dock scanners and RFID portals)
 * @param reefers  refrigerated containers, each reporting its temperature every second
 * @param trackers shipments created at the start and tracked by GPS every 10 s
 * @param duration how long to run; zero runs until stopped
 * @param seed     the same seed gives the same events in the same order
 * @param run      part of every event id, so a second run with the same seed is not taken for a redelivery
 * @param network  the network file facilities and lanes are taken from
 */
public record SimulatorOptions(
        URI broker, int scanRate, int reefers, int trackers, Duration duration, long seed, String run, Path network) {

    public static SimulatorOptions fromEnvironment() {
        return new SimulatorOptions(
                URI.create(setting("broker", "http://localhost:8080/")),
                Integer.parseInt(setting("scan-rate", "20")),
                Integer.parseInt(setting("reefers", "12")),
                Integer.parseInt(setting("trackers", "6")),
                Duration.parse(setting("duration", "PT0S")),
                Long.parseLong(setting("seed", "42")),
                setting("run", Long.toString(Instant.now().getEpochSecond(), 36)),
                Path.of(setting("network", "knative/network/network.json")));
    }

    private static String setting(String name, String fallback) {
        String property = System.getProperty("sim." + name);
        if (property != null) {
            return property;
        }
        String env = System.getenv("SIM_" + name.toUpperCase().replace('-', '_'));
        return env != null ? env : fallback;
    }
}
