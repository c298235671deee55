package io.livechain.network.builder;

import io.livechain.model.network.Lane;

/**
 * A connection a rule decided on, before it becomes two directed lanes: the distance already
 * includes the mode's circuity, and whether the equipment on it can keep cargo cold.
 */
record Link(Place a, Place b, Lane.Mode mode, double distanceKm, boolean reefer) {}
