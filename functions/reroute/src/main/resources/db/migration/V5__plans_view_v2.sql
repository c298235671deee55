-- plans_v2: plans_v1 and who asked for a requested reroute. A reroute request's plan is decided while
-- handling that request, so its cause (cause_source) is the request's CloudEvent source: threshold for a
-- cold-chain alert (/livechain/threshold), an agent (/agents/<name>) or whoever else sent it. Other plans
-- were asked for by no one. plans_v1 stays, unchanged, for its readers.
create view reroute.plans_v2 as
select shipment_id, seq, kind, decided_at, trigger, reason,
       route -> 'facilityIds' as facility_ids, route -> 'laneIds' as lane_ids,
       eta, eta_change_minutes, condition_ids, event_id,
       case when trigger = 'reroute-requested' then cause_source end as requested_by
from reroute.plans;

comment on view reroute.plans_v2 is
    'Read contract v2 of the reroute function: every plan of every shipment, the first (planned) and each later reroute, with why and, for a requested reroute, who asked. Unique per (shipment_id, seq). v1 without requested_by stays beside it.';
comment on column reroute.plans_v2.shipment_id is 'The shipment planned.';
comment on column reroute.plans_v2.seq is 'Order of the plans of one shipment, from 1.';
comment on column reroute.plans_v2.kind is 'planned (the first plan) or rerouted.';
comment on column reroute.plans_v2.decided_at is 'When reroute decided the plan.';
comment on column reroute.plans_v2.trigger is 'What made reroute plan: shipment-created for the first plan; for a reroute as in shipment.rerouted.v1 (condition, reroute-requested).';
comment on column reroute.plans_v2.reason is 'Why, in words.';
comment on column reroute.plans_v2.facility_ids is 'JSON array of the facility ids (strings) of this plan''s route, origin first.';
comment on column reroute.plans_v2.lane_ids is 'JSON array of the lane ids (strings) of this plan''s route, in travel order.';
comment on column reroute.plans_v2.eta is 'Estimated arrival under this plan.';
comment on column reroute.plans_v2.eta_change_minutes is 'ETA change against the plan before, in minutes (negative: earlier); null for the first plan.';
comment on column reroute.plans_v2.condition_ids is 'JSON array of the ids (strings) of the live conditions behind this plan.';
comment on column reroute.plans_v2.event_id is 'Id of the CloudEvent that announced the plan (route.planned.v1 or shipment.rerouted.v1).';
comment on column reroute.plans_v2.requested_by is 'Who asked for this reroute: the CloudEvent source of its reroute.requested.v1 (/livechain/threshold for a cold-chain alert, /agents/<name> for an agent); null when the plan was not requested (trigger is not reroute-requested).';
