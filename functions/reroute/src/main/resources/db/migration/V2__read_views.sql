-- What other modules may read of reroute's state: versioned read views, the only contract. The tables
-- behind them may change; a view keeps its name and columns, and a change others must see is a new
-- view (_v2) beside the old one until no reader uses it.
create view reroute.shipments_v1 as
select shipment_id, status, origin, destination, original_destination, cargo_profile, reefer_required,
       deadline, ready_at, position_latitude, position_longitude, position_at,
       case when next_stop >= 0 then route -> 'facilityIds' ->> next_stop end as next_facility_id,
       route, eta, updated_at
from reroute.shipments;

comment on view reroute.shipments_v1 is
    'Read contract v1 of the reroute function: every shipment it knows, as it stands now. One row per shipment.';
comment on column reroute.shipments_v1.shipment_id is 'The shipment''s id, as in shipment.created.v1.';
comment on column reroute.shipments_v1.status is 'planned, in_transit, delivered or unroutable.';
comment on column reroute.shipments_v1.origin is 'Facility id of the network where the shipment starts.';
comment on column reroute.shipments_v1.destination is 'Facility id it is bound for now (a reroute to cold storage changes it).';
comment on column reroute.shipments_v1.original_destination is 'Facility id it was created for.';
comment on column reroute.shipments_v1.cargo_profile is 'Cargo profile as given at creation (e.g. refrigerated); null if none.';
comment on column reroute.shipments_v1.reefer_required is 'True when only reefer-capable lanes may carry it.';
comment on column reroute.shipments_v1.deadline is 'Latest wanted arrival; null if none.';
comment on column reroute.shipments_v1.ready_at is 'When it is ready to leave the origin.';
comment on column reroute.shipments_v1.position_latitude is 'Latitude (WGS 84 degrees) of the last GPS position; null until one is seen.';
comment on column reroute.shipments_v1.position_longitude is 'Longitude (WGS 84 degrees) of the last GPS position; null until one is seen.';
comment on column reroute.shipments_v1.position_at is 'Time of the last GPS position; null until one is seen.';
comment on column reroute.shipments_v1.next_facility_id is 'Facility id of the route the shipment heads to (or is at); null without a route or past its end.';
comment on column reroute.shipments_v1.route is 'The current route, whole from the origin, as a JSON object of the shape of the "route" of io.livechain.route.planned.v1 (shared-model schemas/io.livechain.route.planned.v1.json): facilityIds, laneIds, departAt, eta, cost, legs. Null until planned. Pass it on as is.';
comment on column reroute.shipments_v1.eta is 'Estimated arrival at the destination on the current route; null until planned.';
comment on column reroute.shipments_v1.updated_at is 'When reroute last changed the shipment.';

create view reroute.plans_v1 as
select shipment_id, seq, kind, decided_at, trigger, reason,
       route -> 'facilityIds' as facility_ids, route -> 'laneIds' as lane_ids,
       eta, eta_change_minutes, condition_ids, event_id
from reroute.plans;

comment on view reroute.plans_v1 is
    'Read contract v1 of the reroute function: every plan of every shipment, the first (planned) and each later reroute, with why. Unique per (shipment_id, seq).';
comment on column reroute.plans_v1.shipment_id is 'The shipment planned.';
comment on column reroute.plans_v1.seq is 'Order of the plans of one shipment, from 1.';
comment on column reroute.plans_v1.kind is 'planned (the first plan) or rerouted.';
comment on column reroute.plans_v1.decided_at is 'When reroute decided the plan.';
comment on column reroute.plans_v1.trigger is 'What made reroute plan: shipment-created for the first plan; for a reroute as in shipment.rerouted.v1 (condition, reroute-requested).';
comment on column reroute.plans_v1.reason is 'Why, in words.';
comment on column reroute.plans_v1.facility_ids is 'JSON array of the facility ids (strings) of this plan''s route, origin first.';
comment on column reroute.plans_v1.lane_ids is 'JSON array of the lane ids (strings) of this plan''s route, in travel order.';
comment on column reroute.plans_v1.eta is 'Estimated arrival under this plan.';
comment on column reroute.plans_v1.eta_change_minutes is 'ETA change against the plan before, in minutes (negative: earlier); null for the first plan.';
comment on column reroute.plans_v1.condition_ids is 'JSON array of the ids (strings) of the live conditions behind this plan.';
comment on column reroute.plans_v1.event_id is 'Id of the CloudEvent that announced the plan (route.planned.v1 or shipment.rerouted.v1).';
