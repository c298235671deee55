package io.livechain.readapi;

import io.vertx.pgclient.PgException;

/**
 * Recognises PostgreSQL's undefined_table error. The read side queries the read views other functions
 * publish in their own migrations; until such a function has migrated, its view is missing, which
 * reads as "nothing recorded".
 */
public final class UndefinedTable {

    static final String SQL_STATE = "42P01";

    private UndefinedTable() {}

    public static boolean is(Throwable failure) {
        return failure instanceof PgException pg && SQL_STATE.equals(pg.getSqlState());
    }
}
