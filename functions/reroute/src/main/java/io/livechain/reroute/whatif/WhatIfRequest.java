package io.livechain.reroute.whatif;

import io.livechain.model.Condition;

/** Body of {@code POST /what-if}: the shipment, and the condition (as in condition.v1) to suppose. */
public record WhatIfRequest(String shipmentId, Condition condition) {}
