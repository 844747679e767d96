package se.samverka.work;

import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskAlreadyClaimedException;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.exception.NotFoundException;
import org.camunda.bpm.engine.exception.NullValueException;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.samverka.errors.Conflict;
import se.samverka.errors.Failures;
import se.samverka.errors.InvalidInput;
import se.samverka.errors.NotFound;
import se.samverka.security.Agencies;
import se.samverka.security.CurrentUser;
import se.samverka.workflow.SubmissionGate.Problem;
import se.samverka.workflow.SystemContext;

/**
 * Working a task, for the task page and {@code /api/tasks/{id}}: only a candidate (by group) or the assignee may see
 * it (anyone else gets 404, so nobody learns it exists); claiming, giving back, handing over within the task's groups
 * and completing run with the caller's engine authentication, so the engine's authorizations and its submission gate
 * apply. Completing an unclaimed task claims it first, in the same transaction; a task someone else works is theirs
 * (409).
 */
@Service
public class TaskWork {

  static final String NOT_FOUND = "Uppgiften finns inte, eller så är den inte riktad till dig.";
  private static final int MAX_COLLEAGUES = 200;

  /** Who works the task, seen from the caller. */
  public enum Holder { FREE, MINE, OTHER }

  public record Person(String id, String name) {}

  /** A task as its page shows it. */
  public record TaskView(String id, String name, String processKey, String processName, String processInstanceId,
      String caseNumber, String subject, CaseLinks.Link link, Date created, Date due, String assignee,
      String assigneeName, List<String> candidateGroups, Holder holder, List<Person> colleagues, FormDefinition form,
      Map<String, Object> variables) {}

  /** A completed task: where its case is. */
  public record Completion(String taskId, String processInstanceId, String caseNumber, String link) {}

  private final TaskService tasks;
  private final FormService formService;
  private final RuntimeService runtime;
  private final RepositoryService repository;
  private final HistoryService history;
  private final IdentityService identity;
  private final SystemContext system;
  private final Agencies agencies;
  private final Forms forms;
  private final CaseLinks links;
  private final Map<String, FormDefinition> formCache = new ConcurrentHashMap<>();

  TaskWork(TaskService tasks, FormService formService, RuntimeService runtime, RepositoryService repository,
      HistoryService history, IdentityService identity, SystemContext system, Agencies agencies, Forms forms,
      CaseLinks links) {
    this.tasks = tasks;
    this.formService = formService;
    this.runtime = runtime;
    this.repository = repository;
    this.history = history;
    this.identity = identity;
    this.system = system;
    this.agencies = agencies;
    this.forms = forms;
    this.links = links;
  }

  // --- reading

  /**
   * The task with its form and the variables the form shows; 404 unless the caller is a candidate or the assignee.
   * Reading the young person's name is logged by the case store, so this transaction writes.
   */
  @Transactional
  public TaskView open(String taskId) {
    CurrentUser user = agencies.requireCurrent();
    Task task = find(taskId, user, false);
    List<String> groups = candidateGroups(task.getId());
    Map<String, Object> variables = system.call(() -> tasks.getVariables(task.getId()));
    String processKey = null;
    String processName = null;
    if (task.getProcessDefinitionId() != null) {
      var definition = system.call(() -> repository.getProcessDefinition(task.getProcessDefinitionId()));
      processKey = definition.getKey();
      processName = definition.getName();
    }
    Holder holder = task.getAssignee() == null ? Holder.FREE
        : task.getAssignee().equals(user.userId()) ? Holder.MINE : Holder.OTHER;
    return new TaskView(task.getId(), task.getName(), processKey, processName, task.getProcessInstanceId(),
        caseNumber(task.getProcessInstanceId()), links.subject(variables), links.link(variables), task.getCreateTime(),
        task.getDueDate(), task.getAssignee(), name(task.getAssignee()), groups, holder,
        colleagues(groups, user.userId()), form(task), variables);
  }

  /** The form of a task the caller may work (to read a submission by); 409 if it was completed meanwhile. */
  @Transactional(readOnly = true)
  public FormDefinition formOf(String taskId) {
    return form(find(taskId, agencies.requireCurrent(), true));
  }

  /** Which components of the task's form are hidden for what the user has entered so far (for the page's script). */
  @Transactional(readOnly = true)
  public java.util.Set<String> hidden(String taskId, Map<String, String[]> parameters) {
    Task task = find(taskId, agencies.requireCurrent(), false);
    FormDefinition form = form(task);
    Map<String, Object> variables = system.call(() -> tasks.getVariables(task.getId()));
    return forms.hidden(form, variables, EnteredValues.fromParameters(form, parameters).values());
  }

  // --- claiming and handing over

  /** Takes the task; nothing happens if the caller has it already. 409 if a colleague has it. */
  @Transactional
  public String claim(String taskId) {
    CurrentUser user = agencies.requireCurrent();
    Task task = find(taskId, user, true);
    if (task.getAssignee() != null && !user.userId().equals(task.getAssignee())) {
      throw workedBy(task.getAssignee());
    }
    if (task.getAssignee() == null) {
      claimNow(task.getId(), user);
    }
    return user.userId();
  }

  /** Gives the task back to its groups; only its assignee may. */
  @Transactional
  public void unclaim(String taskId) {
    CurrentUser user = agencies.requireCurrent();
    Task task = find(taskId, user, true);
    if (task.getAssignee() == null) {
      return;
    }
    if (!task.getAssignee().equals(user.userId())) {
      throw workedBy(task.getAssignee());
    }
    engine(task.getId(), () -> tasks.setAssignee(task.getId(), null));
  }

  /** Hands the task to a colleague in one of its candidate groups; the caller must hold it or it must be free. */
  @Transactional
  public void assign(String taskId, String colleague) {
    CurrentUser user = agencies.requireCurrent();
    Task task = find(taskId, user, true);
    if (task.getAssignee() != null && !task.getAssignee().equals(user.userId())) {
      throw workedBy(task.getAssignee());
    }
    List<String> groups = candidateGroups(task.getId());
    if (colleague == null || colleague.isBlank() || colleague.length() > 64
        || colleagues(groups, user.userId()).stream().noneMatch(p -> p.id().equals(colleague))) {
      throw new InvalidInput("Uppgiften kan bara lämnas över till en kollega i den grupp den är riktad till. Välj "
          + "en kollega i listan.");
    }
    engine(task.getId(), () -> tasks.setAssignee(task.getId(), colleague));
  }

  // --- completing

  /**
   * Completes the task with what the user entered: checked as the engine's gate checks it (and by the computed
   * options), claimed first if free, then submitted with the caller's authentication in one transaction. A refusal
   * (here or by the engine) is a {@link FormRefused} naming the fields; nothing is stored.
   */
  @Transactional
  public Completion complete(String taskId, EnteredValues entered) {
    CurrentUser user = agencies.requireCurrent();
    Task task = find(taskId, user, true);
    if (task.getAssignee() != null && !task.getAssignee().equals(user.userId())) {
      throw workedBy(task.getAssignee());
    }
    FormDefinition form = whileOpen(task.getId(), user, () -> form(task));
    Map<String, Object> variables = whileOpen(task.getId(), user, () -> system.call(() -> tasks.getVariables(task.getId())));
    Map<String, Object> submission = forms.submission(form, entered.values(), variables);
    List<Problem> problems = new ArrayList<>(entered.problems());
    problems.addAll(forms.check(form, submission, variables));
    if (!problems.isEmpty()) {
      throw new FormRefused(problems, entered.values());
    }
    try {
      if (task.getAssignee() == null) {
        claimNow(task.getId(), user);
      }
      engine(task.getId(), () -> formService.submitTaskForm(task.getId(), EnteredValues.toEngine(submission)));
    } catch (RuntimeException e) {
      FormFieldValidationException refusal = refusal(e);
      if (refusal != null) {
        throw new FormRefused(forms.problemsOf(refusal, form), entered.values());
      }
      if (!(e instanceof Conflict) && completedForCaller(task.getId(), user)) {
        // A colleague completed it a moment earlier and the engine noticed otherwise: e.g. the claim read the task
        // before that commit and its execution after, and a task listener found no activity (seen in 1 of ~50).
        throw new Conflict(Failures.COMPLETED);
      }
      throw e;
    }
    Map<String, Object> ids = links.ids(task.getProcessInstanceId());
    CaseLinks.Link link = links.link(ids);
    return new Completion(task.getId(), task.getProcessInstanceId(), caseNumber(task.getProcessInstanceId()),
        link == null ? null : link.href());
  }

  /**
   * A task the caller completed (for the page after completion): its name and case; 404 unless the caller completed
   * it.
   */
  @Transactional(readOnly = true)
  public Map<String, Object> completed(String taskId) {
    CurrentUser user = agencies.requireCurrent();
    var done = valid(taskId) ? system.call(() -> history.createHistoricTaskInstanceQuery().taskId(taskId).finished()
        .singleResult()) : null;
    if (done == null || !user.userId().equals(done.getAssignee())) {
      throw new NotFound(NOT_FOUND);
    }
    Map<String, Object> result = new LinkedHashMap<>();
    result.put("name", done.getName());
    result.put("caseNumber", caseNumber(done.getProcessInstanceId()));
    CaseLinks.Link link = links.link(links.ids(done.getProcessInstanceId()));
    result.put("link", link);
    return result;
  }

  // --- helpers

  /** The form of the task as deployed with its process (formRef binding "deployment"), cached per definition. */
  FormDefinition form(Task task) {
    String cacheKey = task.getProcessDefinitionId() + "#" + task.getTaskDefinitionKey();
    return formCache.computeIfAbsent(cacheKey, key -> system.call(() -> {
      var data = formService.getTaskFormData(task.getId());
      if (data == null || data.getCamundaFormRef() == null && data.getFormKey() == null) {
        return new FormDefinition("", List.of(), se.samverka.workflow.FormSchema.parse(
            new java.io.ByteArrayInputStream("{\"components\":[]}".getBytes())));
      }
      try (var json = formService.getDeployedTaskForm(task.getId())) {
        return FormDefinition.parse(json);
      } catch (java.io.IOException e) {
        throw new IllegalStateException(e);
      }
    }));
  }

  /**
   * The open task, if the caller is a candidate or its assignee. A task completed meanwhile by a colleague is a
   * conflict for an action on it (when it was routed to the caller), else 404.
   */
  private Task find(String taskId, CurrentUser user, boolean acting) {
    Task task = valid(taskId) ? system.call(() -> tasks.createTaskQuery().taskId(taskId).singleResult()) : null;
    if (task != null && (user.userId().equals(task.getAssignee())
        || candidateGroups(task.getId()).stream().anyMatch(user.groups()::contains))) {
      return task;
    }
    // Gone, or its candidate links gone between the two reads: a colleague's completion committed in between.
    if (acting && valid(taskId) && completedForCaller(taskId, user)) {
      throw new Conflict(Failures.COMPLETED);
    }
    throw new NotFound(NOT_FOUND);
  }

  private static boolean valid(String taskId) {
    return taskId != null && taskId.matches("[A-Za-z0-9-]{1,64}");
  }

  private boolean completedForCaller(String taskId, CurrentUser user) {
    return system.call(() -> {
      if (history.createHistoricTaskInstanceQuery().taskId(taskId).finished().count() == 0) {
        return false;
      }
      return history.createHistoricIdentityLinkLogQuery().taskId(taskId).list().stream()
          .anyMatch(link -> user.userId().equals(link.getUserId()) || user.groups().contains(link.getGroupId()));
    });
  }

  /** The task's candidate groups; none when the task is gone (a colleague's completion committed since it was read). */
  List<String> candidateGroups(String taskId) {
    List<org.camunda.bpm.engine.task.IdentityLink> links;
    try {
      links = system.call(() -> tasks.getIdentityLinksForTask(taskId));
    } catch (NotFoundException | NullValueException e) {
      return List.of();
    }
    return links.stream()
        .filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getGroupId() != null)
        .map(link -> link.getGroupId()).distinct().toList();
  }

  /** The members of the task's groups other than the caller, by name. */
  List<Person> colleagues(List<String> groups, String except) {
    if (groups.isEmpty()) {
      return List.of();
    }
    Map<String, Person> people = new LinkedHashMap<>();
    for (String group : groups) {
      List<User> users = system.call(() -> identity.createUserQuery().memberOfGroup(group).orderByUserFirstName()
          .asc().listPage(0, MAX_COLLEAGUES));
      users.stream().filter(u -> !u.getId().equals(except))
          .forEach(u -> people.putIfAbsent(u.getId(), new Person(u.getId(), name(u))));
    }
    return new ArrayList<>(people.values());
  }

  private String name(String userId) {
    if (userId == null) {
      return null;
    }
    User found = system.call(() -> identity.createUserQuery().userId(userId).singleResult());
    return found == null ? userId : name(found);
  }

  private static String name(User user) {
    String name = (Objects.toString(user.getFirstName(), "") + " " + Objects.toString(user.getLastName(), "")).trim();
    return name.isEmpty() ? user.getId() : name;
  }

  private Conflict workedBy(String assignee) {
    return new Conflict("Uppgiften arbetas av " + name(assignee) + ". Du kan läsa den men inte ändra den.");
  }

  /** A read of the task before submitting: a colleague's completion committed since {@link #find} is a conflict. */
  private <T> T whileOpen(String taskId, CurrentUser user, java.util.function.Supplier<T> read) {
    try {
      return read.get();
    } catch (NotFoundException | NullValueException e) {
      if (completedForCaller(taskId, user)) {
        throw new Conflict(Failures.COMPLETED);
      }
      throw e;
    }
  }

  private void claimNow(String taskId, CurrentUser user) {
    try {
      engine(taskId, () -> tasks.claim(taskId, user.userId()));
    } catch (TaskAlreadyClaimedException e) {
      String now = system.call(() -> {
        Task task = tasks.createTaskQuery().taskId(taskId).singleResult();
        return task == null ? null : task.getAssignee();
      });
      throw now == null ? new Conflict(Failures.CONFLICT) : workedBy(now);
    }
  }

  /**
   * An engine call as the caller; a colleague's concurrent change is a Swedish conflict. A refusal of the engine's
   * authorization check is one too when the task was completed or taken meanwhile (its grants went with it).
   */
  private void engine(String taskId, Runnable call) {
    try {
      call.run();
    } catch (org.camunda.bpm.engine.AuthorizationException e) {
      String now = system.call(() -> {
        Task task = tasks.createTaskQuery().taskId(taskId).singleResult();
        return task == null ? "" : task.getAssignee();
      });
      CurrentUser user = agencies.requireCurrent();
      if ("".equals(now)) {
        throw new Conflict(Failures.COMPLETED);
      }
      if (now != null && !now.equals(user.userId())) {
        throw workedBy(now);
      }
      throw e;
    } catch (OptimisticLockingException e) {
      throw new Conflict(Failures.CONFLICT);
    } catch (NotFoundException | NullValueException e) {
      if (refusal(e) == null) {
        throw new Conflict(Failures.COMPLETED);
      }
      throw e;
    } catch (ProcessEngineException e) {
      if (hasOptimisticLock(e)) {
        throw new Conflict(Failures.CONFLICT);
      }
      throw e;
    }
  }

  private static boolean hasOptimisticLock(Throwable thrown) {
    for (Throwable t = thrown; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (t instanceof OptimisticLockingException) {
        return true;
      }
    }
    return false;
  }

  /** The gate's or a listener's refusal (a form validation error with our Swedish message), if that is what failed. */
  static FormFieldValidationException refusal(Throwable thrown) {
    for (Throwable t = thrown; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (t instanceof FormFieldValidationException validation && t.getMessage() != null
          && t.getClass().getName().startsWith("se.samverka.")) {
        return validation;
      }
    }
    return null;
  }

  String caseNumber(String processInstanceId) {
    if (processInstanceId == null) {
      return null;
    }
    var instance = system.call(() -> history.createHistoricProcessInstanceQuery()
        .processInstanceId(processInstanceId).singleResult());
    return instance == null ? null : instance.getBusinessKey();
  }
}
