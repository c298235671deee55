package io.livechain.localstack.simulator;

import io.livechain.localstack.ChildProcess;
import io.livechain.localstack.LocalStackConfig;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The device simulator ({@code src/simulator}) as a process of the stack, started once everything is
 * ready, sending to the stack's own broker ingress; {@code -Dsim.*} settings given to the stack are
 * passed on (rate, reefers, seed, ...).
 */
public final class LocalSimulator implements AutoCloseable {

    private final ChildProcess process;

    private LocalSimulator(ChildProcess process) {
        this.process = process;
    }

    public static LocalSimulator start(LocalStackConfig config, String brokerUrl) {
        Path jar = config.home().resolve("src/simulator/target/simulator-app/simulator.jar");
        if (!Files.exists(jar)) {
            throw new IllegalStateException(
                    "no build of the simulator at " + jar + "; build first: ./mvnw -B package -DskipTests");
        }
        List<String> jvmArgs = new ArrayList<>(List.of(
                "-Xmx128m",
                "-XX:+UseSerialGC",
                "-Dsim.broker=" + brokerUrl,
                "-Dsim.network=" + config.knativeDir().resolve("network/network.json")));
        System.getProperties().stringPropertyNames().stream()
                .filter(name -> name.startsWith("sim.") && !name.equals("sim.broker"))
                .sorted()
                .forEach(name -> jvmArgs.add("-D" + name + "=" + System.getProperty(name)));
        return new LocalSimulator(
                ChildProcess.startJava("simulator", jvmArgs, List.of("-jar", jar.toString()), log(config)));
    }

    public static Path log(LocalStackConfig config) {
        return config.dataDir().resolve("logs").resolve("simulator.log");
    }

    public boolean isRunning() {
        return process.isAlive();
    }

    @Override
    public void close() {
        process.close();
    }
}
