package se.samverka.licensing.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.jobQuery;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static se.samverka.licensing.AlkoholtillsynProcess.*;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import java.util.Map;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import se.samverka.licensing.LicensingSettings;
import se.samverka.licensing.Premises;
import se.samverka.licensing.Supervisions;
import se.samverka.workflow.InvalidFormInput;

/**
 * Every path of {@code alkoholtillsyn} with its real delegates and listeners (the supervision record is a mock) and
 * the real sanction table; the protocol, response and appeal deadlines fire by moving the engine clock.
 */
@Deployment(resources = {"bpmn/licensing/alkoholtillsyn.bpmn", "bpmn/licensing/sanktion.dmn"})
class AlkoholtillsynProcessTests {

  @RegisterExtension
  static ProcessEngineCoverageExtension extension = (ProcessEngineCoverageExtension) ProcessEngineCoverageExtension
      .builder("process-tests.cfg.xml").assertClassCoverageAtLeast(1.0).build();

  private static final ZoneId ZONE = ZoneId.systemDefault();
  private static final Premises KAJEN = new Premises("premises-1", "Krogen Kajen", "Hamngatan 1", "Centrum",
      "Kajen AB", "556677-8899", "stadigvarande", "allmanheten", "11:00-01:00", true, "ej", 2, true, false, true, false,
      false);

  private final Supervisions supervisions = mock(Supervisions.class);
  private final LicensingSettings settings = LicensingSettings.defaults();

  @BeforeEach
  void registerDelegates() {
    setToday(LocalDate.of(2026, 11, 27));
    when(supervisions.resolve("Krogen Kajen")).thenReturn(KAJEN);
    when(supervisions.premises("premises-1")).thenReturn(KAJEN);
    when(supervisions.open(anyString(), anyString(), anyString(), anyString(), any())).thenReturn("supervision-1");
    Mocks.register("registerSupervisionDelegate", new RegisterSupervisionDelegate(supervisions, settings));
    Mocks.register("recordPlanDelegate", new RecordPlanDelegate(supervisions));
    Mocks.register("recordProtocolDelegate", new RecordProtocolDelegate(supervisions, settings));
    Mocks.register("recordProtocolSentDelegate", new RecordProtocolSentDelegate(supervisions, settings));
    Mocks.register("setResponseDeadlineDelegate", new SetResponseDeadlineDelegate(settings));
    Mocks.register("sanctionProposalListener", new SanctionProposalListener(supervisions));
    Mocks.register("recordSupervisionDecisionDelegate", new RecordSupervisionDecisionDelegate(supervisions));
    Mocks.register("recordNotificationDelegate", new RecordNotificationDelegate(supervisions, settings));
    Mocks.register("closeSupervisionListener", new CloseSupervisionListener(supervisions));
    Mocks.register("recordAppealDelegate", new RecordAppealDelegate(supervisions));
  }

  @AfterEach
  void reset() {
    ClockUtil.reset();
    Mocks.reset();
  }

  private LocalDate today;

  private void setToday(LocalDate day) {
    today = day;
    ClockUtil.setCurrentTime(Date.from(day.atTime(10, 0).atZone(ZONE).toInstant()));
  }

  private static LocalDate day(Object date) {
    return ((Date) date).toInstant().atZone(ZONE).toLocalDate();
  }

  private ProcessInstance tip(String kind) {
    return runtimeService().startProcessInstanceByKey(KEY,
        withVariables(PREMISES_REF, "Krogen Kajen", TRIGGER, "tips", KIND, kind));
  }

  private void plan(ProcessInstance instance, String kind, String date) {
    assertThat(instance).isWaitingAt(PLAN);
    assertThat(task()).hasCandidateGroup(GROUP);
    complete(task(), withVariables(KIND, kind, PLANNED_DATE, date));
  }

  private void protocol(ProcessInstance instance, String level, String inspectedOn) {
    assertThat(instance).isWaitingAt(INSPECT);
    complete(task(INSPECT, instance), withVariables(INSPECTED_ON, inspectedOn, REMARK_LEVEL, level,
        "responsiblePresent", "ja", "servingHoursKept", "ja", "protocolRemarks", "Uteserveringen var inte avgränsad"));
  }

  private void sendProtocol(ProcessInstance instance, boolean letter) {
    assertThat(instance).isWaitingAt(SEND_PROTOCOL);
    complete(task(SEND_PROTOCOL, instance), withVariables(PROTOCOL_SENT_ON, today.toString(), LETTER_ATTACHED, letter));
  }

  private void supervisionCaseUntilProposal(ProcessInstance instance) {
    assertThat(instance).isWaitingAt(OPEN_CASE);
    complete(task(OPEN_CASE, instance), withVariables("caseReference", "MIL-2026-123",
        "statementsRequestedFrom", "[\"polis\",\"raddningstjanst\"]"));
    assertThat(instance).isWaitingAt(POLICE_STATEMENT, OTHER_STATEMENTS);
    assertThat(task(POLICE_STATEMENT, instance)).hasCandidateGroup("polis");
    assertThat(task(OTHER_STATEMENTS, instance)).hasCandidateGroup(GROUP);
    complete(task(POLICE_STATEMENT, instance), withVariables("criminalActivityObserved", "nej",
        "policeRecommendation", "varning"));
    complete(task(OTHER_STATEMENTS, instance));
    assertThat(instance).isWaitingAt(COMMUNICATE);
    complete(task(COMMUNICATE, instance), withVariables(COMMUNICATED_ON, today.toString()));
    assertThat(day(runtimeService().getVariable(instance.getId(), RESPONSE_DUE_AT))).isEqualTo(today.plusDays(14));
    assertThat(instance).isWaitingAt(AWAIT_RESPONSE);
  }

  @Test
  void tipWithoutRemarksEndsWhenTheProtocolIsSent() {
    ProcessInstance instance = tip("yttre");
    assertThat(instance).hasPassed("RegisterSupervisionTask");
    assertThat(task()).hasDueDate(Date.from(LocalDate.of(2026, 12, 4).plusDays(1).atStartOfDay(ZONE)
        .minusSeconds(1).toInstant()));
    plan(instance, "yttre", "2026-12-04");
    assertThat(instance).isWaitingAt(INSPECT);
    assertThat(day(task().getDueDate())).isEqualTo("2026-12-04");

    setToday(LocalDate.of(2026, 12, 4));
    protocol(instance, "inga", "2026-12-04");
    // 10 working days after Friday 4 December: Friday 18 December.
    assertThat(day(task().getDueDate())).isEqualTo("2026-12-18");
    assertThat(task()).hasCandidateGroup(GROUP);
    sendProtocol(instance, false);

    assertThat(instance).isEnded().hasPassed("NoRemarksEndEvent");
    verify(supervisions).planned("supervision-1", "yttre", LocalDate.of(2026, 12, 4));
    verify(supervisions).inspected("supervision-1", LocalDate.of(2026, 12, 4), "inga", LocalDate.of(2026, 12, 18));
    verify(supervisions).protocolSent("supervision-1", LocalDate.of(2026, 12, 4), OUTCOME_NO_REMARKS);
    verify(supervisions).closed("supervision-1", "utan-anmarkning");
  }

  @Test
  void coordinatedSupervisionWithRepeatedMinorRemarksEndsInAWarningThatBecomesFinal() {
    ProcessInstance instance = runtimeService().startProcessInstanceByKey(KEY,
        withVariables(PREMISES_REF, "Krogen Kajen", TRIGGER, "samordnad"));
    assertThat(runtimeService().getVariable(instance.getId(), KIND)).isEqualTo("samordnad");
    plan(instance, "samordnad", "2026-12-05");

    assertThat(instance).isWaitingAt(CONFIRM_POLICE, CONFIRM_RESCUE, CONTACT_OTHERS);
    assertThat(task(CONFIRM_POLICE, instance)).hasCandidateGroup("polis");
    assertThat(task(CONFIRM_RESCUE, instance)).hasCandidateGroup("raddningstjanst");
    assertThat(task(CONTACT_OTHERS, instance)).hasCandidateGroup(GROUP);
    complete(task(CONFIRM_POLICE, instance), withVariables("policeParticipates", "ja", "policeOfficers", 2));
    complete(task(CONFIRM_RESCUE, instance), withVariables("rescueParticipates", "ja", "rescueInspectors", 1));
    complete(task(CONTACT_OTHERS, instance), withVariables("taxAgencyParticipates", "ja",
        "environmentParticipates", "nej"));

    setToday(LocalDate.of(2026, 12, 5));
    protocol(instance, "mindre", "2026-12-05");
    assertThat(instance).isWaitingAt(POLICE_FINDINGS, RESCUE_FINDINGS);
    complete(task(POLICE_FINDINGS, instance), withVariables("policeOrder", "brister", "policeDrugSigns", "nej"));
    complete(task(RESCUE_FINDINGS, instance), withVariables("fireSafetyOk", "ja"));
    sendProtocol(instance, true);

    // Minor remarks: a re-inspection within a month, by the alcohol unit alone.
    assertThat(instance).isWaitingAt(INSPECT);
    assertThat(day(task().getDueDate())).isEqualTo("2027-01-05");
    setToday(LocalDate.of(2026, 12, 20));
    protocol(instance, "mindre", "2026-12-19");
    assertThat(instance).isWaitingAt(SEND_PROTOCOL);
    sendProtocolOn(instance, "2026-12-20");

    supervisionCaseUntilProposalAfter(instance);
    complete(task(AWAIT_RESPONSE, instance), withVariables("responseReceivedOn", "2027-01-08"));
    assertThat(instance).isWaitingAt(PROPOSE_SANCTION);
    assertThat(runtimeService().getVariable(instance.getId(), REPEATED_REMARK)).isEqualTo(true);
    complete(task(PROPOSE_SANCTION, instance), withVariables(SERIOUSNESS, "mindre", REPEATED_REMARK, true,
        CRIMINAL_ACTIVITY, false, LICENCE_UNUSED, false));

    assertThat(instance).hasPassed("SanctionDecisionTask").isWaitingAt(COMMITTEE_DECISION);
    assertThat(runtimeService().getVariable(instance.getId(), PROPOSED_SANCTION)).isEqualTo("varning");
    assertThat((String) runtimeService().getVariable(instance.getId(), PROPOSAL_REASON)).contains("Upprepad");
    assertThat(runtimeService().getVariable(instance.getId(), PROPOSAL)).isNull();
    setToday(LocalDate.of(2027, 1, 14));
    complete(task(COMMITTEE_DECISION, instance), withVariables(DECISION, "varning", DECIDED_ON, "2027-01-14"));

    assertThat(instance).isWaitingAt(NOTIFY);
    setToday(LocalDate.of(2027, 1, 18));
    complete(task(NOTIFY, instance), withVariables(NOTIFIED_ON, "2027-01-18"));
    assertThat(instance).isWaitingAt(WATCH_APPEAL);
    assertThat(day(task().getDueDate())).isEqualTo("2027-02-08");

    Job window = jobQuery().timers().activityId(APPEAL_WINDOW_TIMER).singleResult();
    assertThat(day(window.getDuedate())).isEqualTo("2027-02-08");
    ClockUtil.setCurrentTime(window.getDuedate());
    execute(window);
    assertThat(instance).isEnded().hasPassed("DecisionFinalEndEvent");
    verify(supervisions).sanctionProposed("supervision-1", "varning");
    verify(supervisions).decided("supervision-1", "varning", null, LocalDate.of(2027, 1, 14));
    verify(supervisions).notified("supervision-1", LocalDate.of(2027, 1, 18), LocalDate.of(2027, 2, 8));
    verify(supervisions).closed("supervision-1", "laga-kraft");
  }

  private void sendProtocolOn(ProcessInstance instance, String date) {
    complete(task(SEND_PROTOCOL, instance), withVariables(PROTOCOL_SENT_ON, date, LETTER_ATTACHED, true));
  }

  private void supervisionCaseUntilProposalAfter(ProcessInstance instance) {
    setToday(LocalDate.of(2027, 1, 4));
    assertThat(instance).isWaitingAt(OPEN_CASE);
    complete(task(OPEN_CASE, instance), withVariables("caseReference", "MIL-2027-1",
        "statementsRequestedFrom", "[\"polis\"]"));
    assertThat(day(task(POLICE_STATEMENT, instance).getDueDate())).isEqualTo("2027-01-03");
    complete(task(POLICE_STATEMENT, instance), withVariables("criminalActivityObserved", "nej"));
    complete(task(OTHER_STATEMENTS, instance));
    complete(task(COMMUNICATE, instance), withVariables(COMMUNICATED_ON, "2027-01-04"));
    assertThat(instance).isWaitingAt(AWAIT_RESPONSE);
  }

  @Test
  void plannedVisitWithSeriousRemarksAndNoResponseEndsWithoutSanctionWhenTheCommitteeDeviates() {
    ProcessInstance instance = runtimeService().createMessageCorrelation(MESSAGE_PLANNED)
        .setVariables(Map.of(PREMISES_ID, "premises-1", TRIGGER, "plan", KIND, "yttre", PLANNED_DATE, "2027-02-01"))
        .correlateStartMessage();
    assertThat(instance).isWaitingAt(PLAN);
    assertThat(day(task().getDueDate())).isEqualTo("2027-02-01");
    plan(instance, "yttre", "2027-02-01");
    setToday(LocalDate.of(2027, 2, 1));
    protocol(instance, "allvarliga", "2027-02-01");
    sendProtocol(instance, true);
    assertThat(runtimeService().getVariable(instance.getId(), REPEATED_REMARK)).isEqualTo(false);

    supervisionCaseUntilProposal(instance);
    Job response = jobQuery().timers().activityId(RESPONSE_OVERDUE_TIMER).singleResult();
    ClockUtil.setCurrentTime(response.getDuedate());
    execute(response);
    assertThat(instance).isWaitingAt(PROPOSE_SANCTION);
    complete(task(PROPOSE_SANCTION, instance), withVariables(SERIOUSNESS, "allvarlig", REPEATED_REMARK, false,
        CRIMINAL_ACTIVITY, false, LICENCE_UNUSED, false));
    assertThat(runtimeService().getVariable(instance.getId(), PROPOSED_SANCTION)).isEqualTo("varning");

    // Deviating without a reason is refused, and nothing moves.
    String decision = task(COMMITTEE_DECISION, instance).getId();
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> taskService().complete(decision,
            withVariables(DECISION, "ingen", DECIDED_ON, "2027-02-15")))
        .isInstanceOf(InvalidFormInput.class).hasMessageContaining("avviker från förslaget");
    assertThat(instance).isWaitingAt(COMMITTEE_DECISION);
    complete(task(COMMITTEE_DECISION, instance), withVariables(DECISION, "ingen", DECIDED_ON, "2027-02-15",
        DEVIATION_REASON, "Bristerna är åtgärdade och styrkta med nya rutiner"));
    assertThat(instance).isEnded().hasPassed("NoSanctionEndEvent");
    verify(supervisions).decided(eq("supervision-1"), eq("ingen"), eq("Bristerna är åtgärdade och styrkta med nya rutiner"),
        eq(LocalDate.of(2027, 2, 15)));
  }

  @Test
  void appealedRevocationIsHandedToTheCourtAndALateProtocolIsEscalated() {
    ProcessInstance instance = tip("yttre");
    plan(instance, "yttre", "2026-11-28");
    setToday(LocalDate.of(2026, 11, 28));
    protocol(instance, "allvarliga", "2026-11-28");

    // The protocol is late: the manager is told, and the inspector keeps the task.
    Job late = jobQuery().timers().activityId(PROTOCOL_OVERDUE_TIMER).singleResult();
    assertThat(day(late.getDuedate())).isEqualTo("2026-12-11");
    ClockUtil.setCurrentTime(new Date(late.getDuedate().getTime() + 1000));
    execute(late);
    assertThat(instance).isWaitingAt(SEND_PROTOCOL, ESCALATE_PROTOCOL);
    assertThat(task(ESCALATE_PROTOCOL, instance)).hasCandidateGroup("chef");
    complete(task(ESCALATE_PROTOCOL, instance), withVariables("escalationNoted", true));
    assertThat(instance).hasPassed("ProtocolEscalatedEndEvent").isWaitingAt(SEND_PROTOCOL);

    // A protocol with remarks needs the letter.
    String send = task(SEND_PROTOCOL, instance).getId();
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> taskService().complete(send,
            withVariables(PROTOCOL_SENT_ON, "2026-12-11", LETTER_ATTACHED, false)))
        .isInstanceOf(InvalidFormInput.class).hasMessageContaining("brev");
    sendProtocolOn(instance, "2026-12-11");
    verify(supervisions).protocolSent("supervision-1", LocalDate.of(2026, 12, 11), OUTCOME_CASE);
    setToday(LocalDate.of(2026, 12, 12));
    complete(task(OPEN_CASE, instance), withVariables("caseReference", "MIL-2026-9"));
    complete(task(POLICE_STATEMENT, instance), withVariables("criminalActivityObserved", "ja"));
    complete(task(OTHER_STATEMENTS, instance));
    complete(task(COMMUNICATE, instance), withVariables(COMMUNICATED_ON, "2026-12-12"));
    complete(task(AWAIT_RESPONSE, instance), withVariables("responseReceivedOn", "2026-12-20"));
    complete(task(PROPOSE_SANCTION, instance), withVariables(SERIOUSNESS, "allvarlig", REPEATED_REMARK, false,
        CRIMINAL_ACTIVITY, true, LICENCE_UNUSED, false));
    assertThat(runtimeService().getVariable(instance.getId(), PROPOSED_SANCTION)).isEqualTo("aterkallelse");
    setToday(LocalDate.of(2027, 1, 20));
    complete(task(COMMITTEE_DECISION, instance), withVariables(DECISION, "aterkallelse", DECIDED_ON, "2027-01-20"));
    complete(task(NOTIFY, instance), withVariables(NOTIFIED_ON, "2027-01-20"));

    assertThat(instance).isWaitingAt(WATCH_APPEAL);
    setToday(LocalDate.of(2027, 2, 3));
    complete(task(WATCH_APPEAL, instance), withVariables(APPEAL_RECEIVED_ON, "2027-02-03"));
    verify(supervisions).appealed("supervision-1");
    assertThat(instance).isWaitingAt(HANDLE_APPEAL);
    complete(task(HANDLE_APPEAL, instance), withVariables("forwardedToCourtOn", "2027-02-04", "courtOutcome", "avslag"));
    assertThat(instance).isEnded().hasPassed("AppealHandledEndEvent");
    verify(supervisions).courtRuled("supervision-1", "avslag");
    verify(supervisions).closed("supervision-1", "overklagande-avgjort");
  }

  @Test
  void reinspectionWithoutRemarksEndsTheSupervision() {
    ProcessInstance instance = tip("samordnad");
    plan(instance, "samordnad", "2026-11-27");
    complete(task(CONFIRM_POLICE, instance), withVariables("policeParticipates", "nej"));
    complete(task(CONFIRM_RESCUE, instance), withVariables("rescueParticipates", "ja"));
    complete(task(CONTACT_OTHERS, instance), withVariables("taxAgencyParticipates", "nej",
        "environmentParticipates", "nej"));
    protocol(instance, "mindre", "2026-11-27");
    complete(task(POLICE_FINDINGS, instance));
    complete(task(RESCUE_FINDINGS, instance));
    sendProtocol(instance, true);
    assertThat(instance).isWaitingAt(INSPECT);
    setToday(LocalDate.of(2026, 12, 15));
    protocol(instance, "inga", "2026-12-15");
    sendProtocol(instance, false);
    assertThat(instance).isEnded().hasPassed("NoRemarksEndEvent");
  }

  @Test
  void refusesAnUnknownPremisesAndAPlannedDateInThePast() {
    when(supervisions.resolve("Okänd krog")).thenThrow(new InvalidFormInput("Inget serveringsställe i registret"));
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> runtimeService().startProcessInstanceByKey(KEY,
            withVariables(PREMISES_REF, "Okänd krog")))
        .isInstanceOf(InvalidFormInput.class);

    ProcessInstance instance = tip("yttre");
    assertThat(instance).isWaitingAt(PLAN);
    String planTask = task().getId();
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> taskService().complete(planTask,
            withVariables(KIND, "yttre", PLANNED_DATE, "2026-11-01")))
        .isInstanceOf(InvalidFormInput.class).hasMessageContaining("före i dag");
    assertThat(instance).isWaitingAt(PLAN);
  }
}
