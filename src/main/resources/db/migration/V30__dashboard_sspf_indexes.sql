-- The SSPF and home-visit figures of the dashboards (issue 11): each is a range on one timestamp, grouped in SQL.
-- Cases opened per type already have sv_case_opened (V1); these serve the cases closed in a period (and those still
-- open: closed_at null), the events of a kind recorded in a period, and the deadlines of a kind met in a period.
-- Portable SQL (H2 and PostgreSQL).
create index sv_case_closed on sv_case (case_type, closed_at);
create index case_event_kind_time on case_event (kind, created_at);
create index deadline_kind_met on deadline (kind, met_at);
