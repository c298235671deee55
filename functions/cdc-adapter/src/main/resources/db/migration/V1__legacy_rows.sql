-- The cdc-adapter's own state. legacy_rows mirrors the latest image of every legacy row it maps (by
-- table and primary key, with the LSN of that image), so an update or delete becomes the difference to
-- what was applied before, and a change older than the image (delivered out of order) changes nothing.
create table legacy_rows (
    source_table text not null,
    row_key text not null,
    lsn bigint not null,
    kind text not null check (kind in ('stock', 'count', 'shipment')),
    deleted boolean not null default false,
    sku text,
    location text,
    uom text not null default '',
    -- signed for stock rows (a dispatch is negative), the counted figure for count rows
    quantity numeric,
    at timestamptz,
    changed_at timestamptz not null default now(),
    primary key (source_table, row_key)
);

create index legacy_rows_position on legacy_rows (sku, location, uom);

-- Every change handled, by the id derived from its source position, with the reply it got: a redelivery
-- (the broker's or Debezium's after a restart) gets the very same reply and changes nothing.
create table applied_changes (
    change_id text primary key,
    reply text,
    applied_at timestamptz not null default now()
);

create index applied_changes_applied_at on applied_changes (applied_at);
