-- An SSPF referral whose guardians have not agreed is a consultation without identity: the case exists without a
-- person, and only the young person's age (in years, at referral) is known, for the target-group check.
-- Numbered 20 so that it does not collide with migrations added alongside it.
alter table sv_case alter column person_id drop not null;
alter table sv_case add column youth_age integer;
