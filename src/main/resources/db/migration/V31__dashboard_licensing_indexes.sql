-- The licensing panel of the dashboards (issue 11) counts supervisions, decisions, restaurant reports, AAS courses and
-- KMK certifications over a range of days: each range reads only its days' rows. Portable SQL (H2 and PostgreSQL).
create index supervision_inspected_on on supervision (inspected_on);
create index supervision_decided_on on supervision (decided_on);
create index restaurant_report_received_on on restaurant_report (received_on);
create index aas_course_planned_date on aas_course (planned_date);
create index kmk_certification_certified_at on kmk_certification (certified_at);
