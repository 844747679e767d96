-- EST, the weekly shared picture (module followup). No personal data anywhere: places, categories and counts; the
-- free texts are refused when they hold a personnummer. A week is its ISO week, e.g. '2026-v48'.

-- The categories of incidents (DOMAIN-RESEARCH 4.2): codes as data, Swedish names, the order of the pages.
create table est_category (
  code      varchar(40)  primary key,
  name      varchar(100) not null,
  position  integer      not null
);
insert into est_category (code, name, position) values ('skadegorelse', 'Skadegörelse', 1);
insert into est_category (code, name, position) values ('klotter', 'Klotter', 2);
insert into est_category (code, name, position) values ('nedskrapning', 'Nedskräpning', 3);
insert into est_category (code, name, position) values ('otrygg-plats', 'Otrygg plats (mörk, öde)', 4);
insert into est_category (code, name, position) values ('samlingar', 'Samlingar som stör ordningen', 5);
insert into est_category (code, name, position) values ('narkotika', 'Misstänkt narkotikahantering', 6);
insert into est_category (code, name, position) values ('mot-personal', 'Händelse mot personal', 7);
insert into est_category (code, name, position) values ('evenemang', 'Evenemang och arrangemang', 8);
insert into est_category (code, name, position) values ('sociala-medier', 'Rykten och hot i sociala medier', 9);
insert into est_category (code, name, position) values ('brand', 'Brand', 10);
insert into est_category (code, name, position) values ('inbrott', 'Inbrott', 11);
insert into est_category (code, name, position) values ('buskorning', 'Buskörning (moped, A-traktor)', 12);

-- An incident or observation a reporting unit (its group) reported; it joins the week in which it was reported.
create table est_incident (
  id           varchar(36)   primary key,
  week         varchar(10)   not null,
  unit         varchar(40)   not null,
  category     varchar(40)   not null references est_category (code),
  district     varchar(40)   not null,
  place        varchar(200)  not null,
  occurred_at  timestamp     not null,
  severity     integer       not null,
  recurring    boolean       not null,
  description  varchar(2000) not null,
  reported_by  varchar(64)   not null,
  reported_at  timestamp     not null,
  changed_at   timestamp
);
create index est_incident_week on est_incident (week, unit);

-- A week of est-vecka: its deadline, the coordinator's compiled picture and the meeting; published once the meeting
-- has decided (then every participant may read it).
create table est_week (
  week                 varchar(10)   primary key,
  process_instance_id  varchar(64)   not null,
  report_deadline      timestamp     not null,
  compiled_at          timestamp,
  summary              varchar(2000),
  compiled_by          varchar(64),
  meeting_note         varchar(2000),
  published_at         timestamp
);

-- What each unit did with the week's report: 'rapporterat', 'inga-handelser' or 'ingen-rapport' (the deadline passed).
create table est_unit_report (
  week         varchar(10)  not null,
  unit         varchar(40)  not null,
  status       varchar(20)  not null,
  incidents    integer      not null,
  recorded_by  varchar(64)  not null,
  recorded_at  timestamp    not null,
  primary key (week, unit)
);

-- An action the EST meeting decided, the responsible unit's task, its reminder and its result.
create table est_action (
  id           varchar(36)   primary key,
  week         varchar(10)   not null,
  place        varchar(200)  not null,
  problem      varchar(2000) not null,
  action_text  varchar(2000) not null,
  unit         varchar(40)   not null,
  due_date     date          not null,
  decided_by   varchar(64)   not null,
  decided_at   timestamp     not null,
  reminded_at  timestamp,
  result       varchar(20),
  result_text  varchar(2000),
  result_by    varchar(64),
  result_at    timestamp
);
create index est_action_week on est_action (week);
create index est_action_unit on est_action (unit);

-- Who has read a week's published picture (the task "Ta del av veckans lägesbild" completed), per group.
create table est_read (
  week      varchar(10)  not null,
  unit      varchar(40)  not null,
  read_by   varchar(64)  not null,
  read_at   timestamp    not null,
  primary key (week, unit)
);
