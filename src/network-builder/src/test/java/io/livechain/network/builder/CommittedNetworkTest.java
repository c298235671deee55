package io.livechain.network.builder;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** The shipped file and the rules cannot drift apart: the file is exactly what the builder makes. */
class CommittedNetworkTest {

    static final Path COMMITTED = Path.of("../../knative/network/network.json");
    static final String REGENERATE = "regenerate it from the repository root with"
            + " `./mvnw -q -pl src/network-builder compile exec:java` and commit the result";

    @Test
    void committedFileIsByteForByteWhatTheBuilderMakes() throws IOException {
        assertTrue(
                Files.isRegularFile(COMMITTED), COMMITTED.toAbsolutePath().normalize() + " is missing: " + REGENERATE);
        byte[] committed = Files.readAllBytes(COMMITTED);
        if (!Arrays.equals(committed, Sample.BYTES)) {
            fail(COMMITTED.toAbsolutePath().normalize() + " is not what the builder makes from places.csv and the"
                    + " rules (" + firstDifference(committed, Sample.BYTES) + "): " + REGENERATE);
        }
    }

    @Test
    void buildingTwiceGivesTheSameBytes() {
        assertTrue(Arrays.equals(Sample.BYTES, SampleNetworkBuilder.render()), "the builder is not deterministic");
    }

    private static String firstDifference(byte[] committed, byte[] built) {
        String[] a = new String(committed, StandardCharsets.UTF_8).split("\n", -1);
        String[] b = new String(built, StandardCharsets.UTF_8).split("\n", -1);
        for (int i = 0; i < Math.min(a.length, b.length); i++) {
            if (!a[i].equals(b[i])) {
                return "line " + (i + 1) + " is\n  " + a[i] + "\nbut the builder makes\n  " + b[i] + "\n";
            }
        }
        return "the file has " + a.length + " lines, the builder makes " + b.length;
    }
}
