package io.livechain.readapi.owners;

import io.livechain.testsupport.EmbeddedPostgresResource;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.flywaydb.core.Flyway;

/**
 * The embedded PostgreSQL with the schemas of the functions whose read views this API reads, each
 * migrated by that function's own Flyway scripts (copied from functions/&lt;owner&gt;/src/main/resources/
 * db/migration by the build), as that function does at start-up; read-api's own schema follows when
 * Quarkus starts. So the tests read the owners' real views over their real tables.
 */
public class OwnersMigratedPostgresResource extends EmbeddedPostgresResource {

    static final List<String> OWNERS = List.of("inventory", "threshold", "reroute", "cdc");

    @Override
    public Map<String, String> start() {
        Map<String, String> properties = super.start();
        for (String owner : OWNERS) {
            Flyway.configure()
                    .dataSource(
                            properties.get("quarkus.datasource.jdbc.url"),
                            properties.get("quarkus.datasource.username"),
                            properties.get("quarkus.datasource.password"))
                    .schemas(owner)
                    .locations("filesystem:" + migrations(owner))
                    .load()
                    .migrate();
        }
        return properties;
    }

    private static Path migrations(String owner) {
        URL folder = OwnersMigratedPostgresResource.class.getResource("/owner-migrations/" + owner);
        if (folder == null) {
            throw new IllegalStateException("no owner-migrations/" + owner + " on the test classpath: the build"
                    + " copies them (maven-resources-plugin in read-api's pom.xml)");
        }
        try {
            return Path.of(folder.toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
