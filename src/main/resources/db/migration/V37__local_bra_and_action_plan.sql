-- Local BRÅ (bra-lokal): one row per district and quarter, held or not ("inget möte"), with the notes of the meeting
-- and the questions it raised to central BRÅ. No personal data: the submission gate refuses a personnummer.
create table bra_local_meeting (
  id                  varchar(36)   primary key,
  period              varchar(20)   not null,
  district            varchar(40)   not null,
  held                boolean       not null,
  meeting_date        date,
  participants        varchar(1000),
  notes               varchar(4000),
  process_instance_id varchar(64)   not null,
  recorded_at         timestamp     not null,
  constraint bra_local_meeting_once unique (period, district)
);

create table bra_question (
  id          varchar(36)  primary key,
  meeting_id  varchar(36)  not null references bra_local_meeting (id),
  seq         integer      not null,
  question    varchar(500) not null
);
create index bra_question_meeting on bra_question (meeting_id);

-- The lägesbild and action plan of law 2023:196 (lagesbild-atgardsplan): one per period ('2027-2028'), kept when the
-- steering group decides the plan, with the measures of the plan.
create table lagesbild (
  period                varchar(20)   primary key,
  process_instance_id   varchar(64)   not null,
  municipality_mapping  varchar(4000),
  municipality_other    varchar(4000),
  municipality_analysis varchar(4000),
  municipality_causes   varchar(4000),
  police_mapping        varchar(4000),
  police_other          varchar(4000),
  police_analysis       varchar(4000),
  joint_picture         varchar(4000),
  joint_priorities      varchar(4000),
  cause_analysis        varchar(4000),
  dialogues_held        integer,
  dialogues_description varchar(4000),
  residents_said        varchar(4000),
  decided_at            timestamp     not null
);

create table lagesbild_measure (
  id             varchar(36)  primary key,
  period         varchar(20)  not null references lagesbild (period),
  seq            integer      not null,
  problem        varchar(500) not null,
  goal           varchar(500) not null,
  indicator      varchar(500) not null,
  responsible    varchar(200) not null,
  measure_period varchar(40)  not null
);
create index lagesbild_measure_period on lagesbild_measure (period);
