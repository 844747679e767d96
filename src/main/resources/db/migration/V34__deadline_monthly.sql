-- The deadline figures of the managers' dashboards (issue 11): a monthly roll-up of the settled deadlines, so that the
-- figures of a year do not read every deadline of that year. A deadline is settled once it is met (in time, or late
-- when it had been breached); met is final. Per month of the due date (the year and month as the application's time
-- zone writes the timestamp), kind and owning group: how many were met in time, met late, and of those how many had
-- been extended. Kept up to date in the transaction that meets the deadline (Deadlines.met); the deadlines not yet met
-- are counted live through deadline_unmet (met_at is null, then the due date).
create table deadline_month (
  due_year    integer     not null,
  due_month   integer     not null,
  kind        varchar(64) not null,
  owner_group varchar(64) not null,
  met         bigint      not null,
  met_late    bigint      not null,
  extended    bigint      not null,
  primary key (due_year, due_month, kind, owner_group)
);

insert into deadline_month (due_year, due_month, kind, owner_group, met, met_late, extended)
select cast(extract(year from due_at) as integer), cast(extract(month from due_at) as integer), kind, owner_group,
       sum(case when breached_at is null then 1 else 0 end), sum(case when breached_at is not null then 1 else 0 end),
       sum(case when paused_reason is not null then 1 else 0 end)
  from deadline where met_at is not null
 group by cast(extract(year from due_at) as integer), cast(extract(month from due_at) as integer), kind, owner_group;

create index deadline_unmet on deadline (met_at, due_at);

-- The deadlines met late per recorded breach reason ('-' while none is recorded), in the same months, kinds and groups:
-- counted when the deadline is met late (Deadlines.met) and moved between reasons when a reason is recorded afterwards
-- (Deadlines.recordBreachReason). The breached ones not yet met are counted live through deadline_unmet.
create table deadline_late_reason (
  due_year      integer     not null,
  due_month     integer     not null,
  kind          varchar(64) not null,
  owner_group   varchar(64) not null,
  breach_reason varchar(32) not null,
  n             bigint      not null,
  primary key (due_year, due_month, kind, owner_group, breach_reason)
);

insert into deadline_late_reason (due_year, due_month, kind, owner_group, breach_reason, n)
select cast(extract(year from due_at) as integer), cast(extract(month from due_at) as integer), kind, owner_group,
       coalesce(breach_reason, '-'), count(*)
  from deadline where met_at is not null and breached_at is not null
 group by cast(extract(year from due_at) as integer), cast(extract(month from due_at) as integer), kind, owner_group,
          coalesce(breach_reason, '-');
