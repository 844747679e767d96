-- Supervision of licensed premises (alkoholtillsyn), the yearly supervision plan and the restaurant reports received.
-- About licence holders (companies); the free-text findings stay in the process and the municipality's records.
create table supervision (
  id                  varchar(36)  primary key,
  premises_id         varchar(36)  not null references premises (id),
  process_instance_id varchar(64),
  trigger_kind        varchar(20)  not null,
  kind                varchar(20)  not null,
  status              varchar(30)  not null,
  planned_for         date,
  inspected_on        date,
  remark_level        varchar(20),
  protocol_due        date,
  protocol_sent_on    date,
  proposed_sanction   varchar(20),
  decided_sanction    varchar(20),
  deviation_reason    varchar(1000),
  decided_on          date,
  notified_on         date,
  appeal_until        date,
  appealed            boolean      not null default false,
  created_at          timestamp    not null,
  updated_at          timestamp    not null
);
create index supervision_premises on supervision (premises_id);
create index supervision_instance on supervision (process_instance_id);

create table supervision_plan (
  plan_year      integer      not null,
  premises_id    varchar(36)  not null references premises (id),
  visit_number   integer      not null,
  risk_score     integer      not null,
  plan_rank      integer      not null,
  planned_for    date         not null,
  supervision_id varchar(36),
  primary key (plan_year, premises_id, visit_number)
);

create table restaurant_report (
  premises_id  varchar(36)  not null references premises (id),
  report_year  integer      not null,
  received_on  date         not null,
  registered_by varchar(64) not null,
  primary key (premises_id, report_year)
);
