package io.livechain.network.builder;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.livechain.model.network.Network;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Writes the network one facility or lane per line: a change to the rules then shows in a diff as
 * the lines it touches, while the file stays valid JSON the functions read with any parser.
 */
final class NetworkWriter {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private NetworkWriter() {}

    static byte[] write(Network network) {
        StringBuilder out = new StringBuilder();
        out.append("{\n");
        out.append("  \"name\": ").append(json(network.name())).append(",\n");
        out.append("  \"description\": ").append(json(network.description())).append(",\n");
        array(out, "facilities", network.facilities());
        out.append(",\n");
        array(out, "lanes", network.lanes());
        out.append("\n}\n");
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static void array(StringBuilder out, String name, List<?> items) {
        out.append("  ").append(json(name)).append(": [");
        for (int i = 0; i < items.size(); i++) {
            out.append(i == 0 ? "\n" : ",\n").append("    ").append(json(items.get(i)));
        }
        out.append(items.isEmpty() ? "]" : "\n  ]");
    }

    private static String json(Object value) {
        try {
            return MAPPER.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
