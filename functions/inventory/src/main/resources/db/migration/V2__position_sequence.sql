-- A position's movement count, carried by every level event as "sequence": with unordered delivery two
-- levels of one position can reach a consumer in either order, and the higher sequence is the newer.
alter table stock_on_hand add column sequence bigint not null default 0;
alter table stock_ledger add column sequence bigint not null default 0;

-- Existing rows: number each position's ledger rows in the order they were recorded.
update stock_ledger l set sequence = n.sequence
from (select id, row_number() over (partition by sku, location, uom order by id) as sequence from stock_ledger) n
where l.id = n.id;
update stock_on_hand s set sequence = coalesce(
    (select max(l.sequence) from stock_ledger l where l.sku = s.sku and l.location = s.location and l.uom = s.uom), 0);
