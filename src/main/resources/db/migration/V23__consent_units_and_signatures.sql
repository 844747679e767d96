-- SSPF (issue 9): a consent names units of an agency ("skola:paulinska"), so its list of parties grows; each person's
-- consent is recorded on its own (how many guardians have custody, and the day each one signed) with the signed
-- document's reference; a case opened by a user of a unit is that unit's within the agency. Existing rows keep working:
-- the new columns are empty, which means "the whole agency" and "not recorded".
alter table consent alter column parties set data type varchar(1000);
alter table consent add column guardians_with_custody integer;
alter table consent add column guardian1_on date;
alter table consent add column guardian2_on date;
alter table consent add column youth_on date;
alter table consent add column document_reference varchar(100);
alter table sv_case add column owner_unit varchar(80);
