-- The dashboards' open instances as a counter (issue 11): +1 when an instance of a process starts, -1 when it ends
-- (completed or cancelled), kept by DashboardReadModel in the same transaction as sv_dash_flow, so that the overview's
-- open cases read one row per process and agency instead of summing every day's flow since the beginning. A row
-- stays (at 0) once every instance of its process has ended, as the flow rows it replaces did. The agency is the
-- process's home agency, as in sv_dash_flow. Portable SQL (H2 and PostgreSQL).
create table sv_dash_open (
  process_key  varchar(255) not null,
  agency       varchar(64)  not null,
  open_count   bigint       not null,
  primary key (process_key, agency)
);

-- An existing database: the counters from the flow rows kept so far (started less ended per process and agency), the
-- same figure as DashboardRebuild computes from the engine's history. An empty database gets none, and the startup
-- rebuild fills the models from history if they are empty.
insert into sv_dash_open (process_key, agency, open_count)
select process_key, agency, sum(started) - sum(completed) - sum(cancelled)
from sv_dash_flow
group by process_key, agency;

-- (The steps of user tasks whose candidate groups are an expression now count under the agency of the task's actual
-- groups, DashboardReadModel. Rows kept before this version have the process's home agency for them until the
-- administrator rebuilds the models, POST /api/admin/dashboard/rebuild; this migration does not empty the models,
-- since the engine's history cleanup may already have removed instances the flow rows still count.)
