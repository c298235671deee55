-- Live conditions (weather, port congestion, closures) as reroute knows them, for readers that draw
-- them on the network (the control-tower page). Same contract rules as V2's views.
create view reroute.conditions_v1 as
select condition_id, kind, facility_id, lane_id, extra_delay_minutes, factor, valid_from, valid_until, event_time
from reroute.conditions;

comment on view reroute.conditions_v1 is
    'Read contract v1 of the reroute function: the network conditions it plans with, one row per condition id (the newest version by event time); expired ones are kept until reroute prunes them.';
comment on column reroute.conditions_v1.condition_id is 'The condition''s id, as in condition.v1; plans name it in plans_v1.condition_ids.';
comment on column reroute.conditions_v1.kind is 'What it is, as in condition.v1: WEATHER, PORT_CONGESTION, TRAFFIC, CLOSURE or STRIKE.';
comment on column reroute.conditions_v1.facility_id is 'Facility id it applies to; null when it applies to a lane.';
comment on column reroute.conditions_v1.lane_id is 'Lane id it applies to; null when it applies to a facility.';
comment on column reroute.conditions_v1.extra_delay_minutes is 'Delay it adds, in minutes; null if none.';
comment on column reroute.conditions_v1.factor is 'Factor on transit or handling time; null if none.';
comment on column reroute.conditions_v1.valid_from is 'Start of the time it applies.';
comment on column reroute.conditions_v1.valid_until is 'End of the time it applies (exclusive).';
comment on column reroute.conditions_v1.event_time is 'Event time of the version in force.';
