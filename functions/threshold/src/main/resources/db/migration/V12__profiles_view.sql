-- The cold-chain profiles threshold judges readings by, as configured at its last start, so readers
-- (the control-tower page) can draw an alert's readings against its limits without a copy of them.
create table profiles (
    profile_id   text primary key,
    min_c        double precision not null,
    max_c        double precision not null,
    hard_low_c   double precision,
    hard_high_c  double precision,
    published_at timestamptz not null
);

create view profiles_v1 as
select profile_id, min_c, max_c, hard_low_c, hard_high_c, published_at from profiles;

comment on view profiles_v1 is
    'Read contract v1 of the threshold function: the cold-chain profiles configured at its last start. One row per profile.';
comment on column profiles_v1.profile_id is 'The profile''s id, as readings name it (e.g. refrigerated).';
comment on column profiles_v1.min_c is 'Lower bound of the allowed range, °C.';
comment on column profiles_v1.max_c is 'Upper bound of the allowed range, °C.';
comment on column profiles_v1.hard_low_c is 'At or below this an alarm is raised at once, °C; null if none.';
comment on column profiles_v1.hard_high_c is 'At or above this an alarm is raised at once, °C; null if none.';
comment on column profiles_v1.published_at is 'When threshold last published its configuration.';
