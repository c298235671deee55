package io.livechain.localstack.knative;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A ConfigMap that kustomization.yaml generates from files of the checkout ({@code configMapGenerator}).
 *
 * @param files its files, absolute; each becomes a key named as the file
 */
public record GeneratedConfigMap(String name, List<Path> files) {

    /** The generators of one kustomization.yaml, its {@code files} resolved against its folder. */
    static List<GeneratedConfigMap> from(JsonNode kustomization, Path folder) {
        List<GeneratedConfigMap> generated = new ArrayList<>();
        for (JsonNode generator : kustomization.path("configMapGenerator")) {
            String name = generator.path("name").asText();
            List<Path> files = new ArrayList<>();
            for (JsonNode file : generator.path("files")) {
                // "key=path" renames the key; a mount would then not be the files' folder, see folder().
                if (file.asText().contains("=")) {
                    throw new IllegalStateException("ConfigMap " + name
                            + ": the local stack takes files under their own" + " names only, not " + file.asText());
                }
                files.add(folder.resolve(file.asText()).toAbsolutePath().normalize());
            }
            generated.add(new GeneratedConfigMap(name, List.copyOf(files)));
        }
        return generated;
    }

    /** What a mount of this ConfigMap is locally: the folder of its files, as they keep their names as keys. */
    public Path folder() {
        List<Path> folders = files.stream().map(Path::getParent).distinct().toList();
        if (folders.size() != 1) {
            throw new IllegalStateException(
                    "ConfigMap " + name + ": the local stack needs its files in one folder, not " + folders);
        }
        return folders.get(0);
    }
}
