-- The half-yearly follow-up of the agreement at central BRÅ (issue 12): the report as compiled from the system's data
-- (its content as JSON), the coordinator's comment, the steering group's approval, and the approved report kept as
-- PDF and CSV with their SHA-256 (the PDF's and CSV's of an approved report are never written again).
create table followup_report (
  id                  varchar(36)  primary key,
  period              varchar(16)  not null,
  period_from         date         not null,
  period_to           date         not null,
  process_instance_id varchar(64),
  status              varchar(20)  not null,
  content             text         not null,
  compiled_at         timestamp    not null,
  comment             text,
  commented_by        varchar(255),
  commented_at        timestamp,
  returned_reason     text,
  approved_by         varchar(255),
  approved_at         timestamp,
  pdf                 bytea,
  pdf_sha256          varchar(64),
  csv                 text,
  csv_sha256          varchar(64),
  public_summary      text,
  constraint followup_report_period unique (period)
);

-- A supplementary input of the lägesbild uploaded as CSV for a period (police report statistics, intelligence
-- summary, guard and response reports, safety surveys, field reports): the latest upload of an input counts.
create table followup_input_upload (
  id          varchar(36)  primary key,
  period      varchar(16)  not null,
  input_code  varchar(64)  not null,
  file_name   varchar(200),
  uploaded_by varchar(255) not null,
  uploaded_at timestamp    not null,
  row_count   integer      not null,
  constraint followup_input_upload_once unique (period, input_code)
);

create table followup_input_row (
  upload_id varchar(36)    not null references followup_input_upload (id),
  line      integer        not null,
  measure   varchar(200)   not null,
  district  varchar(64),
  figure    numeric(15, 2) not null,
  primary key (upload_id, line)
);
