-- Read contract of the replenishment figures (read-api's GET /api/replenishment joins it to inventory's
-- on-hand). A change others must see is a new view (_v2) beside this one.
create view replenishment_v1 as
select sku, location, demand_per_day, demand_sd, history_days, lead_time_days, lead_time_sd_days, service_level,
       safety_stock, reorder_point, reorder_point_unrounded, order_up_to, order_up_to_unrounded, below,
       figures_at as updated_at
from stock_watch
where first_day is not null;

comment on view replenishment_v1 is
    'Read contract v1 of the threshold function: the replenishment figures of every counted stock position at a location with a lead time (configured, or from the network''s lanes into it), from its outbound over a rolling window of event-time days. One row per position; figures not known yet are null.';
comment on column replenishment_v1.sku is 'The item, as in the inventory levels.';
comment on column replenishment_v1.location is 'Where the stock is, as in the inventory levels.';
comment on column replenishment_v1.demand_per_day is 'D: mean outbound a day over the window of days ending at the position''s newest day of event time (days without outbound count as zero; none before its first day); 4 decimal places.';
comment on column replenishment_v1.demand_sd is 'σD: sample standard deviation (n − 1) of the window''s daily outbound; null with fewer than two days; 4 decimal places.';
comment on column replenishment_v1.history_days is 'Days from the first day a level of the position was seen to its newest, both counted; the reorder point is known from min-history on.';
comment on column replenishment_v1.lead_time_days is 'LT in days: configured for the location, or the mean transit time of the network''s lanes into it.';
comment on column replenishment_v1.lead_time_sd_days is 'σLT in days: configured (zero if not), or the standard deviation of the inbound lanes'' transit times.';
comment on column replenishment_v1.service_level is 'The cycle service level the safety stock is for (z is its standard normal quantile).';
comment on column replenishment_v1.safety_stock is 'z · √(LT·σD² + D²·σLT²), 4 decimal places; null until the reorder point is known.';
comment on column replenishment_v1.reorder_point is 'reorder_point_unrounded rounded up to whole units: the point the low-stock rule judges (on-hand below it is low); null until known.';
comment on column replenishment_v1.reorder_point_unrounded is 'D·LT + safety stock, 4 decimal places; null until known.';
comment on column replenishment_v1.order_up_to is 'order_up_to_unrounded rounded up to whole units; null until known.';
comment on column replenishment_v1.order_up_to_unrounded is 'Reorder point plus D times the review period: an order brings on-hand up to it; 4 decimal places; null until known.';
comment on column replenishment_v1.below is 'Whether the newest level''s on-hand was below the reorder point when threshold judged it.';
comment on column replenishment_v1.updated_at is 'When threshold last computed the figures (wall clock, not event time).';
