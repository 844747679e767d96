-- The EST analyses (est-analys, module followup): one row per tertial ('2026-T3') or year ('2026'). The figures are
-- computed from EST's data when the analysis begins and kept as JSON (counts, places, units), so an analysis reads the
-- same later. The analysis by the coordinator and the police and the steering group's decision; no personal data (the
-- submission gate refuses a personnummer).
create table est_analysis (
  period              varchar(10)     primary key,
  kind                varchar(10)     not null,
  business_key        varchar(20)     not null,
  process_instance_id varchar(64)     not null,
  computed_at         timestamp       not null,
  figures             varchar(200000) not null,
  places              varchar(2000),
  causes              varchar(4000),
  measures            varchar(4000),
  analysed_by         varchar(100),
  analysed_at         timestamp,
  change_requests     integer         not null,
  change_reason       varchar(1000),
  decision            varchar(20),
  decided_on          date,
  decided_by          varchar(100)
);
