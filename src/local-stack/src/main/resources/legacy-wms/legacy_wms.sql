-- The sample legacy WMS the local stack follows by change data capture: a database nobody may change,
-- its own tables and its own figures. Created once, on the stack's first start, in database legacy_wms.
create table items (
    item_no text primary key,
    description text,
    uom text
);

create table goods_receipts (
    id bigserial primary key,
    warehouse_code text not null,
    item_no text not null,
    qty numeric not null,
    received_at timestamptz not null
);

create table dispatches (
    id bigserial primary key,
    warehouse_code text not null,
    item_no text not null,
    qty numeric not null,
    dispatched_at timestamptz not null
);

-- The last physical count per warehouse and item.
create table stock_levels (
    warehouse_code text not null,
    item_no text not null,
    qty_on_hand numeric not null,
    counted_at timestamptz not null,
    primary key (warehouse_code, item_no)
);

-- Customer orders: each becomes a shipment between two facilities of the network.
create table orders (
    order_no text primary key,
    ship_from text not null,
    ship_to text not null,
    cargo_profile text,
    reefer boolean not null default false,
    due_at timestamptz,
    ready_at timestamptz
);

insert into items (item_no, description, uom)
select 'LW-' || lpad(n::text, 4, '0'), 'Legacy item ' || n, 'EA' from generate_series(1, 20) n;

-- Counted on the evening of 30 November, then a day of receipts and dispatches.
insert into stock_levels (warehouse_code, item_no, qty_on_hand, counted_at)
select w, 'LW-' || lpad(n::text, 4, '0'), 100 + n, timestamptz '2026-11-30 18:00Z'
from generate_series(1, 20) n, unnest(array['WH-HAMBURG', 'WH-ROTTERDAM']) w;

insert into goods_receipts (warehouse_code, item_no, qty, received_at)
select w, 'LW-' || lpad(n::text, 4, '0'), 10 * n, timestamptz '2026-12-01 08:00Z' + n * interval '1 minute'
from generate_series(1, 20) n, unnest(array['WH-HAMBURG', 'WH-ROTTERDAM']) w;

insert into dispatches (warehouse_code, item_no, qty, dispatched_at)
select w, 'LW-' || lpad(n::text, 4, '0'), n, timestamptz '2026-12-01 14:00Z' + n * interval '1 minute'
from generate_series(1, 20) n, unnest(array['WH-HAMBURG', 'WH-ROTTERDAM']) w;

insert into orders (order_no, ship_from, ship_to, cargo_profile, reefer, due_at) values
    ('SO-1001', 'DEBER-DC', 'NLVEN-DC', null, false, timestamptz '2026-12-20 12:00Z'),
    ('SO-1002', 'DEHAM-COLD', 'PLWAW-COLD', 'refrigerated', true, timestamptz '2026-12-22 12:00Z');
