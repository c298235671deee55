-- Events already handled, by CloudEvents source + id: a redelivery changes nothing.
create table reroute.inbox (
    event_source text not null,
    event_id     text not null,
    received_at  timestamptz not null default now(),
    primary key (event_source, event_id)
);

-- One row per shipment; route is its current Itinerary (JSON, as in route.planned), whole from origin.
create table reroute.shipments (
    shipment_id          text primary key,
    origin               text not null,
    destination          text not null,
    original_destination text not null,
    cargo_profile        text,
    reefer_required      boolean not null,
    -- lane modes allowed, comma-separated; null: all
    modes                text,
    deadline             timestamptz,
    ready_at             timestamptz not null,
    -- planned, in_transit, delivered, unroutable
    status               text not null,
    route                jsonb,
    eta                  timestamptz,
    -- index into the route's facilityIds of the facility the shipment is heading to (or is at)
    next_stop            integer not null default 0,
    position_latitude    double precision,
    position_longitude   double precision,
    position_at          timestamptz,
    -- facilities and lanes whose conditions rerouted the shipment away, comma-separated: watched, so
    -- the shipment can come back when such a condition ends early
    watched              text,
    created_at           timestamptz not null,
    updated_at           timestamptz not null
);

-- The facilities and lanes still ahead of each active shipment, and those it was rerouted away from:
-- which shipments a condition touches.
create table reroute.route_stops (
    shipment_id text not null references reroute.shipments (shipment_id) on delete cascade,
    ref         text not null,
    primary key (shipment_id, ref)
);
create index route_stops_by_ref on reroute.route_stops (ref);

-- Live conditions by id; a newer version (later event time) of the same condition replaces it.
create table reroute.conditions (
    condition_id        text primary key,
    kind                text not null,
    facility_id         text,
    lane_id             text,
    extra_delay_minutes integer,
    factor              numeric,
    valid_from          timestamptz not null,
    valid_until         timestamptz not null,
    source              text not null,
    event_time          timestamptz not null
);
create index conditions_by_end on reroute.conditions (valid_until);

-- Every plan and reroute, with why; also the outbox of the event that announces it
-- (published_at null until the broker took it).
create table reroute.plans (
    shipment_id        text not null references reroute.shipments (shipment_id) on delete cascade,
    seq                integer not null,
    kind               text not null,
    decided_at         timestamptz not null,
    trigger            text not null,
    reason             text not null,
    route              jsonb not null,
    eta                timestamptz not null,
    eta_change_minutes bigint,
    condition_ids      jsonb not null,
    event_id           text not null primary key,
    event_type         text not null,
    payload            jsonb not null,
    cause_source       text not null,
    cause_id           text not null,
    recorded_at        timestamptz not null,
    published_at       timestamptz,
    unique (shipment_id, seq)
);
create index plans_unpublished on reroute.plans (recorded_at) where published_at is null;
create index plans_by_cause on reroute.plans (cause_source, cause_id);
