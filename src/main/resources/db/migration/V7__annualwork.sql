-- The yearly AAS courses and KMK certifications (module annualwork). The AAS participants are bar staff: their names
-- are personal data and live here, never in process variables; the process keeps course ids only.
create table aas_course (
  id                   varchar(36)  primary key,
  course_year          integer      not null,
  course_number        integer      not null,
  planned_date         date,
  venue                varchar(200),
  process_instance_id  varchar(64)  not null,
  created_at           timestamp    not null
);
create unique index aas_course_year_number on aas_course (course_year, course_number);

create table aas_participant (
  id              varchar(36)  primary key,
  course_id       varchar(36)  not null references aas_course (id),
  name            varchar(200) not null,
  premises_id     varchar(36)  not null,
  staff_role      varchar(30)  not null,
  passed          boolean,
  diploma_number  varchar(40),
  registered_at   timestamp    not null,
  result_at       timestamp
);
create index aas_participant_course on aas_participant (course_id);
create index aas_participant_premises on aas_participant (premises_id);
-- Several participants without a diploma (null) are fine; a diploma number is given once.
create unique index aas_participant_diploma on aas_participant (diploma_number);

-- A bar's KMK certification for a year, valid one year from the day it was given.
create table kmk_certification (
  premises_id   varchar(36)  not null,
  cert_year     integer      not null,
  certified_at  timestamp    not null,
  valid_until   date         not null,
  primary key (premises_id, cert_year)
);
