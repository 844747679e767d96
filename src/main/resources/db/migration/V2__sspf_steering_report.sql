-- Quarterly SSPF steering-group reports: aggregate numbers only, one row per quarter (idempotent timer runs).
create table sspf_steering_report (
  id                varchar(36)   primary key,
  period            varchar(20)   not null,
  new_cases         integer       not null,
  closed_cases      integer       not null,
  summary           varchar(4000) not null,
  coordinator_note  varchar(2000),
  resource_decision varchar(40),
  decision_text     varchar(2000),
  created_at        timestamp     not null,
  decided_at        timestamp
);
create unique index sspf_steering_report_period on sspf_steering_report (period);
