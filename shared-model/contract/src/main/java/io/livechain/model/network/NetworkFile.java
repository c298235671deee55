package io.livechain.model.network;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.livechain.model.EventSchemas;
import io.livechain.model.FieldError;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Reads the network file (format: {@code schemas/network.v1.json}, described in the README):
 * schema first, then what a schema cannot say — ids unique, every lane between two known,
 * different facilities. A network that fails either is refused whole.
 */
public final class NetworkFile {

    /** Where the ConfigMap is mounted in the cluster; the local stack points elsewhere. */
    public static final String DEFAULT_LOCATION = "/etc/livechain/network/network.json";

    static final String SCHEMA = "network.v1.json";

    private static final ObjectMapper MAPPER =
            new ObjectMapper().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

    private NetworkFile() {}

    public static Network read(Path file) {
        try {
            return parse(Files.readAllBytes(file), file.toString());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the network file " + file, e);
        }
    }

    public static Network parse(byte[] json, String origin) {
        JsonNode tree;
        try {
            tree = MAPPER.readTree(json);
        } catch (IOException e) {
            throw new InvalidNetworkException(origin, List.of(new FieldError("$", "is no JSON: " + e.getMessage())));
        }
        List<FieldError> errors = new EventSchemas().validate(SCHEMA, tree);
        if (!errors.isEmpty()) {
            throw new InvalidNetworkException(origin, errors);
        }
        Network network = MAPPER.convertValue(tree, Network.class);
        errors = references(network);
        if (!errors.isEmpty()) {
            throw new InvalidNetworkException(origin, errors);
        }
        return network;
    }

    private static List<FieldError> references(Network network) {
        List<FieldError> errors = new ArrayList<>();
        Set<String> facilities = new HashSet<>();
        for (int i = 0; i < network.facilities().size(); i++) {
            if (!facilities.add(network.facilities().get(i).id())) {
                errors.add(new FieldError(
                        "facilities[" + i + "].id",
                        "repeats " + network.facilities().get(i).id()));
            }
        }
        Set<String> lanes = new HashSet<>();
        for (int i = 0; i < network.lanes().size(); i++) {
            Lane lane = network.lanes().get(i);
            String at = "lanes[" + i + "]";
            if (!lanes.add(lane.id())) {
                errors.add(new FieldError(at + ".id", "repeats " + lane.id()));
            }
            if (!facilities.contains(lane.from())) {
                errors.add(new FieldError(at + ".from", "names no facility: " + lane.from()));
            }
            if (!facilities.contains(lane.to())) {
                errors.add(new FieldError(at + ".to", "names no facility: " + lane.to()));
            }
            if (lane.from().equals(lane.to())) {
                errors.add(new FieldError(at + ".to", "equals from: a lane joins two facilities"));
            }
        }
        return errors;
    }
}
