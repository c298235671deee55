/**
 * One handler per input event. Each runs in one transaction with the event's inbox entry (a
 * redelivery changes nothing), locks each shipment it changes, decides with the
 * {@link io.livechain.reroute.Replanner}, and stores the route and each plan or reroute with the
 * event announcing it through the {@link io.livechain.reroute.ShipmentStore}.
 */
package io.livechain.reroute.handlers;
