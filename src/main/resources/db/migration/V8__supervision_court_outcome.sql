-- The administrative court's ruling on an appealed supervision decision: avslag, bifall or avvisat.
alter table supervision add column court_outcome varchar(20);
