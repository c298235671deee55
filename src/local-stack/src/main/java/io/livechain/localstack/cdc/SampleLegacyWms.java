package io.livechain.localstack.cdc;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * The sample legacy WMS: database {@value #DATABASE} beside Livechain's, created with its seed on the
 * stack's first start and left alone afterwards (its changes are the legacy system's, not ours).
 */
public final class SampleLegacyWms {

    public static final String DATABASE = "legacy_wms";

    private SampleLegacyWms() {}

    /** Creates and seeds the database unless it exists; returns whether it was created now. */
    public static boolean ensure(String hostPort, String user, String password) {
        try (Connection admin =
                        DriverManager.getConnection("jdbc:postgresql://" + hostPort + "/postgres", user, password);
                Statement s = admin.createStatement()) {
            try (ResultSet exists = s.executeQuery("select 1 from pg_database where datname = '" + DATABASE + "'")) {
                if (exists.next()) {
                    return false;
                }
            }
            s.execute("create database " + DATABASE);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create the sample legacy database " + DATABASE, e);
        }
        try (Connection legacy =
                        DriverManager.getConnection("jdbc:postgresql://" + hostPort + "/" + DATABASE, user, password);
                Statement s = legacy.createStatement()) {
            s.execute(seed());
            return true;
        } catch (SQLException e) {
            throw new IllegalStateException("cannot seed the sample legacy database " + DATABASE, e);
        }
    }

    private static String seed() {
        try (InputStream in = SampleLegacyWms.class.getResourceAsStream("/legacy-wms/legacy_wms.sql")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
