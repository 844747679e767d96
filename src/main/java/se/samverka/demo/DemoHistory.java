package se.samverka.demo;

import static se.samverka.sspf.SspfArendeProcess.*;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.spin.plugin.variable.SpinValues;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import se.samverka.cases.BreachReason;
import se.samverka.cases.CaseService;
import se.samverka.cases.Deadlines;
import se.samverka.homevisit.OrosanmalanProcess;

/**
 * The demo's history: the months before today, so that the managers' dashboards and the follow-up report of the last
 * ended half-year have something to show on the first login. Reports of concern of the last three months (seven
 * decided within the 14 days, one extended for exceptional reasons, four breached last month and decided late) and
 * SSPF cases referred two to three months ago that went through consent, mapping, the parties' input, the network
 * meeting and the commitments to a closing follow-up (one ended when a guardian refused consent); the same again,
 * about other children, as seen from the last day of the last ended half-year (twelve reports and four SSPF cases).
 * Every step is taken as the demo user whose work it is, through the form service, with the engine clock moved to the
 * day of the step; a timer that falls due on the way is fired when it falls due, as the job executor would. Every
 * instance made here ends, so that the open work of the demo is exactly that of {@link DemoData}. Created in one
 * transaction before today's demo cases: if anything fails, no history is kept and the demo starts without it.
 */
@Component
@ConditionalOnProperty(name = "samverka.demo.data", havingValue = "true")
class DemoHistory {

  private static final Logger log = LoggerFactory.getLogger(DemoHistory.class);
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final ZoneId ZONE = ZoneId.systemDefault();

  /** A report of concern of the history: who reported whom, when, and how it went. */
  record Report(String reporter, String firstName, String lastName, int age, String description,
      LocalDate received, Route route, int days, String decision, String breachReason, String breachComment) {

    Report(String reporter, String firstName, String lastName, int age, String description, LocalDate received,
        Route route, int days, String decision) {
      this(reporter, firstName, lastName, age, description, received, route, days, decision, null, null);
    }
  }

  /**
   * How a report went: decided within the 14 days ({@code days} after receipt); extended for exceptional reasons and
   * then decided; breached and decided {@code days} after the deadline, with the manager's lex Sarah answer.
   */
  enum Route { IN_TIME, EXTENDED, BREACHED }

  /** An SSPF case of the history: the referral, the parties, and the days each step took. */
  private record Youth(String referrer, String firstName, String lastName, int age, String district,
      List<String> concerns, String description, int referredDaysAgo, List<String> parties, int assessDays,
      int consentDays, int mappingDays, List<Integer> inputDays, int meetingDays, List<Integer> commitmentDays,
      int followUpDays) {

    /** The case ends at the consent, refused by a guardian. */
    boolean refused() {
      return mappingDays == 0;
    }
  }

  private final DemoSteps steps;
  private final FormService formService;
  private final TaskService taskService;
  private final RuntimeService runtimeService;
  private final RepositoryService repositoryService;
  private final ManagementService managementService;
  private final Deadlines deadlines;
  private final TransactionTemplate transactions;

  DemoHistory(DemoSteps steps, FormService formService, TaskService taskService, RuntimeService runtimeService,
      RepositoryService repositoryService, ManagementService managementService, Deadlines deadlines,
      TransactionTemplate transactions) {
    this.steps = steps;
    this.formService = formService;
    this.taskService = taskService;
    this.runtimeService = runtimeService;
    this.repositoryService = repositoryService;
    this.managementService = managementService;
    this.deadlines = deadlines;
    this.transactions = transactions;
  }

  /** Makes the history before {@code today}; on failure logs why and keeps nothing of it. */
  void create(LocalDate today) {
    long started = System.nanoTime();
    int[] made = new int[2];
    try {
      transactions.executeWithoutResult(status -> {
        try {
          // The last ended half-year first (its follow-up report waits in the demo), then the last three months.
          LocalDate halfYearEnd = lastHalfYearEnd(today);
          for (Report report : earlierReports(halfYearEnd)) {
            report(report);
            made[0]++;
          }
          for (Youth youth : earlierYouths()) {
            sspf(halfYearEnd, youth);
            made[1]++;
          }
          for (Report report : reports(today)) {
            report(report);
            made[0]++;
          }
          for (Youth youth : youths()) {
            sspf(today, youth);
            made[1]++;
          }
        } finally {
          ClockUtil.reset();
        }
      });
      log.info("Demohistorik skapad på {} s: {} orosanmälningar och {} SSPF-ärenden under det senaste avslutade "
          + "halvåret och de senaste tre månaderna, alla avslutade",
          String.format(java.util.Locale.ROOT, "%.1f", (System.nanoTime() - started) / 1e9), made[0],
          made[1]);
    } catch (RuntimeException e) {
      log.warn("Demohistoriken kunde inte skapas och hoppas över (demodata för i dag skapas ändå)", e);
    }
  }

  /** The last day of the last half-year that ended before {@code today}: 30 June or 31 December. */
  static LocalDate lastHalfYearEnd(LocalDate today) {
    return today.getMonthValue() <= 6 ? LocalDate.of(today.getYear() - 1, 12, 31)
        : LocalDate.of(today.getYear(), 6, 30);
  }

  /**
   * The reports of concern of the last ended half-year: those of {@link #reports} as seen from its last day, about
   * other children (first names of their own).
   */
  static List<Report> earlierReports(LocalDate halfYearEnd) {
    String[] names = {"Maja", "Noah", "Alva", "Liam", "Freja", "Leo", "Selma", "Hjalmar", "Tyra", "Vincent", "Elsa",
        "Sixten"};
    List<Report> base = reports(halfYearEnd);
    List<Report> earlier = new ArrayList<>();
    for (int i = 0; i < base.size(); i++) {
      Report r = base.get(i);
      earlier.add(new Report(r.reporter(), names[i % names.length], r.lastName(), r.age(), r.description(),
          r.received(), r.route(), r.days(), r.decision(), r.breachReason(), r.breachComment()));
    }
    return earlier;
  }

  /** Four SSPF cases of the last ended half-year, closed before it ended: the first four of {@link #youths}. */
  static List<Youth> earlierYouths() {
    String[] names = {"Ture", "Ines", "Otto", "Lova"};
    List<Youth> earlier = new ArrayList<>();
    for (int i = 0; i < names.length; i++) {
      Youth y = youths().get(i);
      earlier.add(new Youth(y.referrer(), names[i], y.lastName(), y.age(), y.district(), y.concerns(),
          y.description(), y.referredDaysAgo(), y.parties(), y.assessDays(), y.consentDays(), y.mappingDays(),
          y.inputDays(), y.meetingDays(), y.commitmentDays(), y.followUpDays()));
    }
    return earlier;
  }

  // --- reports of concern

  /**
   * Twelve reports: seven decided in time over the last three months, one extended for exceptional reasons, and four
   * whose 14 days ran out last month (on its 1st, 6th, 11th and 16th, or a weekday or two later).
   */
  static List<Report> reports(LocalDate today) {
    LocalDate lastMonth = today.withDayOfMonth(1).minusMonths(1);
    List<Report> reports = new ArrayList<>();
    reports.add(new Report("skola", "Ella", "Demosson", 11, "Eleven har blåmärken på armarna och vill inte byta om "
        + "på idrotten.", workday(today.minusDays(88)), Route.IN_TIME, 6, OrosanmalanProcess.OPEN_INVESTIGATION));
    reports.add(new Report("polis", "Hugo", "Exempelsson", 15, "Påträffad berusad en fredagskväll; föräldrarna gick "
        + "inte att nå.", workday(today.minusDays(81)), Route.IN_TIME, 4, OrosanmalanProcess.NO_INVESTIGATION));
    reports.add(new Report("fritid", "Saga", "Provdotter", 13, "Har berättat för en ledare att det är bråk hemma "
        + "varje kväll.", workday(today.minusDays(72)), Route.IN_TIME, 9, OrosanmalanProcess.OPEN_INVESTIGATION));
    reports.add(new Report("skola", "William", "Testlund", 9, "Kommer ofta utan frukost och utan kläder efter "
        + "väder.", workday(today.minusDays(64)), Route.EXTENDED, 24, OrosanmalanProcess.OPEN_INVESTIGATION));
    reports.add(new Report("skola", "Alice", "Demoberg", 14, "Hög frånvaro och har slutat komma till "
        + "mentorssamtalen.", workday(today.minusDays(57)), Route.IN_TIME, 11, OrosanmalanProcess.NO_INVESTIGATION));
    reports.add(new Report("polis", "Lucas", "Provsson", 16, "Misstänkt för rån tillsammans med äldre kamrater.",
        workday(today.minusDays(45)), Route.IN_TIME, 3, OrosanmalanProcess.OPEN_INVESTIGATION));
    reports.add(new Report("fritid", "Olivia", "Exempeldotter", 12, "Vill inte gå hem när fritidsgården stänger.",
        workday(today.minusDays(36)), Route.IN_TIME, 7, OrosanmalanProcess.NO_INVESTIGATION));
    reports.add(new Report("skola", "Elias", "Testlind", 10, "Berättar att en vuxen hemma slår honom.",
        workday(today.minusDays(27)), Route.IN_TIME, 5, OrosanmalanProcess.OPEN_INVESTIGATION));
    // Breached: received 14 days before a deadline last month, decided some days after it.
    int[] dueDay = {1, 6, 11, 16};
    int[] late = {2, 3, 1, 4};
    String[][] breached = {
        {"skola", "Wilma", "Demodotter", "13", "Eleven har skadat sig själv och vill inte att föräldrarna får veta."},
        {"polis", "Oscar", "Exempelberg", "15", "Gripen för snatteri; hemmet stökigt vid hämtningen."},
        {"fritid", "Ebba", "Provlund", "12", "Har fått pengar och presenter av en okänd vuxen."},
        {"skola", "Adam", "Testdotter", "11", "Somnar på lektionerna och säger att han inte får sova hemma."}};
    for (int i = 0; i < breached.length; i++) {
      LocalDate received = workday(lastMonth.plusDays(dueDay[i] - 1L).minusDays(14));
      String[] reason = i < BREACH_REASONS.length ? BREACH_REASONS[i] : new String[2];
      reports.add(new Report(breached[i][0], breached[i][1], breached[i][2], Integer.parseInt(breached[i][3]),
          breached[i][4], received, Route.BREACHED, late[i],
          i % 2 == 0 ? OrosanmalanProcess.OPEN_INVESTIGATION : OrosanmalanProcess.NO_INVESTIGATION, reason[0],
          reason[1]));
    }
    return reports;
  }

  /** Why three of the four breached deadlines were breached, as social services recorded it (no personal data). */
  private static final String[][] BREACH_REASONS = {
      {BreachReason.VANTAR_ANNAN.name(), "Väntade på skolans uppgifter om frånvaron."},
      {BreachReason.HOG_BELASTNING.name(), "Två handläggare sjukskrivna samma vecka."},
      {BreachReason.EJ_NAADD.name(), "Familjen svarade inte på kallelser eller telefon under två veckor."}};

  private void report(Report report) {
    Timeline time = new Timeline(report.received().atTime(9, 0));
    String instance = steps.as(report.reporter(), () -> {
      Map<String, Object> form = new HashMap<>();
      form.put("pd_grund_fornamn", report.firstName());
      form.put("pd_grund_efternamn", report.lastName());
      form.put("pd_grund_fodelsedatum", birthDate(report.received(), report.age(), report.lastName()).toString());
      form.put(DISTRICT, "strangnas");
      form.put(OrosanmalanProcess.REPORTER_AGENCY, report.reporter());
      // The school and the police must report; the leisure association reports of its own accord.
      form.put(OrosanmalanProcess.REPORTER_MANDATORY, !"fritid".equals(report.reporter()));
      form.put(OrosanmalanProcess.VIOLENCE_INVOLVED, false);
      form.put("pd_grund_beskrivning", report.description());
      return start(OrosanmalanProcess.KEY, form);
    });
    time.of(instance);
    // The protection assessment within two hours.
    time.at(report.received(), 11);
    steps.complete(instance, OrosanmalanProcess.PROTECTION_ASSESSMENT, "socialtjanst", Map.of(
        OrosanmalanProcess.IMMEDIATE_PROTECTION, "nej", OrosanmalanProcess.GUARDIANS_MAY_BE_CONTACTED, "ja",
        OrosanmalanProcess.SUSPECTED_CRIME, "nej", OrosanmalanProcess.INVESTIGATION_AT_ONCE, "nej",
        "pd_socialtjanst_skyddsbedomning", "Inget akut skyddsbehov (demo)."));
    LocalDate decided;
    switch (report.route()) {
      case IN_TIME -> decided = decideInTime(instance, report, time);
      case EXTENDED -> {
        // Nine days in, the police need to hear the child first: the decision is extended by two weeks.
        LocalDate newDate = report.received().plusDays(28);
        time.at(workday(report.received().plusDays(9)), 10);
        steps.complete(instance, OrosanmalanProcess.PRELIMINARY_ASSESSMENT, "socialtjanst", Map.of(
            OrosanmalanProcess.EXTEND_DECISION, true, OrosanmalanProcess.EXTENSION_REASON, "polisforhor",
            "pd_socialtjanst_synnerliga_skal", "Polisen behöver höra barnet innan familjen kontaktas (demo).",
            OrosanmalanProcess.NEW_DECISION_DATE, newDate.toString()));
        decided = decideInTime(instance, report, time);
      }
      case BREACHED -> {
        LocalDate due = report.received().plusDays(14);
        // The deadline runs out at midnight: the timer records the breach and offers the manager lex Sarah.
        time.at(due.plusDays(1), 8);
        decided = workday(due.plusDays(report.days()));
        time.at(decided, 13);
        steps.complete(instance, OrosanmalanProcess.EXCEPTIONAL_REASONS, "socialtjanst",
            lateDecision(report.decision()));
        if (report.breachReason() != null) {
          String caseId = (String) runtimeService.getVariable(instance, OrosanmalanProcess.CASE_ID);
          String deadlineId = deadlines.ofCase(caseId).stream()
              .filter(d -> d.kind().equals(OrosanmalanProcess.DECISION_DEADLINE)).findFirst().orElseThrow().id();
          steps.as("socialtjanst", () -> deadlines.recordBreachReason(caseId, deadlineId, report.breachReason(),
              report.breachComment()));
        }
        time.at(decided, 15);
        // The manager reports the breach under lex Sarah when it came of the workload or of no recorded reason, and
        // says why not otherwise.
        steps.complete(instance, OrosanmalanProcess.LEX_SARAH, "chef", report.breachReason() == null
            || report.breachReason().equals(BreachReason.HOG_BELASTNING.name())
            ? Map.of(OrosanmalanProcess.LEX_SARAH_OUTCOME, OrosanmalanProcess.LEX_SARAH_REPORT)
            : Map.of(OrosanmalanProcess.LEX_SARAH_OUTCOME, OrosanmalanProcess.LEX_SARAH_NO_REPORT,
                "pd_socialtjanst_lex_sarah", "Förseningen har utretts; bevakningen av fristen är ändrad (demo)."));
      }
      default -> throw new IllegalStateException(report.route().name());
    }
    if (OrosanmalanProcess.OPEN_INVESTIGATION.equals(report.decision())) {
      time.at(workday(decided.plusDays(1)), 10);
      steps.complete(instance, OrosanmalanProcess.HAND_OVER_INVESTIGATION, "socialtjanst", Map.of(
          "investigationReference", "Dnr SOC " + decided.getYear() + "/demo", "handedOverDate",
          today().toString()));
    }
    if (!"fritid".equals(report.reporter())) {
      time.at(workday(decided.plusDays(2)), 11);
      steps.complete(instance, OrosanmalanProcess.GIVE_FEEDBACK, "socialtjanst", Map.of("feedbackType",
          OrosanmalanProcess.OPEN_INVESTIGATION.equals(report.decision()) ? "utredning-inleds" : "inleds-inte",
          "feedbackDate", today().toString()));
    }
    time.end();
  }

  private static Map<String, Object> decision(String decision) {
    Map<String, Object> form = new HashMap<>();
    form.put("contactsMade", json(List.of("barnet", "vardnadshavare")));
    form.put(OrosanmalanProcess.CHILD_HEARD, true);
    form.put("pd_socialtjanst_barnets_syn", "Barnet har fått berätta med egna ord (demo).");
    form.put(OrosanmalanProcess.DECISION, decision);
    form.put("pd_socialtjanst_forhandsbedomning", OrosanmalanProcess.OPEN_INVESTIGATION.equals(decision)
        ? "Utredning behövs (demo)." : "Familjen har redan stöd; ingen utredning (demo).");
    return form;
  }

  private static Map<String, Object> lateDecision(String decision) {
    Map<String, Object> form = new HashMap<>();
    form.put(OrosanmalanProcess.LATE_OUTCOME, OrosanmalanProcess.LATE_DECISION_NOW);
    form.put(OrosanmalanProcess.CHILD_HEARD, true);
    form.put("pd_socialtjanst_barnets_syn", "Barnet har fått berätta med egna ord (demo).");
    form.put(OrosanmalanProcess.DECISION, decision);
    form.put("pd_socialtjanst_forhandsbedomning", OrosanmalanProcess.OPEN_INVESTIGATION.equals(decision)
        ? "Utredning behövs (demo)." : "Familjen har redan stöd; ingen utredning (demo).");
    return form;
  }

  // --- SSPF cases

  /**
   * Seven referrals of two to three months ago: six went the whole way to a closing follow-up, one ended when a
   * guardian refused consent. Waiting for the consent and for the parties' input takes the longest before the plan
   * (two consents and three parties' input past their reminder).
   */
  static List<Youth> youths() {
    return List.of(
        new Youth("skola", "Leia", "Demosson", 14, "strangnas", List.of("skolfranvaro", "kamrater"),
            "Hög frånvaro sedan terminsstarten (demo).", 85, List.of("skola", "socialtjanst", "fritid"),
            2, 12, 5, List.of(4, 6, 9), 6, List.of(21, 26, 30), 4),
        new Youth("polis", "Viggo", "Exempelsson", 15, "mariefred", List.of("droger", "riskmiljo"),
            "Påträffad i en miljö där narkotika säljs (demo).", 92, List.of("polis", "socialtjanst", "skola"),
            1, 18, 4, List.of(3, 5, 6), 7, List.of(18, 24, 28), 5),
        new Youth("socialtjanst", "Stella", "Provsdotter", 14, "stallarholmen", List.of("brott", "aggressivitet"),
            "Bråk på fritidsgården och misstänkt snatteri (demo).", 80, PARTIES,
            3, 9, 6, List.of(5, 7, 11, 6), 5, List.of(20, 27, 31, 25), 3),
        new Youth("fritid", "Melvin", "Testberg", 16, "akers-styckebruk", List.of("fritid", "skolfranvaro"),
            "Har slutat komma till föreningen (demo).", 95, List.of("fritid", "socialtjanst"),
            2, 15, 5, List.of(6, 8), 6, List.of(22, 29), 6),
        new Youth("skola", "Nova", "Demoberg", 13, "strangnas", List.of("skolfranvaro"),
            "Kommer sent och går tidigt (demo).", 75, List.of("skola", "socialtjanst"),
            1, 11, 4, List.of(5, 10), 8, List.of(19, 26), 4),
        new Youth("polis", "Milo", "Exempellund", 15, "mariefred", List.of("brott", "kamrater"),
            "Misstänkt för skadegörelse med äldre kamrater (demo).", 100, List.of("polis", "skola", "socialtjanst"),
            2, 20, 6, List.of(4, 9, 5), 6, List.of(24, 28, 21), 5),
        // One guardian does not agree: closed at the consent (no mapping: refused).
        new Youth("skola", "Iris", "Provberg", 14, "strangnas", List.of("kamrater"),
            "Nya äldre kamrater och sena kvällar (demo).", 40, List.of("skola", "socialtjanst"),
            2, 10, 0, List.of(), 0, List.of(), 0));
  }

  private void sspf(LocalDate today, Youth youth) {
    LocalDate referred = workday(today.minusDays(youth.referredDaysAgo()));
    Timeline time = new Timeline(referred.atTime(9, 30));
    String instance = steps.as(youth.referrer(), () -> {
      Map<String, Object> form = new HashMap<>();
      form.put("pd_grund_fornamn", youth.firstName());
      form.put("pd_grund_efternamn", youth.lastName());
      form.put("pd_grund_fodelsedatum", birthDate(referred, youth.age(), youth.lastName()).toString());
      form.put(DISTRICT, youth.district());
      form.put(REFERRER_AGENCY, youth.referrer());
      form.put(GUARDIANS_AGREED, YES);
      form.put(REFERRAL_CONSENT_DATE, referred.minusDays(5).toString());
      form.put(REFERRAL_CONSENT_REFERENCE, "Dnr " + youth.referrer().toUpperCase() + " " + referred.getYear()
          + "/demo");
      form.put(REFERRAL_GUARDIANS_WITH_CUSTODY, "2");
      form.put(REFERRAL_CONSENT_BY, json(List.of(SIGNED_BY_GUARDIAN_1, SIGNED_BY_GUARDIAN_2, SIGNED_BY_YOUTH)));
      form.put(CONCERN_CATEGORIES, json(youth.concerns()));
      form.put("pd_grund_beskrivning", youth.description());
      form.put(ACUTE_RISK, false);
      return start(KEY, form);
    });
    time.of(instance);
    LocalDate day = referred.plusDays(youth.assessDays());
    time.at(workday(day), 10);
    steps.complete(instance, ASSESS_REFERRAL, "samordnare", Map.of("riskLevel", "medel",
        "partiesNeeded", json(youth.parties()), ASSESSMENT_DECISION, DECISION_CONTINUE,
        CONSENT_OBTAINED_BY, OBTAINED_BY_COORDINATOR, "pd_plan_bedomning", "Behov av samordnade insatser (demo)."));
    day = day.plusDays(youth.consentDays());
    time.at(workday(day), 11);
    if (youth.refused()) {
      String signed = today().toString();
      steps.complete(instance, OBTAIN_CONSENT, "samordnare", Map.of(GUARDIANS_WITH_CUSTODY, "2",
          GUARDIAN_1_CONSENT, YES, GUARDIAN_1_CONSENT_DATE, signed, GUARDIAN_2_CONSENT, NO,
          YOUTH_CONSENT, YES, YOUTH_CONSENT_DATE, signed,
          "pd_plan_samtycke", "Den ena vårdnadshavaren vill inte att uppgifter delas (demo)."));
      time.end();
      return;
    }
    consent(instance, youth.parties());
    day = day.plusDays(youth.mappingDays());
    time.at(workday(day), 13);
    steps.complete(instance, MAPPING_TALK, "samordnare", Map.of("mappingTalkDate", today().toString(),
        "pd_plan_kartlaggning", "Familjen vill ha stöd (demo).",
        "pd_plan_child_view", "Vill klara skolan och ha något att göra på kvällarna (demo)."));
    LocalDate mapped = day;
    List<LocalDate> inputs = new ArrayList<>();
    for (int i = 0; i < youth.parties().size(); i++) {
      inputs.add(workday(mapped.plusDays(youth.inputDays().get(i))));
    }
    for (int i : order(inputs)) {
      String party = youth.parties().get(i);
      time.at(inputs.get(i), 9 + i);
      steps.complete(instance, PARTY_INPUT, party, Map.of("pd_" + party + "_underlag",
          "Underlag från " + party + " (demo)."));
    }
    day = mapped.plusDays(youth.inputDays().stream().mapToInt(Integer::intValue).max().orElse(0))
        .plusDays(youth.meetingDays());
    time.at(workday(day), 10);
    Map<String, Object> plan = new HashMap<>(Map.of("meetingDate", today().toString(),
        "participants", json(youth.parties()), "pd_plan_mal", "Regelbunden skolgång och en meningsfull fritid (demo).",
        COMMITMENT_PARTIES, json(youth.parties()), "guardiansInformed", true));
    for (String party : youth.parties()) {
      plan.put(commitmentResponsible(party), RESPONSIBLE.get(party));
      plan.put(commitmentDue(party), today().plusWeeks(5).toString());
      plan.put("pd_plan_atagande_" + party, COMMITMENT.get(party));
    }
    steps.complete(instance, NETWORK_MEETING, "samordnare", plan);
    LocalDate met = day;
    List<LocalDate> reported = new ArrayList<>();
    for (int i = 0; i < youth.parties().size(); i++) {
      reported.add(workday(met.plusDays(youth.commitmentDays().get(i))));
    }
    for (int i : order(reported)) {
      String party = youth.parties().get(i);
      time.at(reported.get(i), 10 + i);
      steps.complete(instance, CARRY_OUT_COMMITMENT, party, Map.of(COMMITMENT_STATUS, i == 1 ? "delvis" : "genomfort",
          "pd_plan_atagande_rapport", "Åtagandet är genomfört enligt planen (demo)."));
    }
    day = met.plusDays(youth.commitmentDays().stream().mapToInt(Integer::intValue).max().orElse(0))
        .plusDays(youth.followUpDays());
    time.at(workday(day), 14);
    steps.complete(instance, FOLLOW_UP_MEETING, "samordnare", Map.of("meetingDate", today().toString(),
        "goalStatus", "uppnadda", FOLLOW_UP_DECISION, "avsluta", CLOSURE_REASON, "mal-uppnadda",
        "pd_plan_uppfoljning", "Målen är nådda; ärendet avslutas (demo)."));
    time.end();
  }

  private static final Map<String, String> RESPONSIBLE = Map.of("skola", "Mentor", "socialtjanst",
      "Socialsekreterare", "polis", "Områdespolis", "fritid", "Fritidsledare");
  private static final Map<String, String> COMMITMENT = Map.of("skola", "Mentorssamtal varje vecka (demo).",
      "socialtjanst", "Stödsamtal med familjen (demo).", "polis", "Samtal om risker och konsekvenser (demo).",
      "fritid", "Plats i en grupp på fritidsgården (demo).");

  private void consent(String instance, List<String> parties) {
    String signed = today().toString();
    Map<String, Object> form = new HashMap<>(Map.of(GUARDIANS_WITH_CUSTODY, "2", GUARDIAN_1_CONSENT, YES,
        GUARDIAN_1_CONSENT_DATE, signed, GUARDIAN_2_CONSENT, YES, GUARDIAN_2_CONSENT_DATE, signed,
        YOUTH_CONSENT, YES, YOUTH_CONSENT_DATE, signed, CONSENT_DOCUMENT_REFERENCE, "Dnr SSPF " + signed + "/demo"));
    List<String> named = new ArrayList<>(List.of("sspf"));
    parties.forEach(p -> named.add(p.equals("skola") ? "skola:paulinska" : p.equals("polis") ? "polis:lpo-strangnas" : p));
    form.putAll(Map.of(CONSENT_PARTIES, json(named), CONSENT_CATEGORIES, json(CaseService.CATEGORIES),
        CONSENT_VALID_TO, today().plusMonths(12).toString()));
    steps.complete(instance, OBTAIN_CONSENT, "samordnare", form);
  }

  // --- the clock

  /**
   * One instance's time: moves forward only, and fires each of the instance's timers when it falls due on the way, as
   * the job executor would; a reminder a timer gives the coordinator is answered an hour later.
   */
  private final class Timeline {

    private LocalDateTime now;
    private String instance;

    Timeline(LocalDateTime start) {
      now = start;
      ClockUtil.setCurrentTime(date(now));
    }

    void of(String instanceId) {
      instance = instanceId;
    }

    /** To this day and hour (or half an hour on, if that has passed), with the timers due until then. */
    void at(LocalDate day, int hour) {
      LocalDateTime target = day.atTime(hour, 0);
      if (!target.isAfter(now)) {
        target = now.plusMinutes(30);
      }
      while (true) {
        List<Job> due = managementService.createJobQuery().processInstanceId(instance).timers()
            .duedateLowerThan(date(target)).orderByJobDuedate().asc().listPage(0, 1);
        if (due.isEmpty()) {
          break;
        }
        LocalDateTime fires = LocalDateTime.ofInstant(due.get(0).getDuedate().toInstant(), ZONE).plusSeconds(1);
        now = fires.isAfter(now) ? fires : now;
        ClockUtil.setCurrentTime(date(now));
        managementService.executeJob(due.get(0).getId());
        answerReminders(target);
      }
      now = target;
      ClockUtil.setCurrentTime(date(now));
    }

    private void answerReminders(LocalDateTime target) {
      for (String reminder : List.of(REMIND_CONSENT, REMIND_MISSING_INPUT)) {
        while (taskService.createTaskQuery().processInstanceId(instance).taskDefinitionKey(reminder).count() > 0) {
          LocalDateTime answer = now.plusHours(1);
          now = answer.isBefore(target) ? answer : now;
          ClockUtil.setCurrentTime(date(now));
          steps.complete(instance, reminder, "samordnare", Map.of("reminderAction", "paminnelse",
              "pd_plan_paminnelse", "Påmint per telefon (demo)."));
        }
      }
    }

    /** The instance has ended: nothing of it may wait. */
    void end() {
      if (runtimeService.createProcessInstanceQuery().processInstanceId(instance).count() > 0) {
        throw new IllegalStateException("Ett historiskt demoärende avslutades inte: " + instance);
      }
    }
  }

  // --- helpers

  private String start(String processKey, Map<String, Object> form) {
    String definitionId = repositoryService.createProcessDefinitionQuery().processDefinitionKey(processKey)
        .latestVersion().singleResult().getId();
    return formService.submitStartForm(definitionId, form).getId();
  }

  /** The indices of the days in the order they come. */
  private static List<Integer> order(List<LocalDate> days) {
    List<Integer> indices = new ArrayList<>();
    for (int i = 0; i < days.size(); i++) {
      indices.add(i);
    }
    indices.sort(java.util.Comparator.comparing(days::get));
    return indices;
  }

  /** The day itself on a weekday, else the Monday after. */
  static LocalDate workday(LocalDate day) {
    return day.getDayOfWeek() == DayOfWeek.SATURDAY ? day.plusDays(2)
        : day.getDayOfWeek() == DayOfWeek.SUNDAY ? day.plusDays(1) : day;
  }

  /** A birth date that gives this age on the day, varied by the name so that nobody shares it. */
  private static LocalDate birthDate(LocalDate on, int age, String name) {
    return on.minusYears(age).minusDays(30 + Math.floorMod(name.hashCode(), 300));
  }

  private static LocalDate today() {
    return se.samverka.workflow.EngineClock.today();
  }

  private static Date date(LocalDateTime at) {
    return Date.from(at.atZone(ZONE).toInstant());
  }

  /** A checklist value as Tasklist submits it: a JSON array. */
  private static Object json(List<String> values) {
    return SpinValues.jsonValue(JSON.valueToTree(values).toString()).create();
  }

  /** Social services decide on the report within its 14 days (the day the report's route gives): answers the day. */
  private LocalDate decideInTime(String instance, Report report, Timeline time) {
    LocalDate decided = workday(report.received().plusDays(report.days()));
    time.at(decided, 14);
    steps.complete(instance, OrosanmalanProcess.PRELIMINARY_ASSESSMENT, "socialtjanst", decision(report.decision()));
    return decided;
  }
}
