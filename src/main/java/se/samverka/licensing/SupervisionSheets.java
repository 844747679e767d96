package se.samverka.licensing;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.springframework.stereotype.Service;
import se.samverka.workflow.Labels;
import se.samverka.workflow.SystemContext;

/**
 * One supervision as its page shows it: the premises from the register with its licence holder, the kind and the
 * dates, what was found at the inspection (the protocol's answers and the other agencies' findings, as recorded in the
 * process), the ladder (earlier sanctions), the proposal and decision, the communication and the appeal, in words;
 * and what it waits for now. Findings are about the premises and the licence holder, not about persons.
 */
@Service
public class SupervisionSheets {

  /** The inspection's answers, in the order of the protocol, then the other agencies' findings. */
  static final List<String> FINDINGS = List.of("responsiblePresent", "responsibleRegistered", "servingHoursKept",
      "foodAvailable", "orderAndSobriety", "ageChecks", "youngGuests", "outdoorAreaMarked", "protocolRemarks",
      "policeOrder", "policeDrugSigns", "policeFindings", "fireSafetyOk", "rescueFindings", "taxFindings",
      "environmentFindings");
  /** The grounds of the proposal, as the officer assessed them. */
  static final List<String> ASSESSMENT = List.of(AlkoholtillsynProcess.SERIOUSNESS, AlkoholtillsynProcess.SUITABILITY,
      AlkoholtillsynProcess.SUITABILITY_GROUNDS, AlkoholtillsynProcess.CRIMINAL_ACTIVITY,
      AlkoholtillsynProcess.PROPOSAL_REASON, AlkoholtillsynProcess.RECONSIDERED_DECISION);

  public record Answer(String question, String answer) {}

  public record Waiting(String name, String groupNames, String assignee, Instant due) {}

  public record Sheet(Supervision supervision, Premises premises, String districtName, String licenceTypeName,
      String triggerName, String kindName, String statusName, String remarkLevelName, String proposedName,
      String decidedName, String earlierName, String reconsiderationName, String courtOutcomeName,
      String appealStatus, List<Answer> findings, List<Answer> assessment,
      List<se.samverka.licensing.persistence.SupervisionRepository.Communication> communications,
      List<Waiting> waitingFor) {}

  private final Supervisions supervisions;
  private final Labels labels;
  private final HistoryService history;
  private final TaskService tasks;
  private final SystemContext system;

  SupervisionSheets(Supervisions supervisions, Labels labels, HistoryService history, TaskService tasks,
      SystemContext system) {
    this.supervisions = supervisions;
    this.labels = labels;
    this.history = history;
    this.tasks = tasks;
    this.system = system;
  }

  public Optional<Sheet> sheet(String id) {
    if (id == null || id.length() > 36) {
      return Optional.empty();
    }
    return supervisions.find(id).map(this::sheet);
  }

  private Sheet sheet(Supervision s) {
    Premises premises = supervisions.premises(s.premisesId());
    Map<String, Object> variables = variables(s.processInstanceId());
    return new Sheet(s, premises, premises.district() == null ? null : labels.label("district", premises.district()),
        licenceType(premises.licenceType()), Supervision.label(s.trigger()), Supervision.label(s.kind()),
        Supervision.label(s.status()), Supervision.label(s.remarkLevel()), Supervision.label(s.proposedSanction()),
        Supervision.label(s.decidedSanction()), Supervision.label(s.earlierSanction()),
        Supervision.label(s.reconsideration()), Supervision.label(s.courtOutcome()), appealStatus(s),
        answers(FINDINGS, variables), answers(ASSESSMENT, variables), supervisions.communications(s.id()),
        waiting(s.processInstanceId()));
  }

  private List<Answer> answers(List<String> keys, Map<String, Object> variables) {
    List<Answer> answers = new ArrayList<>();
    for (String key : keys) {
      Object value = variables.get(key);
      if (value != null && !value.toString().isBlank()) {
        answers.add(new Answer(labels.fieldName(key), labels.value(key, value)));
      }
    }
    return answers;
  }

  /** The findings as the process recorded them (latest value of each), read with system rights. */
  private Map<String, Object> variables(String processInstanceId) {
    Map<String, Object> values = new LinkedHashMap<>();
    if (processInstanceId == null) {
      return values;
    }
    List<String> wanted = new ArrayList<>(FINDINGS);
    wanted.addAll(ASSESSMENT);
    for (HistoricVariableInstance variable : system.call(() -> history.createHistoricVariableInstanceQuery()
        .processInstanceIdIn(processInstanceId).variableNameIn(wanted.toArray(String[]::new))
        .disableCustomObjectDeserialization().list())) {
      values.put(variable.getName(), variable.getValue());
    }
    return values;
  }

  private List<Waiting> waiting(String processInstanceId) {
    if (processInstanceId == null) {
      return List.of();
    }
    return system.call(() -> tasks.createTaskQuery().processInstanceId(processInstanceId).active()
        .orderByTaskCreateTime().asc().list().stream().map(t -> new Waiting(t.getName(),
            String.join(", ", tasks.getIdentityLinksForTask(t.getId()).stream()
                .filter(l -> IdentityLinkType.CANDIDATE.equals(l.getType()) && l.getGroupId() != null)
                .map(IdentityLink::getGroupId).map(labels::groupName).toList()),
            t.getAssignee(), t.getDueDate() == null ? null : t.getDueDate().toInstant())).toList());
  }

  private static String licenceType(String code) {
    return code == null ? null : switch (code) {
      case "stadigvarande" -> "Stadigvarande tillstånd";
      case "tillfalligt" -> "Tillfälligt tillstånd";
      default -> code;
    };
  }

  /** Where the appeal stands, in one sentence. */
  static String appealStatus(Supervision s) {
    if (s.decidedOn() == null) {
      return "Inget beslut ännu.";
    }
    if (s.courtOutcome() != null) {
      return "Förvaltningsrätten har avgjort överklagandet: " + Supervision.label(s.courtOutcome())
          + (s.courtRuledOn() != null ? " (" + s.courtRuledOn() + ")." : ".");
    }
    if (s.forwardedOn() != null) {
      return "Överklagandet är överlämnat till förvaltningsrätten " + s.forwardedOn() + ".";
    }
    if (s.appealDismissedOn() != null) {
      return "Överklagandet kom in för sent och avvisades " + s.appealDismissedOn() + ".";
    }
    if (s.appealReceivedOn() != null) {
      return "Överklagat " + s.appealReceivedOn() + (Boolean.FALSE.equals(s.appealInTime()) ? " (för sent)." : ".");
    }
    if ("laga-kraft".equals(s.status())) {
      return "Beslutet har fått laga kraft.";
    }
    if (s.appealUntil() != null) {
      return "Överklagandetiden löper till och med " + s.appealUntil() + ".";
    }
    return s.notifiedOn() == null ? "Beslutet är inte delgivet ännu." : "Beslutet är delgivet " + s.notifiedOn() + ".";
  }
}
