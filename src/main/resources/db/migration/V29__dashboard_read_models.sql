-- The dashboards' read models (issue 11), kept in step with the engine's history events in the same transaction
-- (DashboardReadModel), so that no panel reads ACT_HI_*. DashboardRebuild fills them again from the engine's history.
-- Aggregates, not one row per event. Holds no personal data: process and step keys, agency codes, dates, counts,
-- engine ids and case numbers (the engine's business key). Portable SQL (H2 and PostgreSQL).

-- Process instances started, completed and cancelled (deleted from outside) per process, agency and day. The agency
-- is the process's home agency (samverka.dashboard.home-agency); the day is the start's or the end's, in the system
-- time zone.
create table sv_dash_flow (
  process_key  varchar(255) not null,
  agency       varchar(64)  not null,
  on_day       date         not null,
  started      bigint       not null,
  completed    bigint       not null,
  cancelled    bigint       not null,
  primary key (process_key, agency, on_day)
);

-- Durations as histograms in quarter-octave buckets (DurationHistogram): the lead time of completed process
-- instances (activity_id '#process', the home agency) and the time of each ended step (its agency), by the month of
-- the end. n instances ended in the bucket; total_ms is the sum of their durations.
create table sv_dash_duration (
  process_key  varchar(255) not null,
  activity_id  varchar(255) not null,
  agency       varchar(64)  not null,
  month_start  date         not null,
  bucket       integer      not null,
  n            bigint       not null,
  total_ms     bigint       not null,
  primary key (process_key, activity_id, agency, month_start, bucket)
);
-- The lead times of a process for a range of months read only those months' rows (the counts are not in the index, so
-- counting up stays a heap-only update).
create index sv_dash_duration_month on sv_dash_duration (process_key, month_start);
-- The flow panel's lead time of every process reads the whole-instance rows ('#process') of the months alone, not the
-- steps' rows (measured in DashboardBenchmark at 10⁵: 30 ms → 4 ms).
create index sv_dash_duration_activity on sv_dash_duration (activity_id, month_start);

-- One row per step a process instance is at now: inserted when the step starts, deleted when it ends.
create table sv_dash_waiting (
  activity_instance_id varchar(64)  primary key,
  process_instance_id  varchar(64)  not null,
  process_key          varchar(255) not null,
  activity_id          varchar(255) not null,
  agency               varchar(64)  not null,
  business_key         varchar(255),
  entered_at           timestamp    not null
);
-- How many wait at each step, the oldest, and the case numbers at a step page by page (keyset on entered_at, id).
create index sv_dash_waiting_step on sv_dash_waiting (process_key, activity_id, entered_at, activity_instance_id);
create index sv_dash_waiting_instance on sv_dash_waiting (process_instance_id);
