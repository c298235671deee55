package io.livechain.localstack.knative;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A Knative Service's container, as far as the local stack runs it.
 *
 * @param env    its literal env entries; {@code valueFrom} ones (secrets) are the cluster's, locally the
 *               stack sets those settings itself
 * @param mounts its volume mounts
 */
public record ServiceSpec(String name, Map<String, String> env, List<Mount> mounts) {

    /**
     * A volume mounted at {@code path}; {@code configMap} or {@code secret} names the ConfigMap or the
     * Secret if the volume is one.
     */
    public record Mount(String path, Optional<String> configMap, Optional<String> secret) {}

    static ServiceSpec from(JsonNode service) {
        JsonNode pod = service.path("spec").path("template").path("spec");
        JsonNode container = pod.path("containers").path(0);
        Map<String, String> env = new LinkedHashMap<>();
        for (JsonNode entry : container.path("env")) {
            if (entry.has("value")) {
                env.put(entry.path("name").asText(), entry.path("value").asText());
            }
        }
        List<Mount> mounts = new ArrayList<>();
        for (JsonNode mount : container.path("volumeMounts")) {
            String volume = mount.path("name").asText();
            Optional<String> configMap = Optional.empty();
            Optional<String> secret = Optional.empty();
            for (JsonNode candidate : pod.path("volumes")) {
                if (volume.equals(candidate.path("name").asText())) {
                    configMap = text(candidate.path("configMap").path("name"));
                    secret = text(candidate.path("secret").path("secretName"));
                }
            }
            mounts.add(new Mount(mount.path("mountPath").asText(), configMap, secret));
        }
        return new ServiceSpec(service.path("metadata").path("name").asText(), env, mounts);
    }

    private static Optional<String> text(JsonNode node) {
        return node.isTextual() ? Optional.of(node.asText()) : Optional.empty();
    }
}
