-- A trip is the readings of one asset and metric on one shipment; readings without a shipment form
-- one trip of their own. The generated key lets one index serve both.
alter table readings add column trip text generated always as (coalesce(shipment_id, '')) stored;
create index readings_trip_time on readings (asset_id, metric, trip, event_time, id);
-- Every query on readings now names a trip: the new index covers what this one served.
drop index readings_asset_metric_time;

-- Running cold-chain figures per trip (rules.TripAggregate), updated in the transaction that stores
-- the reading, so a reading costs the same however long its trip is. No backfill: the figures depend
-- on the profile a reading is judged with, which SQL does not know; a trip without a row (begun
-- before this migration) or judged under another profile is replayed once from its readings.
create table trip_aggregates (
    asset_id            text             not null,
    metric              text             not null,
    trip                text             not null,
    profile             text             not null, -- the profile the figures were computed under, limits included
    latest_time         timestamptz      not null,
    latest_seq          bigint           not null, -- readings.id: orders readings with the same time
    latest_celsius      double precision not null,
    out_of_range_micros bigint           not null, -- cumulative: each out-of-range reading until the next
    run_start_time      timestamptz,               -- first reading of the current excursion, null when in range
    run_start_seq       bigint,
    run_start_celsius   double precision,
    mkt_sum             numeric          not null, -- exact sum of e^(-ΔH/RT) over the MKT window
    mkt_count           bigint           not null,
    window_first        timestamptz      not null, -- earliest reading in the MKT window
    primary key (asset_id, metric, trip)
);
