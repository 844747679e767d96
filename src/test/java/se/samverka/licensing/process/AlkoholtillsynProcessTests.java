package se.samverka.licensing.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
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
import static org.mockito.ArgumentMatchers.isNull;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static se.samverka.licensing.AlkoholtillsynProcess.*;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import se.samverka.licensing.LicensingSettings;
import se.samverka.licensing.Premises;
import se.samverka.licensing.SanctionHistory;
import se.samverka.licensing.SanctionHistory.EarlierSanction;
import se.samverka.licensing.Supervisions;
import se.samverka.security.Agencies;
import se.samverka.security.CurrentUser;
import se.samverka.workflow.InvalidFormInput;

/**
 * Every path of {@code alkoholtillsyn} with its real delegates and listeners (the supervision record is a mock) and
 * the real sanction table; the protocol, response, appeal and late-appeal deadlines fire by moving the engine clock.
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
  private static final SanctionHistory NO_SANCTIONS = new SanctionHistory("ingen", null, List.of());
  private static final String ALL_MATERIAL = "[\"protokoll\",\"brev\",\"yttrande-polis\",\"forslag\"]";

  private final Supervisions supervisions = mock(Supervisions.class);
  private final Agencies agencies = mock(Agencies.class);
  private final LicensingSettings settings = LicensingSettings.defaults();

  @BeforeEach
  void registerDelegates() {
    setToday(LocalDate.of(2026, 11, 27));
    when(supervisions.resolve("Krogen Kajen")).thenReturn(KAJEN);
    when(supervisions.premises("premises-1")).thenReturn(KAJEN);
    when(supervisions.open(anyString(), anyString(), anyString(), anyString(), any())).thenReturn("supervision-1");
    when(supervisions.earlierSanctions("supervision-1")).thenReturn(NO_SANCTIONS);
    when(supervisions.communicated(eq("supervision-1"), any(), any(), any(), any(), any())).thenReturn(1, 2, 3);
    Mocks.register("registerSupervisionDelegate", new RegisterSupervisionDelegate(supervisions, settings, agencies));
    Mocks.register("recordPlanDelegate", new RecordPlanDelegate(supervisions));
    Mocks.register("recordProtocolDelegate", new RecordProtocolDelegate(supervisions, settings));
    Mocks.register("recordProtocolSentDelegate", new RecordProtocolSentDelegate(supervisions, settings));
    Mocks.register("lookUpEarlierSanctionsDelegate", new LookUpEarlierSanctionsDelegate(supervisions, settings));
    Mocks.register("sanctionProposalListener", new SanctionProposalListener(supervisions));
    Mocks.register("recordCommunicationDelegate", new RecordCommunicationDelegate(supervisions, settings, agencies));
    Mocks.register("recordSupervisionDecisionDelegate", new RecordSupervisionDecisionDelegate(supervisions));
    Mocks.register("recordNotificationDelegate", new RecordNotificationDelegate(supervisions, settings));
    Mocks.register("recordFinalDelegate", new RecordFinalDelegate(supervisions, settings));
    Mocks.register("recordAppealDelegate", new RecordAppealDelegate(supervisions));
    Mocks.register("recordReconsiderationDelegate", new RecordReconsiderationDelegate(supervisions));
    Mocks.register("recordForwardingDelegate", new RecordForwardingDelegate(supervisions));
    Mocks.register("closeSupervisionListener", new CloseSupervisionListener(supervisions));
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

  private Object variable(ProcessInstance instance, String name) {
    return runtimeService().getVariable(instance.getId(), name);
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

  private void sendProtocolOn(ProcessInstance instance, String date) {
    complete(task(SEND_PROTOCOL, instance), withVariables(PROTOCOL_SENT_ON, date, LETTER_ATTACHED, true));
  }

  /** A serious protocol sent: the supervision case up to the proposal. */
  private ProcessInstance seriousCaseUntilProposal() {
    ProcessInstance instance = tip("yttre");
    plan(instance, "yttre", today.toString());
    protocol(instance, "allvarliga", today.toString());
    sendProtocol(instance, true);
    statements(instance);
    return instance;
  }

  private void statements(ProcessInstance instance) {
    assertThat(instance).isWaitingAt(OPEN_CASE);
    complete(task(OPEN_CASE, instance), withVariables("caseReference", "MIL-2026-123",
        "statementsRequestedFrom", "[\"polis\",\"raddningstjanst\"]"));
    assertThat(instance).isWaitingAt(POLICE_STATEMENT, OTHER_STATEMENTS);
    assertThat(task(POLICE_STATEMENT, instance)).hasCandidateGroup("polis");
    assertThat(task(OTHER_STATEMENTS, instance)).hasCandidateGroup(GROUP);
    complete(task(POLICE_STATEMENT, instance), withVariables("criminalActivityObserved", "nej",
        "policeRecommendation", "varning"));
    complete(task(OTHER_STATEMENTS, instance));
    assertThat(instance).hasPassed(LOOK_UP_SANCTIONS).isWaitingAt(PROPOSE_SANCTION);
  }

  private void propose(ProcessInstance instance, String seriousness, String suitability, boolean criminal) {
    assertThat(instance).isWaitingAt(PROPOSE_SANCTION);
    complete(task(PROPOSE_SANCTION, instance), withVariables(SERIOUSNESS, seriousness, SUITABILITY, suitability,
        CRIMINAL_ACTIVITY, criminal, LICENCE_UNUSED, false));
    assertThat(instance).hasPassed("SanctionDecisionTask").isWaitingAt(COMMUNICATE);
  }

  private void communicate(ProcessInstance instance, String on) {
    assertThat(instance).isWaitingAt(COMMUNICATE);
    complete(task(COMMUNICATE, instance), withVariables(COMMUNICATED_ON, on, DOCUMENTS_SENT, ALL_MATERIAL));
    assertThat(instance).isWaitingAt(AWAIT_RESPONSE);
  }

  private void respond(ProcessInstance instance, String on, boolean newMaterial) {
    complete(task(AWAIT_RESPONSE, instance), withVariables(RESPONSE_RECEIVED_ON, on, "responseSummary",
        "Tillståndshavaren har bytt serveringsansvarig", NEW_MATERIAL, newMaterial));
  }

  private void decide(ProcessInstance instance, String decision, String on) {
    assertThat(instance).isWaitingAt(COMMITTEE_DECISION);
    complete(task(COMMITTEE_DECISION, instance), withVariables(DECISION, decision, DECIDED_ON, on));
  }

  /** Decided and notified on {@code notifiedOn}: waiting for an appeal. */
  private ProcessInstance notifiedWarning(String notifiedOn) {
    ProcessInstance instance = seriousCaseUntilProposal();
    propose(instance, "allvarlig", "lamplig", false);
    communicate(instance, today.toString());
    respond(instance, today.toString(), false);
    decide(instance, "varning", today.toString());
    setToday(LocalDate.parse(notifiedOn));
    complete(task(NOTIFY, instance), withVariables(NOTIFIED_ON, notifiedOn));
    assertThat(instance).isWaitingAt(WATCH_APPEAL);
    return instance;
  }

  private void fire(String timer) {
    Job job = jobQuery().timers().activityId(timer).singleResult();
    ClockUtil.setCurrentTime(job.getDuedate());
    execute(job);
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
  void remarksFoundAgainAtTheReinspectionAreNoRepeatedBreachWithoutAnEarlierSanction() {
    ProcessInstance instance = runtimeService().startProcessInstanceByKey(KEY,
        withVariables(PREMISES_REF, "Krogen Kajen", TRIGGER, "samordnad"));
    assertThat(variable(instance, KIND)).isEqualTo("samordnad");
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
    sendProtocolOn(instance, "2026-12-20");

    // Found again, but the licence has no erinran or varning: an erinran, not a warning.
    setToday(LocalDate.of(2027, 1, 4));
    statements(instance);
    assertThat(variable(instance, EARLIER_SANCTION)).isEqualTo("ingen");
    propose(instance, "mindre", "lamplig", false);
    assertThat(variable(instance, PROPOSED_SANCTION)).isEqualTo("erinran");
    assertThat(variable(instance, PROPOSAL)).isNull();
    verify(supervisions).sanctionProposed("supervision-1", "erinran");
  }

  @Test
  void aMinorBreachAfterAnEarlierErinranIsWarnedAndTheWarningBecomesFinalAfterTheLateAppealWatch() {
    when(supervisions.earlierSanctions("supervision-1")).thenReturn(new SanctionHistory("erinran",
        LocalDate.of(2026, 3, 2), List.of(new EarlierSanction("erinran", LocalDate.of(2026, 3, 2)))));
    ProcessInstance instance = tip("yttre");
    plan(instance, "yttre", today.toString());
    protocol(instance, "allvarliga", today.toString());
    sendProtocol(instance, true);
    statements(instance);
    assertThat(variable(instance, EARLIER_SANCTION)).isEqualTo("erinran");
    assertThat(variable(instance, EARLIER_SANCTION_ON)).isEqualTo("2026-03-02");
    assertThat((String) variable(instance, EARLIER_SANCTIONS)).contains("Erinran 2026-03-02");
    propose(instance, "mindre", "lamplig", false);
    assertThat(variable(instance, PROPOSED_SANCTION)).isEqualTo("varning");
    assertThat((String) variable(instance, PROPOSAL_REASON)).contains("tidigare erinran eller varning");

    // The proposal is communicated with the rest of the material; the response time runs from then.
    communicate(instance, today.toString());
    assertThat(day(variable(instance, RESPONSE_DUE_AT))).isEqualTo(today.plusDays(14));
    assertThat(variable(instance, COMMUNICATION_ROUND)).isEqualTo(1);
    verify(supervisions).communicated("supervision-1", today, List.of("protokoll", "brev", "yttrande-polis", "forslag"),
        today.plusDays(14), null, null);
    respond(instance, "2026-12-08", false);
    setToday(LocalDate.of(2027, 1, 14));
    decide(instance, "varning", "2027-01-14");

    assertThat(instance).isWaitingAt(NOTIFY);
    setToday(LocalDate.of(2027, 1, 18));
    complete(task(NOTIFY, instance), withVariables(NOTIFIED_ON, "2027-01-18"));
    assertThat(instance).isWaitingAt(WATCH_APPEAL);
    assertThat(day(task().getDueDate())).isEqualTo("2027-02-08");

    Job window = jobQuery().timers().activityId(APPEAL_WINDOW_TIMER).singleResult();
    assertThat(day(window.getDuedate())).isEqualTo("2027-02-08");
    fire(APPEAL_WINDOW_TIMER);
    assertThat(instance).hasPassed("RecordFinalTask").isWaitingAt(WATCH_LATE_APPEAL);
    verify(supervisions).becameFinal("supervision-1");
    assertThat(day(task(WATCH_LATE_APPEAL, instance).getDueDate())).isEqualTo("2027-02-22");
    fire(LATE_APPEAL_WATCH_TIMER);
    assertThat(instance).isEnded().hasPassed("DecisionFinalEndEvent");
    verify(supervisions).decided("supervision-1", "varning", null, LocalDate.of(2027, 1, 14));
    verify(supervisions).notified("supervision-1", LocalDate.of(2027, 1, 18), LocalDate.of(2027, 2, 8));
    verify(supervisions).closed("supervision-1", "laga-kraft");
  }

  @Test
  void suitabilityIsAGroundOfItsOwnAndWithoutResponseTheCommitteeMayDeviateWithAReason() {
    ProcessInstance instance = runtimeService().createMessageCorrelation(MESSAGE_PLANNED)
        .setVariables(Map.of(PREMISES_ID, "premises-1", TRIGGER, "plan", KIND, "inre", PLANNED_DATE, "2027-02-01"))
        .correlateStartMessage();
    assertThat(instance).isWaitingAt(PLAN);
    assertThat(day(task().getDueDate())).isEqualTo("2027-02-01");
    plan(instance, "inre", "2027-02-01");
    setToday(LocalDate.of(2027, 2, 1));
    protocol(instance, "allvarliga", "2027-02-01");
    sendProtocol(instance, true);
    statements(instance);
    propose(instance, "inga", "olamplig", false);
    assertThat(variable(instance, PROPOSED_SANCTION)).isEqualTo("aterkallelse");
    assertThat((String) variable(instance, PROPOSAL_REASON)).contains("8 kap. 12 §");
    communicate(instance, "2027-02-01");

    fire(RESPONSE_OVERDUE_TIMER);
    assertThat(instance).isWaitingAt(COMMITTEE_DECISION);
    // Deviating without a reason is refused, and so is a decision before the communication; nothing moves.
    String decision = task(COMMITTEE_DECISION, instance).getId();
    setToday(LocalDate.of(2027, 2, 20));
    assertThatThrownBy(() -> taskService().complete(decision, withVariables(DECISION, "varning", DECIDED_ON,
        "2027-02-20"))).isInstanceOf(InvalidFormInput.class).hasMessageContaining("avviker från förslaget");
    assertThatThrownBy(() -> taskService().complete(decision, withVariables(DECISION, "aterkallelse", DECIDED_ON,
        "2027-01-31"))).isInstanceOf(InvalidFormInput.class).hasMessageContaining("före kommuniceringen");
    assertThat(instance).isWaitingAt(COMMITTEE_DECISION);
    complete(task(COMMITTEE_DECISION, instance), withVariables(DECISION, "ingen", DECIDED_ON, "2027-02-20",
        DEVIATION_REASON, "Skatteskulderna är betalda"));
    assertThat(instance).isEnded().hasPassed("NoSanctionEndEvent");
    verify(supervisions).decided(eq("supervision-1"), eq("ingen"), eq("Skatteskulderna är betalda"),
        eq(LocalDate.of(2027, 2, 20)));
  }

  @Test
  void newMaterialInTheResponseOrBeforeTheDecisionIsCommunicatedAgainWithTheProposalTriedAgain() {
    ProcessInstance instance = seriousCaseUntilProposal();
    propose(instance, "allvarlig", "lamplig", false);
    communicate(instance, today.toString());
    // The holder's response brings new facts: the proposal is tried again and everything communicated again.
    respond(instance, today.toString(), true);
    assertThat(instance).hasPassed("NewMaterialGateway").isWaitingAt(PROPOSE_SANCTION);
    propose(instance, "mindre", "lamplig", false);
    assertThat(variable(instance, PROPOSED_SANCTION)).isEqualTo("erinran");
    assertThat(variable(instance, NEW_MATERIAL)).isEqualTo(true);
    setToday(today.plusDays(2));
    communicate(instance, today.toString());
    assertThat(variable(instance, COMMUNICATION_ROUND)).isEqualTo(2);
    assertThat(variable(instance, NEW_MATERIAL)).isEqualTo(false);
    respond(instance, today.toString(), false);

    // A new police report comes in before the committee decides: communicated again first.
    complete(task(COMMITTEE_DECISION, instance), withVariables(NEW_MATERIAL, true));
    assertThat(instance).hasPassed("DecisionNewMaterialGateway").isWaitingAt(PROPOSE_SANCTION);
    verify(supervisions, never()).decided(anyString(), anyString(), any(), any());
    propose(instance, "mindre", "lamplig", false);
    communicate(instance, today.toString());
    assertThat(variable(instance, COMMUNICATION_ROUND)).isEqualTo(3);
    verify(supervisions, times(3)).earlierSanctions("supervision-1");
    respond(instance, today.toString(), false);
    decide(instance, "erinran", today.toString());
    assertThat(instance).isWaitingAt(NOTIFY);
  }

  @Test
  void theCommunicationMustSendTheProposalAndRecordsAnInterpreter() {
    ProcessInstance instance = seriousCaseUntilProposal();
    propose(instance, "allvarlig", "lamplig", false);
    String communicate = task(COMMUNICATE, instance).getId();
    assertThatThrownBy(() -> taskService().complete(communicate, withVariables(COMMUNICATED_ON, today.toString(),
        DOCUMENTS_SENT, "[\"protokoll\",\"brev\"]")))
        .isInstanceOf(InvalidFormInput.class).hasMessageContaining("förslaget");
    assertThat(instance).isWaitingAt(COMMUNICATE);
    complete(task(COMMUNICATE, instance), withVariables(COMMUNICATED_ON, today.toString(), DOCUMENTS_SENT,
        ALL_MATERIAL, INTERPRETER_NEEDED, true, INTERPRETER_LANGUAGE, "arabiska"));
    verify(supervisions).communicated(eq("supervision-1"), eq(today), any(), eq(today.plusDays(14)), eq("arabiska"),
        isNull());
  }

  @Test
  void anAppealInTimeIsReconsideredThenForwardedAndTheCourtRulesAndALateProtocolIsEscalated() {
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
    assertThatThrownBy(() -> taskService().complete(send,
            withVariables(PROTOCOL_SENT_ON, "2026-12-11", LETTER_ATTACHED, false)))
        .isInstanceOf(InvalidFormInput.class).hasMessageContaining("brev");
    sendProtocolOn(instance, "2026-12-11");
    verify(supervisions).protocolSent("supervision-1", LocalDate.of(2026, 12, 11), OUTCOME_CASE);
    setToday(LocalDate.of(2026, 12, 12));
    statements(instance);
    propose(instance, "allvarlig", "lamplig", true);
    assertThat(variable(instance, PROPOSED_SANCTION)).isEqualTo("aterkallelse");
    communicate(instance, "2026-12-12");
    respond(instance, "2026-12-20", false);
    setToday(LocalDate.of(2027, 1, 20));
    decide(instance, "aterkallelse", "2027-01-20");
    // The holder got the decision on 23 January: the three weeks count from then, not from the decision.
    setToday(LocalDate.of(2027, 1, 25));
    String notify = task(NOTIFY, instance).getId();
    assertThatThrownBy(() -> taskService().complete(notify, withVariables(NOTIFIED_ON, "2027-01-19")))
        .isInstanceOf(InvalidFormInput.class).hasMessageContaining("före beslutsdagen");
    complete(task(NOTIFY, instance), withVariables(NOTIFIED_ON, "2027-01-23"));
    assertThat(day(variable(instance, APPEAL_UNTIL))).isEqualTo("2027-02-15");

    setToday(LocalDate.of(2027, 2, 15));
    complete(task(WATCH_APPEAL, instance), withVariables(APPEAL_RECEIVED_ON, "2027-02-15"));
    assertThat(variable(instance, APPEAL_IN_TIME)).isEqualTo(true);
    verify(supervisions).appealed("supervision-1", LocalDate.of(2027, 2, 15), true);
    assertThat(instance).isWaitingAt(RECONSIDER);
    complete(task(RECONSIDER, instance), withVariables(RECONSIDERATION, "ingen-andring", RECONSIDERED_ON, "2027-02-15"));
    verify(supervisions).reconsidered("supervision-1", "ingen-andring", LocalDate.of(2027, 2, 15), null);
    assertThat(instance).isWaitingAt(FORWARD_TO_COURT);
    setToday(LocalDate.of(2027, 2, 16));
    complete(task(FORWARD_TO_COURT, instance), withVariables(FORWARDED_ON, "2027-02-16"));
    verify(supervisions).forwarded("supervision-1", LocalDate.of(2027, 2, 16));
    assertThat(instance).isWaitingAt(COURT_RULING);
    setToday(LocalDate.of(2027, 5, 3));
    complete(task(COURT_RULING, instance), withVariables(COURT_OUTCOME, "avslag", COURT_RULED_ON, "2027-04-28"));
    assertThat(instance).isEnded().hasPassed("AppealHandledEndEvent");
    verify(supervisions).courtRuled("supervision-1", "avslag", LocalDate.of(2027, 4, 28));
    verify(supervisions).closed("supervision-1", "overklagande-avgjort");
  }

  @Test
  void aDecisionChangedAsTheAppellantAskedEndsTheAppeal() {
    ProcessInstance instance = notifiedWarning("2026-11-30");
    complete(task(WATCH_APPEAL, instance), withVariables(APPEAL_RECEIVED_ON, "2026-11-30"));
    String reconsider = task(RECONSIDER, instance).getId();
    assertThatThrownBy(() -> taskService().complete(reconsider, withVariables(RECONSIDERATION, "andrat-som-begart",
        RECONSIDERED_ON, "2026-11-30", RECONSIDERED_DECISION, "varning")))
        .isInstanceOf(InvalidFormInput.class).hasMessageContaining("detsamma");
    complete(task(RECONSIDER, instance), withVariables(RECONSIDERATION, "andrat-som-begart",
        RECONSIDERED_ON, "2026-11-30", RECONSIDERED_DECISION, "erinran"));
    assertThat(instance).isEnded().hasPassed("AppealLapsedEndEvent");
    verify(supervisions).reconsidered("supervision-1", "andrat-som-begart", LocalDate.of(2026, 11, 30), "erinran");
    verify(supervisions).closed("supervision-1", "overklagande-forfallet");
  }

  @Test
  void aLateAppealIsDismissedByTheCommitteeItselfNotForwardedToTheCourt() {
    // Got the decision on Saturday 2 January 2027: three weeks end on Saturday 23 January, moved to Monday 25.
    setToday(LocalDate.of(2026, 12, 28));
    ProcessInstance instance = notifiedWarning("2027-01-02");
    assertThat(day(task(WATCH_APPEAL, instance).getDueDate())).isEqualTo("2027-01-25");
    fire(APPEAL_WINDOW_TIMER);
    assertThat(instance).isWaitingAt(WATCH_LATE_APPEAL);

    setToday(LocalDate.of(2027, 1, 27));
    complete(task(WATCH_LATE_APPEAL, instance), withVariables(APPEAL_RECEIVED_ON, "2027-01-26"));
    assertThat(variable(instance, APPEAL_IN_TIME)).isEqualTo(false);
    verify(supervisions).appealed("supervision-1", LocalDate.of(2027, 1, 26), false);
    assertThat(instance).isWaitingAt(DISMISS_LATE_APPEAL);
    assertThat(task(DISMISS_LATE_APPEAL, instance)).hasCandidateGroup(GROUP);
    complete(task(DISMISS_LATE_APPEAL, instance), withVariables(APPEAL_DISMISSED_ON, "2027-01-27"));
    assertThat(instance).isEnded().hasPassed("LateAppealDismissedEndEvent").hasNotPassed(FORWARD_TO_COURT);
    verify(supervisions).appealDismissed("supervision-1", LocalDate.of(2027, 1, 27));
    verify(supervisions).closed("supervision-1", "overklagande-avvisat");
  }

  @Test
  void anAppealThatCameInOnTheMovedLastDayIsInTime() {
    setToday(LocalDate.of(2026, 12, 28));
    ProcessInstance instance = notifiedWarning("2027-01-02");
    setToday(LocalDate.of(2027, 1, 25));
    complete(task(WATCH_APPEAL, instance), withVariables(APPEAL_RECEIVED_ON, "2027-01-25"));
    assertThat(instance).isWaitingAt(RECONSIDER);
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
  void thePoliceStartASupervisionWithTheirFindingsOnlyAndTheOfficerPlansIt() {
    when(agencies.current()).thenReturn(Optional.of(new CurrentUser("polis", List.of("polis"), "polis")));
    assertThatThrownBy(() -> runtimeService().startProcessInstanceByKey(KEY,
            withVariables(PREMISES_REF, "Krogen Kajen", TRIGGER, "tips", KIND, "yttre")))
        .isInstanceOf(InvalidFormInput.class).hasMessageContaining("Polisens iakttagelser");
    assertThatThrownBy(() -> runtimeService().startProcessInstanceByKey(KEY,
            withVariables(PREMISES_REF, "Krogen Kajen", TRIGGER, TRIGGER_POLICE, POLICE_REPORT, " ")))
        .isInstanceOf(InvalidFormInput.class).hasMessageContaining("Beskriv polisens iakttagelser");

    ProcessInstance instance = runtimeService().startProcessInstanceByKey(KEY, withVariables(PREMISES_REF,
        "Krogen Kajen", TRIGGER, TRIGGER_POLICE, POLICE_REPORT, "Servering till berusade gäster efter kl. 01"));
    verify(supervisions).open("premises-1", instance.getId(), "polis", "yttre", null);
    assertThat(instance).isWaitingAt(PLAN);
    assertThat(task()).hasCandidateGroup(GROUP);
  }

  @Test
  void refusesAnUnknownPremisesAndAPlannedDateInThePast() {
    when(supervisions.resolve("Okänd krog")).thenThrow(new InvalidFormInput("Inget serveringsställe i registret"));
    assertThatThrownBy(() -> runtimeService().startProcessInstanceByKey(KEY,
            withVariables(PREMISES_REF, "Okänd krog")))
        .isInstanceOf(InvalidFormInput.class);

    ProcessInstance instance = tip("yttre");
    assertThat(instance).isWaitingAt(PLAN);
    String planTask = task().getId();
    assertThatThrownBy(() -> taskService().complete(planTask,
            withVariables(KIND, "yttre", PLANNED_DATE, "2026-11-01")))
        .isInstanceOf(InvalidFormInput.class).hasMessageContaining("före i dag");
    assertThat(instance).isWaitingAt(PLAN);
  }
}
