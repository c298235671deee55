-- Replenishment that follows live demand. Outbound (an adjustment below zero of a counted item, from the
-- inventory levels) summed per position and UTC day of event time: a running aggregate a level adds to
-- with one upsert, a late movement into its own day. Days before the window are pruned by retention.
create table demand_days (
    sku      text    not null,
    location text    not null,
    day      date    not null,
    outbound numeric not null,
    primary key (sku, location, day)
);

-- The watch row of a position at a location with a lead time also keeps its history bounds and the
-- figures the newest level was judged by, so the read view is a plain select. Null where not known.
alter table stock_watch
    add column first_day               date,
    add column last_day                date,
    add column history_days            integer,
    add column demand_per_day          numeric,
    add column demand_sd               numeric,
    add column lead_time_days          numeric,
    add column lead_time_sd_days       numeric,
    add column service_level           numeric,
    add column safety_stock            numeric,
    add column reorder_point_unrounded numeric,
    add column reorder_point           numeric,
    add column order_up_to_unrounded   numeric,
    add column order_up_to             numeric,
    add column below                   boolean not null default false,
    add column figures_at              timestamptz;
