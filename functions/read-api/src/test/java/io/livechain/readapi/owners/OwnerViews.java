package io.livechain.readapi.owners;

import io.vertx.mutiny.sqlclient.Pool;

/** Plays an owner that has not migrated yet: its read view or read function is missing while a test runs. */
public final class OwnerViews {

    private OwnerViews() {}

    /**
     * Runs {@code test} with {@code schema.view} renamed away, then puts it back, so the owner's real
     * migrations stay intact for the tests after it.
     */
    public static void withoutView(Pool pool, String schema, String view, Runnable test) {
        pool.query("alter view " + schema + "." + view + " rename to " + view + "_hidden")
                .execute()
                .await()
                .indefinitely();
        try {
            test.run();
        } finally {
            pool.query("alter view " + schema + "." + view + "_hidden rename to " + view)
                    .execute()
                    .await()
                    .indefinitely();
        }
    }

    /** Runs {@code test} with the read function {@code schema.name(arguments)} renamed away, then puts it back. */
    public static void withoutFunction(Pool pool, String schema, String name, String arguments, Runnable test) {
        pool.query("alter function " + schema + "." + name + "(" + arguments + ") rename to " + name + "_hidden")
                .execute()
                .await()
                .indefinitely();
        try {
            test.run();
        } finally {
            pool.query("alter function " + schema + "." + name + "_hidden(" + arguments + ") rename to " + name)
                    .execute()
                    .await()
                    .indefinitely();
        }
    }
}
