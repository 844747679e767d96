package se.samverka.workflow;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Gives every process instance its case number ({@link CaseNumbers}) as its business key when it starts, however it
 * starts: a start form, a timer, a message, another process. The listener is built in, so skipping custom listeners
 * does not skip it. A business key set by our own code before the start is kept; clients may not send one (the
 * submission gate refuses it).
 * <p>
 * The process tests build their engine from {@code process-tests.cfg.xml} without this plugin: their in-memory engine
 * has no Flyway tables, and the numbers are tested against the application's engine.
 */
@Component
public class CaseNumberPlugin extends AbstractProcessEnginePlugin {

  private final ObjectProvider<CaseNumbers> numbers;

  CaseNumberPlugin(ObjectProvider<CaseNumbers> numbers) {
    this.numbers = numbers;
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    List<BpmnParseListener> listeners = new ArrayList<>();
    if (configuration.getCustomPostBPMNParseListeners() != null) {
      listeners.addAll(configuration.getCustomPostBPMNParseListeners());
    }
    listeners.add(new AbstractBpmnParseListener() {
      @Override
      public void parseProcess(Element processElement, ProcessDefinitionEntity processDefinition) {
        String key = processDefinition.getKey();
        processDefinition.addBuiltInListener(ExecutionListener.EVENTNAME_START,
            (ExecutionListener) execution -> number(key, execution));
      }
    });
    configuration.setCustomPostBPMNParseListeners(listeners);
  }

  private void number(String processKey, DelegateExecution execution) {
    if (execution.getProcessBusinessKey() == null || execution.getProcessBusinessKey().isEmpty()) {
      execution.setProcessBusinessKey(numbers.getObject().next(processKey, EngineClock.now()));
    }
  }
}
