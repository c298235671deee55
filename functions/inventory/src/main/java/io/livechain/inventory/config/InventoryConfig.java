package io.livechain.inventory.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

@ConfigMapping(prefix = "livechain.inventory")
public interface InventoryConfig {

    /** Most movements applied in one transaction; waiting movements beyond it form the next group. */
    @WithDefault("64")
    int maxGroupSize();

    /** Groups applied at the same time, each on its own connection; more movements queue meanwhile. */
    @WithDefault("2")
    int groupsInFlight();
}
