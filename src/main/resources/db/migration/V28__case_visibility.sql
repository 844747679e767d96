-- The case list's read model (issue 10): who may see each case, as the access rule (AccessRule) decides it, one row
-- per grant, kept in step in the same transaction as every write that changes the rule's inputs (the case opened, a
-- person attached, a consent given or withdrawn, a disclosure, a case number linked). Portable SQL (H2, PostgreSQL).
--
-- A reader (agency A, working in units U) sees a case on day D when a row of the case has agency = A, unit null or in
-- U, and valid_from <= D <= valid_until (null: no bound); it sees whom the case is about when such a row has
-- sees_person. A consent that expires needs no job: its rows carry its dates. Holds no personal data: identifiers,
-- codes, dates.
create table sv_case_visibility (
  case_id      varchar(36)  not null references sv_case (id),
  agency       varchar(40)  not null,
  unit         varchar(100),
  sees_person  boolean      not null,
  valid_from   date,
  valid_until  date,
  opened_at    timestamp    not null,
  number_key   varchar(40),
  person_id    varchar(36)
);
-- The list of one agency, newest first, read and counted from this index alone; a number search reads the same
-- index in the same order (the number is in it) and stops when the page is full.
create index sv_case_visibility_list on sv_case_visibility
  (agency, opened_at, case_id, unit, valid_from, valid_until, sees_person, number_key);
create index sv_case_visibility_case on sv_case_visibility (case_id);
