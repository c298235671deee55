-- What other modules may read of threshold's state: versioned read views, the only contract. The tables
-- behind them may change; a view keeps its name and columns, and a change others must see is a new
-- view (_v2) beside the old one until no reader uses it. Acks are threshold's own write, through its
-- HTTP endpoint POST /alerts/{id}/ack (io.livechain.threshold.ack), never through these views.
create view alerts_v1 as
select alert_id, dedup_key, asset_id, shipment_id, rule, severity, status, summary, raised_at, resolved_at,
       readings, acked_at, acked_by
from alerts;

comment on view alerts_v1 is
    'Read contract v1 of the threshold function: every alert it raised, open or resolved. One row per alert; at most one open alert per dedup_key.';
comment on column alerts_v1.alert_id is 'The alert''s id, as in alert.raised.v1 and alert.resolved.v1.';
comment on column alerts_v1.dedup_key is 'asset/rule: one open alert per key; a new alert with the same key may follow once it is resolved.';
comment on column alerts_v1.asset_id is 'The monitored asset (reefer, machine, stock position).';
comment on column alerts_v1.shipment_id is 'Shipment the asset carried when the alert was raised; null if none.';
comment on column alerts_v1.rule is 'The rule breached (e.g. temperature-above, mkt-above, low-stock).';
comment on column alerts_v1.severity is 'INFO, WARNING or CRITICAL.';
comment on column alerts_v1.status is 'open or resolved.';
comment on column alerts_v1.summary is 'What was breached, in words.';
comment on column alerts_v1.raised_at is 'Event time of the reading or level that raised the alert.';
comment on column alerts_v1.resolved_at is 'Event time at which the condition cleared; null while open.';
comment on column alerts_v1.readings is 'JSON array of the sensor readings behind the alert (deviceId, assetId, metric, value, unit, time, ...), as raised; empty for stock alerts.';
comment on column alerts_v1.acked_at is 'When the alert was first acknowledged; null until then. Set by threshold only (POST /alerts/{id}/ack).';
comment on column alerts_v1.acked_by is 'Who first acknowledged it (unknown when not said); null until acknowledged.';
