-- What other modules may read of the cdc-adapter's state: versioned read views, the only contract.
-- The legacy book stock per position: its latest count plus the legacy receipts and dispatches after
-- the count's time (the event-time rule inventory applies), the figure the legacy WMS would show.
create view legacy_on_hand_v1 as
with positions as (
    select sku, location, uom, max(changed_at) as last_changed_at
    from legacy_rows
    where kind in ('stock', 'count')
    group by sku, location, uom
), counts as (
    select distinct on (sku, location, uom) sku, location, uom, quantity, at
    from legacy_rows
    where kind = 'count' and not deleted
    order by sku, location, uom, at desc, lsn desc
)
select p.sku, p.location, p.uom,
       coalesce(c.quantity, 0) + coalesce((
           select sum(m.quantity) from legacy_rows m
           where m.kind = 'stock' and not m.deleted
             and m.sku = p.sku and m.location = p.location and m.uom = p.uom
             and (c.at is null or m.at > c.at)), 0) as on_hand,
       p.last_changed_at
from positions p
left join counts c on c.sku = p.sku and c.location = p.location and c.uom = p.uom;

comment on view legacy_on_hand_v1 is
    'Read contract v1 of the cdc-adapter: the legacy database''s book stock of every position it knows (latest count plus legacy movements after it).';
comment on column legacy_on_hand_v1.sku is 'The item, as the legacy table''s mapped sku column holds it.';
comment on column legacy_on_hand_v1.location is 'The warehouse, as the legacy table''s mapped location column holds it.';
comment on column legacy_on_hand_v1.uom is 'Empty string for counted items, as in inventory.stock_on_hand_v1.';
comment on column legacy_on_hand_v1.on_hand is 'Exact legacy book stock (numeric).';
comment on column legacy_on_hand_v1.last_changed_at is 'When the cdc-adapter last changed a row of this position (wall clock).';
