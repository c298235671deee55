-- What other modules may read of inventory's state: versioned read views, the only contract. The tables
-- behind them may change; a view keeps its name and columns, and a change others must see is a new
-- view (_v2) beside the old one until no reader uses it.
create view stock_on_hand_v1 as
select sku, location, uom, on_hand, updated_at
from stock_on_hand;

comment on view stock_on_hand_v1 is
    'Read contract v1 of the inventory function: the current on-hand of every stock position (sku, location, unit) recorded so far. One row per position; a position never seen has no row.';
comment on column stock_on_hand_v1.sku is 'The item, as scanned (GTIN or the sender''s sku).';
comment on column stock_on_hand_v1.location is 'Where the stock is, as scanned (e.g. DC-BERLIN).';
comment on column stock_on_hand_v1.uom is 'Empty string for counted items; else the UN/CEFACT measure unit (KGM, LTR, ...) of a measured quantity.';
comment on column stock_on_hand_v1.on_hand is 'Exact current quantity (numeric): whole for counted items, decimal for measured ones; may be negative when more left than was recorded.';
comment on column stock_on_hand_v1.updated_at is 'When inventory last changed this position (wall clock of the write, not event time).';
