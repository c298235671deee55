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
            assertTrue(type.type().matches("io\\.livechain\\.[a-z.]+\\.v\\d+"), type.type());
            assertTrue(Files.exists(Path.of("src/main/resources", type.schemaResource())), type.schemaResource());
        }
    }
}
