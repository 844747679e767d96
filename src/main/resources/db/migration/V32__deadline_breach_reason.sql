-- Why a statutory deadline was breached, as recorded afterwards by the owning group or a manager of its agency: a code
-- from a fixed list (se.samverka.cases.BreachReason), an optional comment free of personal data, and who recorded it
-- (user and the group they acted as) and when. Recording again replaces it; each recording is also a case event.
alter table deadline add column breach_reason varchar(32);
alter table deadline add column breach_comment varchar(500);
alter table deadline add column breach_recorded_by varchar(64);
alter table deadline add column breach_recorded_group varchar(64);
alter table deadline add column breach_recorded_at timestamp;
