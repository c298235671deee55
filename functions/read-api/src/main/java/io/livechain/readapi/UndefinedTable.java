package io.livechain.readapi;

import io.vertx.pgclient.PgException;

/**
 * Recognises PostgreSQL's undefined_table error. The read side queries tables other functions own and
 * migrate; until such a function has migrated, its table is missing, which reads as "nothing recorded".
 */
public final class UndefinedTable {

    static final String SQL_STATE = "42P01";

    private UndefinedTable() {
    }

    public static boolean is(Throwable failure) {
        return failure instanceof PgException pg && SQL_STATE.equals(pg.getSqlState());
    }
}
