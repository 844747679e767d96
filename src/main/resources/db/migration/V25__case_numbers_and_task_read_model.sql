-- Readable case numbers (SSPF-2026-0042) and the task read model of the task list. Portable SQL (H2 and PostgreSQL).

-- The case number of a case in the case store: the engine's business key of the process that works the case.
alter table sv_case add column case_number varchar(40);
create index sv_case_number on sv_case (case_number);

-- One counter per process and year. A start takes the next number by updating its row, so two starts at once wait
-- for each other's row lock and never get the same number; the number is given back if the start rolls back.
create table sv_case_number_counter (
  process_key   varchar(64) not null,
  counter_year  integer     not null,
  last_number   integer     not null,
  primary key (process_key, counter_year)
);

-- The open tasks, kept in step with the engine in the same transaction (TaskReadModel). Holds no personal data:
-- identifiers, codes and times only; names are looked up through the case store's access rule when shown.
create table sv_task (
  task_id             varchar(64)  primary key,
  process_instance_id varchar(64),
  process_key         varchar(255),
  task_key            varchar(255),
  name                varchar(255),
  case_number         varchar(255),
  case_id             varchar(36),
  supervision_id      varchar(36),
  district            varchar(64),
  work_link           varchar(200),
  assignee            varchar(255),
  created_at          timestamp    not null,
  due_at              timestamp
);
-- "Mina uppgifter": the caller's assigned tasks, by due date or creation.
create index sv_task_assignee_due on sv_task (assignee, due_at, created_at, task_id);
create index sv_task_assignee_created on sv_task (assignee, created_at, task_id);
create index sv_task_process_instance on sv_task (process_instance_id);
create index sv_task_case_number on sv_task (case_number);

-- The candidate groups of each open task, with the sort keys copied so that a group's queue is read, sorted and
-- counted from one index without touching sv_task.
create table sv_task_candidate (
  task_id    varchar(64) not null,
  group_id   varchar(255) not null,
  created_at timestamp   not null,
  due_at     timestamp,
  primary key (group_id, task_id)
);
create index sv_task_candidate_due on sv_task_candidate (group_id, due_at, created_at, task_id);
create index sv_task_candidate_created on sv_task_candidate (group_id, created_at, task_id);
create index sv_task_candidate_task on sv_task_candidate (task_id);
