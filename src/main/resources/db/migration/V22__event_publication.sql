-- Spring Modulith's event publication registry (spring-modulith-events-jdbc 1.4, schema-h2.sql / schema-postgresql.sql
-- in one form valid on both): one row per event and listener, written in the publishing transaction and completed when
-- the listener has run. Rows without completion_date are events still to deliver; they are republished on restart.
create table event_publication (
  id               uuid                     not null primary key,
  listener_id      varchar(512)             not null,
  event_type       varchar(512)             not null,
  serialized_event varchar(4000)            not null,
  publication_date timestamp with time zone not null,
  completion_date  timestamp with time zone
);
create index event_publication_by_completion_date_idx on event_publication (completion_date);
create index event_publication_by_listener_id_idx on event_publication (listener_id);
