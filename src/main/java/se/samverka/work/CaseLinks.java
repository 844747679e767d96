package se.samverka.work;

import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.springframework.stereotype.Component;
import se.samverka.cases.CaseNotFoundException;
import se.samverka.cases.CaseService;
import se.samverka.licensing.AlkoholtillsynProcess;
import se.samverka.sspf.SspfArendeProcess;
import se.samverka.workflow.SystemContext;

/**
 * Where a task or a started process leads: its case ({@code /arenden/{caseId}}) or supervision
 * ({@code /tillsyn/{supervisionId}}), and whom it is about as the caller's agency may see it (the young person's name
 * through the case store's rule, which logs the read, or the premises' name).
 */
@Component
public class CaseLinks {

  static final String CASE_ID = SspfArendeProcess.CASE_ID;
  static final String SUPERVISION_ID = AlkoholtillsynProcess.SUPERVISION_ID;
  static final String PREMISES_NAME = AlkoholtillsynProcess.PREMISES_NAME;

  public record Link(String href, String text) {}

  private final CaseService cases;
  private final HistoryService history;
  private final SystemContext system;

  CaseLinks(CaseService cases, HistoryService history, SystemContext system) {
    this.cases = cases;
    this.history = history;
    this.system = system;
  }

  /** The link for the variables of a process instance, or null. */
  Link link(Map<String, Object> variables) {
    if (variables.get(CASE_ID) instanceof String caseId && !caseId.isBlank()) {
      return new Link("/arenden/" + caseId, "Öppna ärendet");
    }
    if (variables.get(SUPERVISION_ID) instanceof String supervisionId && !supervisionId.isBlank()) {
      return new Link("/tillsyn/" + supervisionId, "Öppna tillsynen");
    }
    return null;
  }

  /** The young person's name or the premises, as the caller may see it; null otherwise. */
  String subject(Map<String, Object> variables) {
    if (variables.get(CASE_ID) instanceof String caseId && !caseId.isBlank()) {
      try {
        var person = cases.view(caseId).person();
        return person == null ? null : (person.firstName() + " " + person.lastName()).trim();
      } catch (CaseNotFoundException e) {
        return null;
      }
    }
    if (variables.get(PREMISES_NAME) instanceof String premises && !premises.isBlank()) {
      return premises;
    }
    return null;
  }

  /** The case and supervision ids of a process instance, read from history (it may have ended already). */
  Map<String, Object> ids(String processInstanceId) {
    List<HistoricVariableInstance> found = system.call(() -> history.createHistoricVariableInstanceQuery()
        .processInstanceId(processInstanceId).variableNameIn(CASE_ID, SUPERVISION_ID).list());
    Map<String, Object> ids = new java.util.HashMap<>();
    for (HistoricVariableInstance variable : found) {
      if (variable.getValue() instanceof String value) {
        ids.put(variable.getName(), value);
      }
    }
    return ids;
  }
}
