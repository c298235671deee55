package io.livechain.readapi;

import io.vertx.pgclient.PgException;

/**
 * Recognises PostgreSQL's undefined_function error: like a missing read view ({@link UndefinedTable}), a
 * read function its owner publishes is missing until that owner has migrated, which reads as "nothing
 * recorded".
 */
public final class UndefinedFunction {

    static final String SQL_STATE = "42883";

    private UndefinedFunction() {}

    public static boolean is(Throwable failure) {
        return failure instanceof PgException pg && SQL_STATE.equals(pg.getSqlState());
    }
}
