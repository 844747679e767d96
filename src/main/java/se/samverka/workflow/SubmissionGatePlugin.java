package se.samverka.workflow;

import java.io.InputStream;
import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import org.camunda.bpm.dmn.feel.impl.FeelEngine;
import org.camunda.bpm.dmn.feel.impl.scala.ScalaFeelEngineFactory;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.form.FormData;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.impl.AbstractQuery;
import org.camunda.bpm.engine.impl.GetDeployedTaskFormCmd;
import org.camunda.bpm.engine.impl.MessageCorrelationBuilderImpl;
import org.camunda.bpm.engine.impl.ProcessInstantiationBuilderImpl;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.CommandChecker;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cfg.auth.DefaultAuthorizationProvider;
import org.camunda.bpm.engine.impl.cmd.AbstractAddIdentityLinkCmd;
import org.camunda.bpm.engine.impl.cmd.AbstractCorrelateMessageCmd;
import org.camunda.bpm.engine.impl.cmd.AbstractPatchVariablesCmd;
import org.camunda.bpm.engine.impl.cmd.AbstractSetTaskPropertyCmd;
import org.camunda.bpm.engine.impl.cmd.AbstractSetVariableCmd;
import org.camunda.bpm.engine.impl.cmd.AssignTaskCmd;
import org.camunda.bpm.engine.impl.cmd.ClaimTaskCmd;
import org.camunda.bpm.engine.impl.cmd.CompleteTaskCmd;
import org.camunda.bpm.engine.impl.cmd.DelegateTaskCmd;
import org.camunda.bpm.engine.impl.cmd.GetDeployedStartFormCmd;
import org.camunda.bpm.engine.impl.cmd.GetStartFormCmd;
import org.camunda.bpm.engine.impl.cmd.GetTaskFormCmd;
import org.camunda.bpm.engine.impl.cmd.SetTaskOwnerCmd;
import org.camunda.bpm.engine.impl.cmd.StartProcessInstanceAtActivitiesCmd;
import org.camunda.bpm.engine.impl.cmd.StartProcessInstanceCmd;
import org.camunda.bpm.engine.impl.cmd.SubmitStartFormCmd;
import org.camunda.bpm.engine.impl.cmd.SubmitTaskFormCmd;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationEntity;
import org.camunda.bpm.engine.impl.persistence.entity.IdentityLinkEntity;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The one gate between every client and the engine. It sits inside the engine (a command interceptor), so the REST API
 * ({@code /engine-rest}), Tasklist's {@code /camunda/api}, our own {@code /api} and pages all pass it.
 * <ul>
 *   <li>A start or task completion by a signed-in user is checked against the deployed form of that start event or
 *       task by {@link SubmissionGate}; a refusal is a {@link InvalidFormInput} (400) naming the field.</li>
 *   <li>Accounts other than administrators may only read, claim, unclaim, hand over within the group, complete and
 *       start; every other command (variable writes, start instructions, skipped listeners, modification, migration,
 *       suspension, deletion, messages, standalone tasks, comments, attachments, identity links) is refused (403).</li>
 *   <li>A task is claimed, assigned or delegated only to a member of one of its candidate groups, and a task given
 *       back no longer grants its former assignee access (the authorization provider below).</li>
 * </ul>
 * Commands the engine runs by itself (timers, jobs, delegates inside a command) and our own services running as the
 * system carry no user and are not checked here.
 */
@Component
@Order(Ordered.LOWEST_PRECEDENCE - 1)
public class SubmissionGatePlugin extends AbstractProcessEnginePlugin {

  private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(SubmissionGatePlugin.class);
  private static final ThreadLocal<Integer> DEPTH = ThreadLocal.withInitial(() -> 0);
  /**
   * Commands that only read: queries and their creation (identity queries are made by a command), the engine's
   * Get…/Is…/Find… commands and filter executions.
   */
  private static final Pattern READ_COMMAND =
      Pattern.compile("(Get|Is|ExecuteFilter|AuthorizationCheck|Find|Create[A-Za-z]*Query)[A-Za-z]*(Cmd)?");

  private final ObjectProvider<PersonalDataDetector> detector;
  private final ObjectProvider<OwnedVariables> ownedVariables;
  private final ObjectProvider<ComputedOptions> computedOptions;
  private final Map<String, FormSchema> schemas = new ConcurrentHashMap<>();
  private volatile SubmissionGate gate;

  SubmissionGatePlugin(ObjectProvider<PersonalDataDetector> detector, ObjectProvider<OwnedVariables> ownedVariables,
      ObjectProvider<ComputedOptions> computedOptions) {
    this.detector = detector;
    this.ownedVariables = ownedVariables;
    this.computedOptions = computedOptions;
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    List<CommandInterceptor> interceptors = new ArrayList<>();
    if (configuration.getCustomPostCommandInterceptorsTxRequired() != null) {
      interceptors.addAll(configuration.getCustomPostCommandInterceptorsTxRequired());
    }
    interceptors.add(new GateInterceptor());
    configuration.setCustomPostCommandInterceptorsTxRequired(interceptors);
    configuration.setResourceAuthorizationProvider(new ReturnedTaskAuthorizationProvider());
  }

  /** The gate the engine applies, for services that check a submission before they hand it to the engine. */
  public SubmissionGate gate() {
    SubmissionGate current = gate;
    if (current == null) {
      Set<String> owned = new HashSet<>();
      ownedVariables.orderedStream().forEach(declared -> owned.addAll(declared.names()));
      FeelEngine feel = new ScalaFeelEngineFactory().createInstance();
      PersonalDataDetector personalData = detector.getObject();
      current = new SubmissionGate(owned, personalData, feel);
      gate = current;
    }
    return current;
  }

  private final class GateInterceptor extends CommandInterceptor {

    @Override
    public <T> T execute(Command<T> command) {
      int depth = DEPTH.get();
      DEPTH.set(depth + 1);
      try {
        if (depth == 0) {
          CommandContext context = Context.getCommandContext();
          Authentication user = context == null ? null : context.getAuthentication();
          if (user != null && user.getUserId() != null) {
            inspect(command, user, context);
          }
        }
        return next.execute(command);
      } finally {
        if (depth == 0) {
          DEPTH.remove();
        } else {
          DEPTH.set(depth);
        }
      }
    }
  }

  private void inspect(Command<?> command, Authentication user, CommandContext context) {
    boolean admin = isAdmin(user, context);
    if (isRead(command)) {
      return;
    }
    if (command instanceof CompleteTaskCmd) {
      checkTaskSubmission(context, read(command, CompleteTaskCmd.class, "taskId"),
          read(command, CompleteTaskCmd.class, "variables"));
    } else if (command instanceof SubmitTaskFormCmd) {
      checkTaskSubmission(context, read(command, SubmitTaskFormCmd.class, "taskId"),
          read(command, SubmitTaskFormCmd.class, "properties"));
    } else if (command instanceof SubmitStartFormCmd) {
      checkStart(context, admin, read(command, SubmitStartFormCmd.class, "processDefinitionId"), null,
          read(command, SubmitStartFormCmd.class, "businessKey"), read(command, SubmitStartFormCmd.class, "variables"));
    } else if (command instanceof StartProcessInstanceCmd) {
      ProcessInstantiationBuilderImpl builder = read(command, StartProcessInstanceCmd.class, "instantiationBuilder");
      if (!admin && (builder.getModificationBuilder().isSkipCustomListeners()
          || builder.getModificationBuilder().isSkipIoMappings())) {
        throw refused("Att starta en process utan dess lyssnare eller in- och utdata är inte tillåtet för ditt konto");
      }
      checkStart(context, admin, builder.getProcessDefinitionId(), builder.getProcessDefinitionKey(),
          builder.getBusinessKey(), builder.getVariables());
    } else if (command instanceof ClaimTaskCmd || command instanceof AssignTaskCmd
        || command instanceof DelegateTaskCmd || command instanceof SetTaskOwnerCmd && admin) {
      checkHandOver(command, context);
    } else if (!admin) {
      LOG.info("Grinden nekade {} för {}", command.getClass().getSimpleName(), user.getUserId());
      throw refused("Åtgärden är inte tillåten för ditt konto. Ärenden arbetas med i Samverka genom uppgifternas "
          + "formulär.");
    } else if (command instanceof StartProcessInstanceAtActivitiesCmd) {
      ProcessInstantiationBuilderImpl builder =
          read(command, StartProcessInstanceAtActivitiesCmd.class, "instantiationBuilder");
      reject(gate().checkDirectWrite(builder.getVariables()));
    } else if (command instanceof AbstractSetVariableCmd) {
      reject(gate().checkDirectWrite(read(command, AbstractSetVariableCmd.class, "variables")));
    } else if (command instanceof AbstractPatchVariablesCmd) {
      Map<String, ?> modifications = read(command, AbstractPatchVariablesCmd.class, "variables");
      if (modifications != null) {
        reject(gate().checkDirectWrite(modifications));
      }
    } else if (command instanceof AbstractCorrelateMessageCmd) {
      MessageCorrelationBuilderImpl builder = read(command, AbstractCorrelateMessageCmd.class, "builder");
      for (Map<String, ?> variables : java.util.Arrays.asList(builder.getPayloadProcessInstanceVariables(),
          builder.getPayloadProcessInstanceVariablesLocal(), builder.getPayloadProcessInstanceVariablesToTriggeredScope())) {
        if (variables != null) {
          reject(gate().checkDirectWrite(variables));
        }
      }
    }
  }

  private static boolean isRead(Command<?> command) {
    Class<?> type = command.getClass();
    if (command instanceof AbstractQuery<?, ?> || type.getName().contains(".query.")
        || type.getSimpleName().endsWith("QueryImpl")) {
      return true;
    }
    // Our own code passing a lambda to a command executor is the application, not a client.
    if (type.isSynthetic() || type.isHidden() || type.isAnonymousClass()) {
      return true;
    }
    return READ_COMMAND.matcher(type.getSimpleName()).matches();
  }

  private static boolean isAdmin(Authentication user, CommandContext context) {
    ProcessEngineConfigurationImpl configuration = context.getProcessEngineConfiguration();
    List<String> groups = user.getGroupIds() == null ? List.of() : user.getGroupIds();
    return groups.contains(Groups.CAMUNDA_ADMIN)
        || configuration.getAdminGroups() != null && groups.stream().anyMatch(configuration.getAdminGroups()::contains)
        || configuration.getAdminUsers() != null && configuration.getAdminUsers().contains(user.getUserId());
  }

  // --- starts and completions

  private void checkTaskSubmission(CommandContext context, String taskId, Map<String, Object> variables) {
    TaskEntity task = taskId == null ? null : context.getTaskManager().findTaskById(taskId);
    if (task == null) {
      return; // the command itself answers "no such task"
    }
    for (CommandChecker checker : context.getProcessEngineConfiguration().getCommandCheckers()) {
      checker.checkTaskWork(task);
    }
    Map<String, Object> submitted = variables == null ? Map.of() : variables;
    FormSchema form = task.getProcessDefinitionId() == null ? null
        : schemas.computeIfAbsent(task.getProcessDefinitionId() + "#" + task.getTaskDefinitionKey(),
            key -> context.runWithoutAuthorization(() -> taskForm(context, taskId)));
    if (form == NO_FORM) {
      form = null;
    }
    Map<String, Object> current = task.getVariables();
    reject(gate().check(form, submitted, current));
    rejectProblems(computedOptions.getObject().check(form, submitted, current));
  }

  private void checkStart(CommandContext context, boolean admin, String definitionId, String definitionKey,
      String businessKey, Map<String, Object> variables) {
    var cache = context.getProcessEngineConfiguration().getDeploymentCache();
    ProcessDefinitionEntity definition;
    try {
      definition = definitionId != null ? cache.findDeployedProcessDefinitionById(definitionId)
          : cache.findDeployedLatestProcessDefinitionByKey(definitionKey);
    } catch (RuntimeException e) {
      return; // the command itself answers "no such process"
    }
    for (CommandChecker checker : context.getProcessEngineConfiguration().getCommandCheckers()) {
      checker.checkCreateProcessInstance(definition);
    }
    if (!admin) {
      reject(gate().checkBusinessKey(businessKey));
    }
    FormSchema form = schemas.computeIfAbsent(definition.getId() + "#start",
        key -> context.runWithoutAuthorization(() -> startForm(context, definition.getId())));
    if (form == NO_FORM) {
      form = null;
    }
    reject(gate().check(form, variables == null ? Map.of() : variables, Map.of()));
    rejectProblems(computedOptions.getObject().check(form, variables == null ? Map.of() : variables, Map.of()));
  }

  /** Marks a step without a form in the cache (a map cannot hold null). */
  private static final FormSchema NO_FORM = new FormSchema("", Map.of());

  private static FormSchema taskForm(CommandContext context, String taskId) {
    return deployedForm(new GetTaskFormCmd(taskId).execute(context),
        () -> new GetDeployedTaskFormCmd(taskId).execute(context));
  }

  private static FormSchema startForm(CommandContext context, String definitionId) {
    return deployedForm(new GetStartFormCmd(definitionId).execute(context),
        () -> new GetDeployedStartFormCmd(definitionId).execute(context));
  }

  private static FormSchema deployedForm(FormData data, java.util.function.Supplier<InputStream> resource) {
    if (data == null || data.getFormKey() == null && data.getCamundaFormRef() == null) {
      return NO_FORM;
    }
    try (InputStream json = resource.get()) {
      return FormSchema.parse(json);
    } catch (java.io.IOException e) {
      throw new IllegalStateException(e);
    }
  }

  // --- claims and hand-overs

  private void checkHandOver(Command<?> command, CommandContext context) {
    String taskId;
    String userId;
    if (command instanceof ClaimTaskCmd) {
      taskId = read(command, ClaimTaskCmd.class, "taskId");
      userId = read(command, ClaimTaskCmd.class, "userId");
    } else if (command instanceof DelegateTaskCmd) {
      taskId = read(command, DelegateTaskCmd.class, "taskId");
      userId = read(command, DelegateTaskCmd.class, "userId");
    } else {
      taskId = read(command, AbstractSetTaskPropertyCmd.class, "taskId");
      userId = read(command, AbstractAddIdentityLinkCmd.class, "userId");
    }
    if (userId == null || taskId == null) {
      return; // giving a task back, or a call the command itself refuses
    }
    TaskEntity task = context.getTaskManager().findTaskById(taskId);
    if (task == null) {
      return;
    }
    Set<String> candidateGroups = new HashSet<>();
    for (IdentityLinkEntity link : task.getIdentityLinks()) {
      if (IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getGroupId() != null) {
        candidateGroups.add(link.getGroupId());
      }
    }
    boolean member = context.runWithoutAuthorization(() -> context.getReadOnlyIdentityProvider().createGroupQuery()
        .groupMember(userId).list().stream().map(Group::getId).anyMatch(candidateGroups::contains));
    if (!member) {
      throw refused("Uppgiften kan bara tas av eller lämnas till någon i den grupp den är riktad till");
    }
  }

  /**
   * The engine grants a task's assignee access to it, and keeps that grant when the task is given back or handed on.
   * Here the former assignee's grant goes with the assignment, so a task given back is again only the group's.
   */
  static final class ReturnedTaskAuthorizationProvider extends DefaultAuthorizationProvider {

    @Override
    public AuthorizationEntity[] newTaskAssignee(Task task, String oldAssignee, String newAssignee) {
      if (oldAssignee != null && !oldAssignee.equals(newAssignee) && !oldAssignee.equals(task.getOwner())
          && Context.getCommandContext() != null) {
        Context.getCommandContext().getAuthorizationManager()
            .deleteAuthorizationsByResourceIdAndUserId(Resources.TASK, task.getId(), oldAssignee);
      }
      return super.newTaskAssignee(task, oldAssignee, newAssignee);
    }
  }

  // --- helpers

  private static void rejectProblems(List<SubmissionGate.Problem> problems) {
    reject(problems.stream().map(SubmissionGate.Problem::message).toList());
  }

  private static void reject(List<String> errors) {
    if (!errors.isEmpty()) {
      throw new InvalidFormInput(String.join("; ", errors));
    }
  }

  static AuthorizationException refused(String message) {
    return new RefusedByGate(message);
  }

  /** A command that the caller's account may not run; answered with 403. */
  public static final class RefusedByGate extends AuthorizationException {
    RefusedByGate(String message) {
      super(message);
    }
  }

  /** Reads a field of an engine command: their inputs have no getters, and 7.24 is the last CE release. */
  @SuppressWarnings("unchecked")
  private static <T> T read(Object command, Class<?> declaring, String name) {
    try {
      Field field = declaring.getDeclaredField(name);
      field.setAccessible(true);
      return (T) field.get(command);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("Okänd version av processmotorn: " + declaring.getSimpleName() + "." + name, e);
    }
  }
}
