package io.livechain.localstack.knative;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;

/** Every Kubernetes object in the manifest folders, read as the cluster would get them. */
public final class Manifests {

    private static final YAMLMapper YAML = new YAMLMapper();

    private final List<JsonNode> objects;

    private Manifests(List<JsonNode> objects) {
        this.objects = objects;
    }

    /** Reads every {@code .yaml}/{@code .yml} file below the folders, all documents of each. */
    public static Manifests load(List<Path> folders) {
        List<JsonNode> objects = new ArrayList<>();
        for (Path folder : folders) {
            try (Stream<Path> files = Files.walk(folder)) {
                for (Path file : files.filter(Manifests::isYaml).sorted().toList()) {
                    objects.addAll(read(file));
                }
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read manifests in " + folder, e);
            }
        }
        return new Manifests(objects);
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
        return objects.stream().filter(o -> kind.equals(o.path("kind").asText())).toList();
    }

    public Optional<JsonNode> named(String kind, String name) {
        return ofKind(kind).stream().filter(o -> name.equals(o.path("metadata").path("name").asText())).findFirst();
    }

    /** Names of the Knative Services (serving.knative.dev), i.e. the deployable functions and APIs. */
    public List<String> serviceNames() {
        return ofKind("Service").stream()
                .filter(s -> s.path("apiVersion").asText().startsWith("serving.knative.dev/"))
                .map(s -> s.path("metadata").path("name").asText())
                .toList();
    }

    public List<TriggerSpec> triggers() {
        return ofKind("Trigger").stream().map(t -> TriggerSpec.from(t, this)).toList();
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
        JsonNode config = named("ConfigMap", configName).map(c -> c.path("data")).orElse(YAML.createObjectNode());
        int partitions = Integer.parseInt(config.path("default.topic.partitions").asText("10"));
        return new BrokerSpec(name, namespace, partitions, broker.path("spec").path("delivery"));
    }
}
