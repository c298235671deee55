-- Read contract v1 of the ledger: every movement of every position, and the on-hand of a position as of
-- any event time. The event-time rule stays here with its owner (a function, not a copy of the rule in
-- each reader): the latest cycle count stamped at or before the instant, plus every adjustment stamped
-- after that count and at or before the instant.
create view stock_ledger_v1 as
select sku, location, uom, kind, quantity, event_time, applied, on_hand_before, on_hand_after, sequence,
       event_source, event_id, biz_step, recorded_at
from stock_ledger;

comment on view stock_ledger_v1 is
    'Read contract v1 of the inventory function: every movement event recorded for a stock position (sku, location, unit), once, whatever its redeliveries; append-only. The on-hand as of an event time is inventory.on_hand_as_of_v1, not a sum of these rows.';
comment on column stock_ledger_v1.sku is 'The item, as scanned (GTIN or the sender''s sku).';
comment on column stock_ledger_v1.location is 'Where the stock is, as scanned (e.g. DC-BERLIN).';
comment on column stock_ledger_v1.uom is 'Empty string for counted items; else the UN/CEFACT measure unit (KGM, LTR, ...) of a measured quantity.';
comment on column stock_ledger_v1.kind is 'ADJUSTMENT (quantity is a signed change) or COUNT (quantity is the counted on-hand as of event_time).';
comment on column stock_ledger_v1.quantity is 'Exact quantity of the movement (numeric), as the event carried it.';
comment on column stock_ledger_v1.event_time is 'When the movement happened (the event''s eventTime), which decides its effect; not when it arrived.';
comment on column stock_ledger_v1.applied is 'Whether it changed on-hand when it arrived: false for a movement stamped at or before the latest cycle count then recorded (kept for audit). Arrival order only: on_hand_as_of_v1 does not read it.';
comment on column stock_ledger_v1.on_hand_before is 'On-hand of the position just before this movement arrived (arrival order, not event time).';
comment on column stock_ledger_v1.on_hand_after is 'On-hand of the position just after this movement arrived (arrival order, not event time).';
comment on column stock_ledger_v1.sequence is 'Place of the movement in its position''s arrival order: 1, 2, ... per (sku, location, uom); the sequence of its level event.';
comment on column stock_ledger_v1.event_source is 'CloudEvent source of the movement event: with event_id, the cause of the movement.';
comment on column stock_ledger_v1.event_id is 'CloudEvent id of the movement event; (event_source, event_id) is unique.';
comment on column stock_ledger_v1.biz_step is 'GS1 CBV business step of the movement (receiving, shipping, cycle_counting, ...).';
comment on column stock_ledger_v1.recorded_at is 'When inventory recorded the movement (wall clock of the write, not event time).';

-- Reads the position index (sku, location, uom, event_time) backwards from as_of to the latest count, then
-- forwards over the adjustments after it: the cost is the position's movements since that count. Ties of
-- counts at one event time: the first to arrive (lowest sequence), as inventory applies it; a later count
-- with the same stamp is covered by it. Tables are named with their schema: a SQL function's body is read
-- with the caller's search_path, and readers do not set theirs to inventory.
create function on_hand_as_of_v1(sku text, location text, as_of timestamptz)
    returns table (uom text, on_hand numeric)
    language sql
    stable
as $$
select p.uom, coalesce(c.quantity, 0) + coalesce(a.total, 0)
from inventory.stock_on_hand p
left join lateral (
    select l.quantity, l.event_time
    from inventory.stock_ledger l
    where l.sku = p.sku and l.location = p.location and l.uom = p.uom
      and l.event_time <= on_hand_as_of_v1.as_of and l.kind = 'COUNT'
    order by l.event_time desc, l.sequence
    limit 1) c on true
left join lateral (
    select sum(l.quantity) as total, count(*) as movements
    from inventory.stock_ledger l
    where l.sku = p.sku and l.location = p.location and l.uom = p.uom
      and l.event_time > coalesce(c.event_time, '-infinity') and l.event_time <= on_hand_as_of_v1.as_of
      and l.kind = 'ADJUSTMENT') a on true
where p.sku = on_hand_as_of_v1.sku and p.location = on_hand_as_of_v1.location
  and (c.event_time is not null or a.movements > 0)
order by p.uom collate "C"
$$;

comment on function on_hand_as_of_v1(text, text, timestamptz) is
    'Read contract v1 of the inventory function: the on-hand of a sku at a location as of an event time, one row per unit (uom: empty string for counted items, else the UN/CEFACT unit) with anything recorded at or before as_of; no row for a unit with nothing recorded by then. on_hand (exact numeric) = the latest cycle count stamped at or before as_of (the first to arrive among counts with one stamp) plus every adjustment stamped after it and at or before as_of; with no such count, the sum of the adjustments stamped at or before as_of. Late movements count where their event time puts them, so the answer for a past instant may change as late events arrive; as_of = ''infinity'' gives the current on-hand of inventory.stock_on_hand_v1.';
