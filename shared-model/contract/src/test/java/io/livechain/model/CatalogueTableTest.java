package io.livechain.model;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class CatalogueTableTest {

    @Test
    void readmeCarriesTheCurrentCatalogue() throws Exception {
        String readme = Files.readString(Path.of("../..", "README.md"));
        String table = CatalogueTable.render();
        assertTrue(
                readme.contains(table),
                () -> "README.md's event catalogue is out of date; replace the part between " + CatalogueTable.START
                        + " and " + CatalogueTable.END + " with:\n" + table);
    }

    @Test
    void everyTypeIsVersionedAndHasASchemaFile() {
        for (EventType type : EventType.values()) {
            // Livechain's own types are versioned; an outside type (Knative's wrapper of Kafka records) keeps its name.
            assertTrue(
                    type.type().matches("io\\.livechain\\.[a-z.]+\\.v\\d+") || type == EventType.LEGACY_CHANGE,
                    type.type());
            assertTrue(Files.exists(Path.of("src/main/resources", type.schemaResource())), type.schemaResource());
        }
    }
}
