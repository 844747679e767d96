-- The yearly claims of V5 generalised to any period: a year ('2026') or a quarter ('2026-K4', the quarterly SSPF
-- steering report). The first instance of a period claims it; a second start for the same period is recorded with the
-- reason and does nothing. The yearly claims and skips move over unchanged, with the year as their period.
create table period_run (
  process_key  varchar(64)  not null,
  period       varchar(20)  not null,
  instance_id  varchar(64)  not null,
  started_at   timestamp    not null,
  primary key (process_key, period)
);

create table period_run_skip (
  id           varchar(36)  primary key,
  process_key  varchar(64)  not null,
  period       varchar(20)  not null,
  instance_id  varchar(64)  not null,
  skipped_at   timestamp    not null,
  reason       varchar(400) not null
);
create index period_run_skip_period on period_run_skip (process_key, period);

insert into period_run (process_key, period, instance_id, started_at)
  select process_key, cast(run_year as varchar(20)), instance_id, started_at from annual_run;
insert into period_run_skip (id, process_key, period, instance_id, skipped_at, reason)
  select id, process_key, cast(run_year as varchar(20)), instance_id, skipped_at, reason from annual_run_skip;

drop table annual_run_skip;
drop table annual_run;
