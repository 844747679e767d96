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
