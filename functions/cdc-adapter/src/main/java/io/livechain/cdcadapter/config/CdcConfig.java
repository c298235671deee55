package io.livechain.cdcadapter.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithName;
import java.time.Duration;
import java.util.Map;

/** The declarative mapping of legacy tables to catalogue events (see application.properties). */
@ConfigMapping(prefix = "livechain.cdc")
public interface CdcConfig {

    /** Each mapped legacy table by Debezium's name {@code <schema>.<table>}. */
    Map<String, TableMapping> tables();

    Retention retention();

    /** The broker's ingress, for the second event of a change that becomes two (Knative's K_SINK). */
    String sink();

    /** How long a post to the sink may take before the change is answered 503 and retried. */
    @io.smallrye.config.WithDefault("PT5S")
    Duration sinkTimeout();

    interface Retention {
        @WithName("applied-changes")
        Duration appliedChanges();
    }
}
