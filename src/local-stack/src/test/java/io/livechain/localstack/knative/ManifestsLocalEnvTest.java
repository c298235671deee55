package io.livechain.localstack.knative;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import io.livechain.model.network.NetworkFile;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * How a Service's env reaches its local process: literal entries, ConfigMap mounts mapped into the
 * checkout, Secret mounts into the local stack's secrets folder.
 */
class ManifestsLocalEnvTest {

    private static final Path FIXTURE =
            Path.of("src/test/resources/configmap-manifests").toAbsolutePath();
    private static final Path NETWORK_FOLDER = FIXTURE.resolve("network");
    private static final Path SECRETS = Path.of("/tmp/stack/secrets");
    private final Manifests manifests = Manifests.load(List.of(FIXTURE));

    @Test
    void readsTheGeneratedConfigMapsOfTheKustomization() {
        assertEquals(
                Map.of(
                        "demo-network",
                        new GeneratedConfigMap("demo-network", List.of(NETWORK_FOLDER.resolve("network.json")))),
                manifests.generatedConfigMaps());
        assertEquals(
                NETWORK_FOLDER,
                manifests.generatedConfigMaps().get("demo-network").folder());
        // The placeholder is a valid network file, as the real one must be.
        NetworkFile.read(NETWORK_FOLDER.resolve("network.json"));
    }

    @Test
    void readsLiteralEnvAndMountsOfTheServiceContainer() {
        ServiceSpec planner = manifests.service("planner");
        assertEquals(
                List.of("LIVECHAIN_NETWORK_FILE", "NETWORK_DIR", "NOT_UNDER_THE_MOUNT", "CHANNELS_FILE", "PLAIN"),
                List.copyOf(planner.env().keySet()),
                "valueFrom entries are the cluster's");
        assertEquals(
                List.of(
                        new ServiceSpec.Mount("/etc/livechain/network/", Optional.of("demo-network"), Optional.empty()),
                        new ServiceSpec.Mount("/work/config", Optional.empty(), Optional.of("demo-channels"))),
                planner.mounts());
    }

    @Test
    void pathsUnderAGeneratedConfigMapMountPointIntoTheCheckout() {
        Map<String, String> expected = new LinkedHashMap<>();
        expected.put(
                "LIVECHAIN_NETWORK_FILE", NETWORK_FOLDER.resolve("network.json").toString());
        expected.put("NETWORK_DIR", NETWORK_FOLDER.toString());
        expected.put("NOT_UNDER_THE_MOUNT", "/etc/livechain/network-old/network.json");
        // A Secret is not in the checkout: the local stack keeps its files in a folder of its own.
        expected.put(
                "CHANNELS_FILE",
                SECRETS.resolve("demo-channels/application.properties").toString());
        expected.put("PLAIN", "false");
        assertEquals(expected, manifests.localEnv("planner", SECRETS));
    }

    /** The Services switch tracing on towards the cluster's collector; locally nothing may export there. */
    @Test
    void theServicesTracingSettingsStayInTheCluster() {
        Path knative = Path.of("../../knative").toAbsolutePath().normalize();
        Manifests real = Manifests.load(List.of(knative));
        for (String service : real.serviceNames()) {
            assertTrue(
                    real.service(service).env().containsKey("QUARKUS_OTEL_EXPORTER_OTLP_ENDPOINT"),
                    service + " names the collector in the cluster");
            assertEquals(
                    List.of(),
                    real.localEnv(service, SECRETS).keySet().stream()
                            .filter(name -> name.startsWith("QUARKUS_OTEL_"))
                            .toList(),
                    service + " gets no cluster tracing settings locally");
        }
    }

    @Test
    void theRealNetworkFileMapsToKnativeNetwork() {
        Path knative = Path.of("../../knative").toAbsolutePath().normalize();
        Manifests real = Manifests.load(List.of(knative));
        String networkFile = knative.resolve("network/network.json").toString();
        assertEquals(networkFile, real.localEnv("reroute", SECRETS).get("LIVECHAIN_NETWORK_FILE"));
        assertEquals(networkFile, real.localEnv("read-api", SECRETS).get("LIVECHAIN_NETWORK_FILE"));
        assertEquals(
                SECRETS.resolve("livechain-jwt/publicKey.pem").toString(),
                real.localEnv("read-api", SECRETS).get("LIVECHAIN_JWT_PUBLIC_KEY"));
    }

    @Test
    void refusesAGeneratorThatRenamesAFile() throws Exception {
        var kustomization = new YAMLMapper().readTree("""
                kind: Kustomization
                configMapGenerator:
                  - name: renamed
                    files: [network.json=network/other.json]
                """);
        assertThrows(IllegalStateException.class, () -> GeneratedConfigMap.from(kustomization, FIXTURE));
    }

    @Test
    void unknownServiceIsAnError() {
        assertThrows(IllegalArgumentException.class, () -> manifests.localEnv("nobody", SECRETS));
    }
}
