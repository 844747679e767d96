-- Issue 10: who wrote a note, by role: the author's groups when the note was written (comma-separated group ids), so
-- that the case page says "SSPF-samordnare" or "Fältare, socialtjänsten" rather than an agency code. Null for notes
-- written before this version or by the system; those show the author's present groups.
alter table note add column author_groups varchar(400);
