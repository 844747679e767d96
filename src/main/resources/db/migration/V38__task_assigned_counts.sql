-- Open tasks taken by each person, per candidate group of the task (issue 11): kept by TaskRepository in the
-- transaction that assigns, hands over, completes or re-routes a task, so that the managers' workload per person
-- finds who has taken a group's tasks from one primary-key range per group instead of joining every assigned task
-- with the candidate rows. A task offered to two groups counts under both; the exact figures per person are counted
-- from sv_task's assignee index for the people shown.
create table sv_task_assigned (
  group_id   varchar(255) not null,
  assignee   varchar(255) not null,
  open_count bigint       not null,
  primary key (group_id, assignee)
);

insert into sv_task_assigned (group_id, assignee, open_count)
select c.group_id, t.assignee, count(*)
  from sv_task t join sv_task_candidate c on c.task_id = t.task_id
 where t.assignee is not null
 group by c.group_id, t.assignee;
