package se.samverka.workflow;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.history.event.HistoricFormPropertyEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoricVariableUpdateEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoryEvent;
import org.camunda.bpm.engine.impl.history.handler.DbHistoryEventHandler;
import org.camunda.bpm.engine.impl.history.handler.HistoryEventHandler;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ProcessDefinitionImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Keeps personal form fields ({@link PersonalFields}) out of the engine. A form submitted through Tasklist or the REST
 * API's {@code submit-form} stores every field as a process variable; this plugin
 * <ul>
 *   <li>hands the personal fields of a process start and of a user-task completion to {@link PersonalDataIntake} and
 *       removes them in the same command, so they never reach {@code ACT_RU_VARIABLE};</li>
 *   <li>replaces the database history handler with one that drops variable and form-property events of personal
 *       fields, so they never reach {@code ACT_HI_VARINST} or {@code ACT_HI_DETAIL}.</li>
 * </ul>
 */
@Component
public class PersonalDataPlugin extends AbstractProcessEnginePlugin {

  private final ObjectProvider<PersonalDataIntake> intake;

  PersonalDataPlugin(ObjectProvider<PersonalDataIntake> intake) {
    this.intake = intake;
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    configuration.setEnableDefaultDbHistoryEventHandler(false);
    List<HistoryEventHandler> handlers = new ArrayList<>();
    if (configuration.getCustomHistoryEventHandlers() != null) {
      handlers.addAll(configuration.getCustomHistoryEventHandlers());
    }
    handlers.add(new PersonalDataDroppingHistoryHandler(new DbHistoryEventHandler()));
    // The engine adds its own handlers to this list later, so it must be mutable.
    configuration.setCustomHistoryEventHandlers(handlers);

    List<BpmnParseListener> parseListeners = new ArrayList<>();
    if (configuration.getCustomPreBPMNParseListeners() != null) {
      parseListeners.addAll(configuration.getCustomPreBPMNParseListeners());
    }
    parseListeners.add(new PersonalDataParseListener());
    configuration.setCustomPreBPMNParseListeners(parseListeners);
  }

  static Map<String, Object> personalFields(Map<String, Object> variables) {
    Map<String, Object> fields = new LinkedHashMap<>();
    variables.forEach((name, value) -> {
      if (PersonalFields.isPersonal(name)) {
        fields.put(name, value);
      }
    });
    return fields;
  }

  private PersonalDataIntake intake() {
    PersonalDataIntake available = intake.getIfAvailable();
    if (available == null) {
      throw new ProcessEngineException("Personuppgifter kan inte tas emot: ingen mottagare är konfigurerad");
    }
    return available;
  }

  private final class PersonalDataParseListener extends AbstractBpmnParseListener {

    @Override
    public void parseStartEvent(Element startEventElement, ScopeImpl scope, ActivityImpl startEventActivity) {
      if (scope instanceof ProcessDefinitionImpl) {
        startEventActivity.addListener(ExecutionListener.EVENTNAME_START, (ExecutionListener) this::takeFromStart);
      }
    }

    @Override
    public void parseUserTask(Element userTaskElement, ScopeImpl scope, ActivityImpl activity) {
      if (activity.getActivityBehavior() instanceof UserTaskActivityBehavior behavior) {
        behavior.getTaskDefinition().addTaskListener(TaskListener.EVENTNAME_COMPLETE, this::takeFromTask);
      }
    }

    private void takeFromStart(DelegateExecution execution) {
      Map<String, Object> fields = personalFields(execution.getProcessInstance().getVariables());
      if (!fields.isEmpty()) {
        intake().acceptStart(execution.getProcessInstance(), fields);
        fields.keySet().forEach(execution.getProcessInstance()::removeVariable);
      }
    }

    private void takeFromTask(DelegateTask task) {
      Map<String, Object> fields = personalFields(task.getVariables());
      if (!fields.isEmpty()) {
        intake().acceptTaskCompletion(task, fields);
        fields.keySet().forEach(task::removeVariable);
      }
    }
  }

  /** Passes every history event on to the database, except those that would record a personal field. */
  static final class PersonalDataDroppingHistoryHandler implements HistoryEventHandler {

    private final HistoryEventHandler delegate;

    PersonalDataDroppingHistoryHandler(HistoryEventHandler delegate) {
      this.delegate = delegate;
    }

    @Override
    public void handleEvent(HistoryEvent event) {
      if (!isPersonal(event)) {
        delegate.handleEvent(event);
      }
    }

    @Override
    public void handleEvents(List<HistoryEvent> events) {
      events.forEach(this::handleEvent);
    }

    static boolean isPersonal(HistoryEvent event) {
      if (event instanceof HistoricVariableUpdateEventEntity variable) {
        return PersonalFields.isPersonal(variable.getVariableName());
      }
      if (event instanceof HistoricFormPropertyEventEntity formProperty) {
        return PersonalFields.isPersonal(formProperty.getPropertyId());
      }
      return false;
    }
  }
}
