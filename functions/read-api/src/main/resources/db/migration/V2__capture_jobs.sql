-- EPCIS capture jobs (EPCIS 2.0 REST binding): one per POST /api/epcis/capture.
create table capture_jobs (
    capture_id  text primary key,
    created_at  timestamptz not null default now(),
    success     boolean     not null,
    event_count integer     not null,
    errors      jsonb       not null default '[]'
);
