package se.samverka.demo;

import static se.samverka.followup.bra.BraLokalProcess.*;

import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import se.samverka.workflow.EngineClock;

/**
 * Local BRÅ on the first start of a fresh demo database: this quarter's meetings are opened (started by hand, so the
 * quarterly timer keeps its date) and the meeting in Mariefred is documented by the safety coordinator, with notes and
 * one question to central BRÅ; the other districts' meetings wait for the coordinator.
 */
@Component
@ConditionalOnProperty(name = "samverka.demo.data", havingValue = "true")
class BraDemoData {

  private static final Logger log = LoggerFactory.getLogger(BraDemoData.class);
  static final String DISTRICT_HELD = "mariefred";
  static final String QUESTION = "Kan kommunen förbättra belysningen på gångvägen mellan stationen och hamnen?";

  private final DemoSteps steps;
  private final RuntimeService runtimeService;
  private final HistoryService historyService;
  private final TaskService taskService;
  private final FormService formService;
  private final TransactionTemplate transactions;

  BraDemoData(DemoSteps steps, RuntimeService runtimeService, HistoryService historyService, TaskService taskService,
      FormService formService, TransactionTemplate transactions) {
    this.steps = steps;
    this.runtimeService = runtimeService;
    this.historyService = historyService;
    this.taskService = taskService;
    this.formService = formService;
    this.transactions = transactions;
  }

  @EventListener(ApplicationReadyEvent.class)
  @Order(40)
  public void create() {
    if (historyService.createHistoricProcessInstanceQuery().processDefinitionKey(KEY).count() > 0) {
      return;
    }
    transactions.executeWithoutResult(status -> {
      String quarter = runtimeService.createProcessInstanceByKey(KEY).startBeforeActivity(CLAIM_QUARTER).execute()
          .getId();
      steps.as(GROUP, () -> {
        Task meeting = taskService.createTaskQuery().processInstanceId(quarter).taskDefinitionKey(MEETING).list()
            .stream().filter(t -> DISTRICT_HELD.equals(taskService.getVariable(t.getId(), DISTRICT))).findFirst()
            .orElseThrow();
        taskService.claim(meeting.getId(), GROUP);
        Map<String, Object> form = new HashMap<>();
        form.put(MEETING_DATE, EngineClock.today().toString());
        form.put(PARTICIPANTS, "[\"kommun\",\"polis\",\"skola\",\"fritid\",\"bostadsbolag\"]");
        form.put(NOTES, "Skadegörelse och nedskräpning vid hamnen och gångvägen till stationen under helgkvällar. "
            + "Fältarna ser fler unga från andra kommundelar på fredagar. Bostadsbolaget har bytt lås i två "
            + "trapphus. Polisen prioriterar hamnområdet fredag och lördag kväll under kvartalet.");
        form.put(QUESTIONS, QUESTION);
        formService.submitTaskForm(meeting.getId(), form);
        return null;
      });
    });
    log.info("Demo: lokalt BRÅ-möte i {} dokumenterat för kvartalet", DISTRICT_HELD);
  }
}
