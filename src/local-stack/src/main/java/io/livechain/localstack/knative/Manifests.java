package io.livechain.localstack.knative;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/** Every Kubernetes object in the manifest folders, read as the cluster would get them. */
public final class Manifests {

    private static final YAMLMapper YAML = new YAMLMapper();

    private final List<JsonNode> objects;
    private final Map<String, GeneratedConfigMap> generatedConfigMaps;

    private Manifests(List<JsonNode> objects, Map<String, GeneratedConfigMap> generatedConfigMaps) {
        this.objects = objects;
        this.generatedConfigMaps = generatedConfigMaps;
    }

    /**
     * Reads every {@code .yaml}/{@code .yml} file below the folders, all documents of each, and the
     * ConfigMaps their kustomization.yaml files generate (paths relative to the kustomization).
     */
    public static Manifests load(List<Path> folders) {
        List<JsonNode> objects = new ArrayList<>();
        Map<String, GeneratedConfigMap> generated = new LinkedHashMap<>();
        for (Path folder : folders) {
            try (Stream<Path> files = Files.walk(folder)) {
                for (Path file : files.filter(Manifests::isYaml).sorted().toList()) {
                    for (JsonNode doc : read(file)) {
                        objects.add(doc);
                        if ("Kustomization".equals(doc.path("kind").asText())) {
                            GeneratedConfigMap.from(doc, file.getParent()).forEach(c -> generated.put(c.name(), c));
                        }
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read manifests in " + folder, e);
            }
        }
        return new Manifests(objects, generated);
    }

    private static boolean isYaml(Path file) {
        String name = file.getFileName().toString();
        return name.endsWith(".yaml") || name.endsWith(".yml");
    }

    private static List<JsonNode> read(Path file) throws IOException {
        List<JsonNode> docs = new ArrayList<>();
        try (MappingIterator<JsonNode> it = YAML.readerFor(JsonNode.class).readValues(file.toFile())) {
            while (it.hasNext()) {
                JsonNode doc = it.next();
                if (doc != null && doc.hasNonNull("kind")) {
                    docs.add(doc);
                }
            }
        }
        return docs;
    }

    /** Objects of one kind, e.g. {@code Trigger}, {@code Service}, {@code KafkaSink}. */
    public List<JsonNode> ofKind(String kind) {
        return objects.stream()
                .filter(o -> kind.equals(o.path("kind").asText()))
                .toList();
    }

    public Optional<JsonNode> named(String kind, String name) {
        return ofKind(kind).stream()
                .filter(o -> name.equals(o.path("metadata").path("name").asText()))
                .findFirst();
    }

    /** Names of the Knative Services (serving.knative.dev), i.e. the deployable functions and APIs. */
    public List<String> serviceNames() {
        return ofKind("Service").stream()
                .filter(s -> s.path("apiVersion").asText().startsWith("serving.knative.dev/"))
                .map(s -> s.path("metadata").path("name").asText())
                .toList();
    }

    /** A Knative Service's container: literal env and mounts. */
    public ServiceSpec service(String name) {
        return ofKind("Service").stream()
                .filter(s -> s.path("apiVersion").asText().startsWith("serving.knative.dev/"))
                .filter(s -> name.equals(s.path("metadata").path("name").asText()))
                .findFirst()
                .map(ServiceSpec::from)
                .orElseThrow(
                        () -> new IllegalArgumentException("no Knative Service named " + name + " in the manifests"));
    }

    /** The prefix of the Services' tracing settings, which name the cluster's OpenTelemetry collector. */
    public static final String CLUSTER_TRACING = "QUARKUS_OTEL_";

    /** The ConfigMaps kustomization.yaml generates from files, by name. */
    public Map<String, GeneratedConfigMap> generatedConfigMaps() {
        return generatedConfigMaps;
    }

    /**
     * A Service's literal env for a local process. Locally nothing is mounted, so a value under the
     * mount of a generated ConfigMap points at the ConfigMap's folder in the checkout instead, e.g.
     * {@code /etc/livechain/network/network.json} → {@code <checkout>/knative/network/network.json},
     * and one under a Secret's mount at {@code <secretsFolder>/<secret name>} (the local stack writes
     * the Secrets it needs there, e.g. the JWT public key). The Services' tracing settings
     * ({@value #CLUSTER_TRACING}*) are left out: they switch tracing on towards the cluster's collector,
     * which is not here; locally tracing stays off unless the developer's own {@code QUARKUS_OTEL_*}
     * environment (the functions inherit the stack's) or {@code local-stack.properties} switch it on.
     */
    public Map<String, String> localEnv(String service, Path secretsFolder) {
        ServiceSpec spec = service(service);
        Map<String, Path> localFolders = new LinkedHashMap<>();
        for (ServiceSpec.Mount mount : spec.mounts()) {
            mount.configMap()
                    .map(generatedConfigMaps::get)
                    .ifPresent(configMap -> localFolders.put(stripTrailingSlash(mount.path()), configMap.folder()));
            mount.secret()
                    .ifPresent(secret ->
                            localFolders.put(stripTrailingSlash(mount.path()), secretsFolder.resolve(secret)));
        }
        Map<String, String> env = new LinkedHashMap<>();
        spec.env().forEach((name, value) -> {
            if (!name.startsWith(CLUSTER_TRACING)) {
                env.put(name, localPath(value, localFolders));
            }
        });
        return env;
    }

    private static String localPath(String value, Map<String, Path> localFolders) {
        for (Map.Entry<String, Path> mount : localFolders.entrySet()) {
            String mountPath = mount.getKey();
            if (value.equals(mountPath)) {
                return mount.getValue().toString();
            }
            if (value.startsWith(mountPath + "/")) {
                return mount.getValue()
                        .resolve(value.substring(mountPath.length() + 1))
                        .toString();
            }
        }
        return value;
    }

    private static String stripTrailingSlash(String path) {
        return path.length() > 1 && path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
    }

    public List<TriggerSpec> triggers() {
        return ofKind("Trigger").stream().map(t -> TriggerSpec.from(t, this)).toList();
    }

    public List<KafkaSourceSpec> kafkaSources() {
        return ofKind("KafkaSource").stream().map(KafkaSourceSpec::from).toList();
    }

    /** The topic a KafkaSink writes to. */
    public String kafkaSinkTopic(String sinkName) {
        return named("KafkaSink", sinkName)
                .map(s -> s.path("spec").path("topic").asText())
                .orElseThrow(() -> new IllegalStateException("no KafkaSink named " + sinkName + " in the manifests"));
    }

    /** The broker's settings from its config map: topic partitions and the broker's own delivery spec. */
    public BrokerSpec broker(String name) {
        JsonNode broker = named("Broker", name)
                .orElseThrow(() -> new IllegalStateException("no Broker named " + name + " in the manifests"));
        String namespace = broker.path("metadata").path("namespace").asText("default");
        String configName = broker.path("spec").path("config").path("name").asText();
        JsonNode config =
                named("ConfigMap", configName).map(c -> c.path("data")).orElse(YAML.createObjectNode());
        int partitions =
                Integer.parseInt(config.path("default.topic.partitions").asText("10"));
        return new BrokerSpec(name, namespace, partitions, broker.path("spec").path("delivery"));
    }
}
