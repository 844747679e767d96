-- Issue 9: the sanction ladder, communication before the decision, the appeal and the plan sent to the county board.
-- The licence holder a decision concerned: an earlier sanction counts for the same licence, not for a new holder.
alter table supervision add column holder_org_number varchar(11);
-- What the decision table was given: the most severe earlier formal sanction within the look-back, and its date.
alter table supervision add column earlier_sanction varchar(20);
alter table supervision add column earlier_sanction_on date;
-- The appeal: when it came in and whether in time (FL 44 §), a late one dismissed by the committee (FL 45 §),
-- the reconsideration (FL 37-39 §§), the forwarding to the court (FL 46 §) and the court's ruling.
alter table supervision add column appeal_received_on date;
alter table supervision add column appeal_in_time boolean;
alter table supervision add column appeal_dismissed_on date;
alter table supervision add column reconsideration varchar(20);
alter table supervision add column reconsidered_on date;
alter table supervision add column forwarded_on date;
alter table supervision add column court_ruled_on date;

-- Each communication with the licence holder (FL 25 §): what was sent, when, and the response time. A new round when
-- new material came in before the decision.
create table supervision_communication (
  supervision_id       varchar(36)  not null references supervision (id),
  round                integer      not null,
  communicated_on      date         not null,
  documents            varchar(400) not null,
  response_due         date         not null,
  interpreter_language varchar(60),
  registered_by        varchar(64)  not null,
  created_at           timestamp    not null,
  primary key (supervision_id, round)
);

-- The yearly supervision plan as sent to the county administrative board (länsstyrelsen).
create table supervision_plan_submission (
  plan_year     integer      primary key,
  sent_on       date         not null,
  recipients    varchar(200) not null,
  registered_by varchar(64)  not null,
  created_at    timestamp    not null
);
