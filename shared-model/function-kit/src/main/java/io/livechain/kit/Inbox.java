package io.livechain.kit;

/**
 * The inbox of a stateful function: every event it has taken, by CloudEvent source and id, so a
 * redelivery is recognised and changes nothing. Each function's migration creates the table as
 * {@code inbox (event_source text, event_id text, received_at timestamptz default now(),
 * primary key (event_source, event_id))}. The first-time insert runs in the event's transaction,
 * so a failure rolls it back with the rest and the redelivery is handled afresh.
 */
public final class Inbox {

    /**
     * For the Vert.x SQL client ({@code $1} source, {@code $2} id; the table found through the search
     * path): returns one row the first time, none for a redelivery. A CTE can select from it to
     * store more in the same statement only the first time.
     */
    public static final String FIRST_TIME = firstTime("inbox", "$1", "$2");

    /** The same as a Hibernate native query ({@code ?1} source, {@code ?2} id), in the persistence unit's schema. */
    public static final String FIRST_TIME_NATIVE = firstTime("{h-schema}inbox", "?1", "?2");

    private Inbox() {}

    private static String firstTime(String table, String source, String id) {
        return "insert into " + table + " (event_source, event_id) values (" + source + ", " + id + ")"
                + " on conflict do nothing returning 1";
    }
}
