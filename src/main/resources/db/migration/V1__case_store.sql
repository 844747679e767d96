-- The case store. Portable SQL: runs unchanged on H2 (demo, tests) and PostgreSQL 13-17 (production).
-- Ids are UUID strings made by the application; agencies and categories are codes from configuration.

create table person (
  id                  varchar(36)  primary key,
  identity_number     varchar(12),
  coordination_number boolean      not null,
  first_name          varchar(100) not null,
  last_name           varchar(100) not null,
  birth_date          date         not null,
  owner_agency        varchar(40)  not null,
  created_by          varchar(64)  not null,
  created_at          timestamp    not null
);
create unique index person_identity_number on person (identity_number);

create table sv_case (
  id                  varchar(36)  primary key,
  case_type           varchar(64)  not null,
  status              varchar(32)  not null,
  person_id           varchar(36)  not null references person (id),
  process_instance_id varchar(64),
  district            varchar(64),
  concerns            varchar(300),
  owner_agency        varchar(40)  not null,
  closure_reason      varchar(64),
  opened_at           timestamp    not null,
  closed_at           timestamp,
  created_by          varchar(64)  not null
);
create index sv_case_person on sv_case (person_id);
create index sv_case_process on sv_case (process_instance_id);
create index sv_case_opened on sv_case (case_type, opened_at);

-- Written consent that lifts secrecy between the parties for the listed information categories.
create table consent (
  id                 varchar(36)  primary key,
  case_id            varchar(36)  not null references sv_case (id),
  given_by_guardian1 boolean      not null,
  given_by_guardian2 boolean      not null,
  given_by_youth     boolean      not null,
  parties            varchar(200) not null,
  categories         varchar(200) not null,
  valid_from         date         not null,
  valid_to           date         not null,
  withdrawn_at       timestamp,
  withdrawn_by       varchar(64),
  recorded_by        varchar(64)  not null,
  recorded_at        timestamp    not null
);
create index consent_case on consent (case_id);

create table note (
  id           varchar(36)   primary key,
  case_id      varchar(36)   not null references sv_case (id),
  owner_agency varchar(40)   not null,
  category     varchar(40)   not null,
  body         varchar(4000) not null,
  source       varchar(100),
  created_by   varchar(64)   not null,
  created_at   timestamp     not null
);
create index note_case on note (case_id);

-- A disclosure of one agency's information to another without (or beside) consent, with its legal ground.
create table disclosure (
  id            varchar(36)   primary key,
  case_id       varchar(36)   not null references sv_case (id),
  from_agency   varchar(40)   not null,
  to_agency     varchar(40)   not null,
  category      varchar(40)   not null,
  legal_ground  varchar(40)   not null,
  justification varchar(2000) not null,
  decided_by    varchar(64)   not null,
  decided_at    timestamp     not null
);
create index disclosure_case on disclosure (case_id);

-- What happened to a case, for its chronology (no personal data in detail).
create table case_event (
  id         varchar(36)  primary key,
  case_id    varchar(36)  not null references sv_case (id),
  kind       varchar(64)  not null,
  detail     varchar(500),
  created_by varchar(64)  not null,
  created_at timestamp    not null
);
create index case_event_case on case_event (case_id);

create table commitment (
  id          varchar(36) primary key,
  case_id     varchar(36) not null references sv_case (id),
  party       varchar(40)  not null,
  responsible varchar(100) not null,
  period      integer      not null,
  due_date    date        not null,
  status      varchar(32) not null,
  reported_at timestamp,
  created_at  timestamp   not null
);
create index commitment_case on commitment (case_id);

-- Every read of case data: who, from which agency, what, when (monthly log review).
create table access_log (
  id        varchar(36) primary key,
  user_id   varchar(64) not null,
  agency    varchar(40),
  case_id   varchar(36) not null,
  action    varchar(64) not null,
  logged_at timestamp   not null
);
create index access_log_case on access_log (case_id);
create index access_log_time on access_log (logged_at);
