package io.livechain.readapi.network;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.livechain.model.network.InvalidNetworkException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Loading the network file at start-up: a missing file is tolerated, an invalid one is not. */
class NetworkCatalogTest {

    @TempDir
    Path dir;

    @Test
    void missingFileStartsAndAnswersThatItIsMissing() {
        NetworkCatalog catalog = new NetworkCatalog(dir.resolve("network.json"));

        NoNetworkFileException missing = assertThrows(NoNetworkFileException.class, catalog::network);
        assertEquals("network file " + dir.resolve("network.json") + " is missing", missing.getMessage());
    }

    @Test
    void invalidFileFailsStartUp() throws IOException {
        Path file = Files.writeString(dir.resolve("network.json"), """
                {"facilities": [{"id": "A", "kind": "port", "position": {"latitude": 1, "longitude": 2}}],
                 "lanes": [{"id": "A>B", "from": "A", "to": "B", "mode": "road", "transitMinutes": 10}]}""");

        InvalidNetworkException invalid = assertThrows(InvalidNetworkException.class, () -> new NetworkCatalog(file));
        assertTrue(invalid.getMessage().contains("names no facility: B"), invalid::getMessage);
    }

    @Test
    void validFileGivesItsFacilitiesAndLanes() {
        NetworkCatalog catalog = new NetworkCatalog(Path.of("src/test/resources/network/test-network.json"));

        assertEquals(4, catalog.network().facilities().size());
        assertEquals(5, catalog.network().lanes().size());
    }
}
