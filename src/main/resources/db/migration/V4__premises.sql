-- The register of licensed premises (serveringsställen med serveringstillstånd). Public information in the licence
-- register; no personal data about young people.
create table premises (
  id                   varchar(36)  primary key,
  premises_key         varchar(410) not null,
  name                 varchar(200) not null,
  address              varchar(200) not null,
  district             varchar(64)  not null,
  holder_name          varchar(200) not null,
  holder_org_number    varchar(11)  not null,
  licence_type         varchar(20)  not null,
  audience             varchar(20)  not null,
  serving_hours        varchar(11)  not null,
  outdoor_seating      boolean      not null,
  kmk_status           varchar(20)  not null,
  aas_trained_staff    integer      not null,
  risk_dancing         boolean      not null,
  risk_young_guests    boolean      not null,
  risk_late_hours      boolean      not null,
  risk_earlier_remarks boolean      not null,
  risk_complaints      boolean      not null,
  updated_at           timestamp    not null
);
create unique index premises_key_unique on premises (premises_key);
create index premises_district on premises (district);
