-- Statutory deadlines of a case: what, the legal reference, who owns it, when it is due, and whether it was met,
-- breached or paused (with the reason), and when.
create table deadline (
  id              varchar(36)  primary key,
  case_id         varchar(36)  not null references sv_case (id),
  kind            varchar(64)  not null,
  legal_reference varchar(300) not null,
  owner_group     varchar(64)  not null,
  due_at          timestamp    not null,
  status          varchar(16)  not null,
  paused_reason   varchar(2000),
  met_at          timestamp,
  breached_at     timestamp,
  created_at      timestamp    not null
);
create index deadline_case on deadline (case_id);
create index deadline_open on deadline (owner_group, status, due_at);
