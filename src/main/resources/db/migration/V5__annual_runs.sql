-- Yearly processes (supervision plan, restaurant reports, AAS, KMK) run once per year. The first instance of a year
-- claims it here; a second start for the same year (a redeploy, a second node, a manual start) is recorded with the
-- reason and does nothing.
create table annual_run (
  process_key  varchar(64)  not null,
  run_year     integer      not null,
  instance_id  varchar(64)  not null,
  started_at   timestamp    not null,
  primary key (process_key, run_year)
);

create table annual_run_skip (
  id           varchar(36)  primary key,
  process_key  varchar(64)  not null,
  run_year     integer      not null,
  instance_id  varchar(64)  not null,
  skipped_at   timestamp    not null,
  reason       varchar(400) not null
);
create index annual_run_skip_year on annual_run_skip (process_key, run_year);
