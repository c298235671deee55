package io.livechain.model;

/** Names of the Livechain functions: Knative Service names, CloudEvent sources of their replies. */
public final class Functions {
    public static final String SCAN_INGEST = "scan-ingest";
    public static final String INVENTORY = "inventory";
    public static final String THRESHOLD = "threshold";
    public static final String NOTIFY = "notify";
    public static final String REROUTE = "reroute";
    public static final String CDC_ADAPTER = "cdc-adapter";
    public static final String MCP = "mcp";

    private Functions() {}

    /** The CloudEvent {@code source} a function stamps on the events it replies with. */
    public static String source(String function) {
        return "/livechain/" + function;
    }
}
