package se.samverka.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.util.AopTestUtils;
import org.springframework.test.util.ReflectionTestUtils;
import org.springframework.transaction.support.TransactionTemplate;
import se.samverka.cases.CaseModel.CaseRecord;
import se.samverka.cases.CaseModel.ConsentInput;
import se.samverka.cases.CaseModel.PersonInput;
import se.samverka.cases.CaseService.CasePage;
import se.samverka.cases.CaseService.VisibleCase;
import se.samverka.cases.LegacyCaseList.Verdict;
import se.samverka.cases.persistence.CaseRepository;
import se.samverka.security.Agencies;
import se.samverka.security.CurrentUser;
import se.samverka.support.Http;
import se.samverka.support.PostgresIntegrationTest;

/**
 * The case list's read model against the access rule, which stays the one source of truth: cases in every state the
 * rule knows (owned by an agency or a unit, consents naming agencies or units, with and without {@code grund}, naming
 * the owner or not, expiring, withdrawn; disclosures on consent that stand or lapse, on other grounds, from the owner
 * or another party, to the owner; consultations without identity, with their disclosure, and after a person is
 * attached), and readers of every agency with and without units, on days before, during and after the consents. For
 * each, the list read from SQL must be exactly the rule's verdict over every case in the store: the same cases, the
 * same persons shown, newest first, and the same search hits.
 */
@PostgresIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CaseListAccessRuleIntegrationTests {

  /** Readers: their Camunda groups, from which the agency and units follow as in a request. */
  static final Map<String, List<String>> READERS = new LinkedHashMap<>();

  static {
    READERS.put("skola (hela)", List.of("skola"));
    READERS.put("skola Paulinska", List.of("skola", "enhetSkolaPaulinska"));
    READERS.put("skola Finninge", List.of("skola", "enhetSkolaFinninge"));
    READERS.put("skola två enheter", List.of("skola", "enhetSkolaPaulinska", "enhetSkolaFinninge"));
    READERS.put("polis (hela)", List.of("polis"));
    READERS.put("polis LPO", List.of("polis", "enhetPolisStrangnas"));
    READERS.put("socialtjanst", List.of("socialtjanst"));
    READERS.put("socialjour", List.of("socialjour"));
    READERS.put("sspf", List.of("samordnare"));
    READERS.put("fritid", List.of("fritid"));
    READERS.put("miljo", List.of("alkoholhandlaggare"));
    READERS.put("kommun", List.of("chef"));
    READERS.put("ingen myndighet", List.of("okandgrupp"));
  }

  /** Days relative to the day the cases are built: before, on, within and after the consents. */
  static final int[] DAYS = {-1, 0, 4, 5, 6, 29, 30, 31, 400};

  @Autowired CaseService cases;
  @Autowired CaseRepository repository;
  @Autowired CaseListReadModel model;
  @Autowired IdentityService identity;
  @Autowired Agencies agencies;
  @Autowired JdbcClient jdbc;
  @Autowired TransactionTemplate transactions;
  @Autowired Http http;

  LegacyCaseList rule;
  LocalDate built;
  final Map<String, String> named = new LinkedHashMap<>();
  final java.util.Set<String> mine = new java.util.HashSet<>();
  int persons;

  @BeforeAll
  void buildCasesInEveryStateTheRuleKnows() {
    rule = new LegacyCaseList(repository, jdbc);
    built = LocalDate.now(ZoneId.systemDefault());
    LocalDate in5 = built.plusDays(5);
    LocalDate in30 = built.plusDays(30);
    List<String> grund = List.of("grund");

    String own = open("egen", "skola", List.of());
    String unit = open("enhetens", "skola", List.of("enhetSkolaPaulinska"));
    String unitConsent = open("enhetssamtycke", "skola", List.of("enhetSkolaPaulinska"));
    consent(unitConsent, List.of("skola:finninge", "sspf"), grund, in5);
    String agencyConsent = open("samtyckt", "skola", List.of());
    consent(agencyConsent, List.of("sspf", "polis:lpo-strangnas"), List.of("grund", "skola"), in5);
    String noIdentity = open("utanidentitet", "skola", List.of());
    consent(noIdentity, List.of("sspf"), List.of("skola"), in30);
    String withdrawn = open("aterkallat", "skola", List.of());
    consent(withdrawn, List.of("socialtjanst"), grund, in30);
    cases.withdrawConsentFromProcess(withdrawn, "test");
    String disclosedIdentity = open("rojd", "socialtjanst", List.of());
    cases.recordDisclosure(disclosedIdentity, "socialtjanst", "polis", "grund", "osl-10-18a", "Polisen behöver",
        "test");
    String disclosedOther = open("rojdannat", "socialtjanst", List.of());
    cases.recordDisclosure(disclosedOther, "socialtjanst", "polis", "socialtjanst", "osl-10-28", "Uppgiftsskyldighet",
        "test");
    String onConsent = open("pasamtycke", "skola", List.of());
    consent(onConsent, List.of("skola", "sspf", "fritid"), List.of("grund", "plan"), in5);
    cases.recordDisclosure(onConsent, "skola", "fritid", "grund", "samtycke", "Med samtycke", "test");
    consent(onConsent, List.of("fritid"), grund, in30);
    String lapsed = open("forfallet", "skola", List.of());
    cases.recordDisclosure(lapsed, "skola", "polis", "grund", "samtycke", "Utan samtycke", "test");
    String consultation = consultation("sspf");
    cases.recordConsultation(consultation, "sspf", "socialtjanst", "Konsultation", "test");
    String identified = consultation("sspf");
    cases.recordConsultation(identified, "sspf", "socialtjanst", "Konsultation", "test");
    as(List.of("samordnare"), () -> {
      cases.attachPerson(identified, person("identifierad"), "test");
      return null;
    });
    String fromOtherParty = open("franannan", "polis", List.of());
    cases.recordDisclosure(fromOtherParty, "fritid", "socialtjanst", "fritid", "osl-10-28", "Från fritid", "test");
    String samePerson = cases.openCaseForSamePerson(own, "sspf-arende", "socialtjanst", "test");
    mine.add(samePerson);
    String policeUnit = open("polisenhet", "polis", List.of("enhetPolisStrangnas"));
    consent(policeUnit, List.of("polis"), List.of("skola"), in5);
    String ownerByUnit = open("agarenhet", "skola", List.of());
    consent(ownerByUnit, List.of("sspf", "skola:paulinska"), grund, in30);
    String notNamingOwner = open("ejagare", "skola", List.of());
    consent(notNamingOwner, List.of("sspf"), grund, in30);
    String toOwner = open("tillagaren", "skola", List.of("enhetSkolaPaulinska"));
    cases.recordDisclosure(toOwner, "fritid", "skola", "fritid", "osl-10-28", "Till skolan", "test");
    String consultationConsent = consultation("skola");
    consent(consultationConsent, List.of("polis"), grund, in30);
    // Case numbers (as a process would link them), two without a number.
    int n = 0;
    for (String id : List.of(own, unit, unitConsent, agencyConsent, noIdentity, withdrawn, disclosedIdentity,
        disclosedOther, onConsent, lapsed, consultation, identified, fromOtherParty, policeUnit, ownerByUnit,
        notNamingOwner, toOwner)) {
      n++;
      String number = (n % 2 == 0 ? "rgl" : "RGL") + "-2026-" + String.format(Locale.ROOT, "%04d", n);
      transactions.executeWithoutResult(s -> {
        jdbc.sql("update sv_case set case_number = ? where id = ?").params(number, id).update();
        model.refresh(id);
      });
    }
    assertThat(samePerson).isNotNull();
  }

  String open(String lastName, String owner, List<String> groups) {
    String id = as(groups, () -> cases.openCase("sspf-arende", person(lastName), "mariefred", null, owner, "test"));
    mine.add(id);
    return id;
  }

  String consultation(String owner) {
    String id = cases.openConsultation("sspf-arende", 14, "mariefred", null, owner, "test");
    mine.add(id);
    return id;
  }

  PersonInput person(String lastName) {
    persons++;
    String first = List.of("Åsa", "Örjan", "Ella", "Nils").get(persons % 4);
    String last = "Regel" + lastName.substring(0, 1).toUpperCase(Locale.ROOT) + lastName.substring(1);
    named.put(lastName, first + " " + last);
    return new PersonInput(null, first, last, LocalDate.of(2012, 3, 1 + persons % 27));
  }

  void consent(String caseId, List<String> parties, List<String> categories, LocalDate validTo) {
    cases.recordConsent(caseId, new ConsentInput(true, true, true, parties, categories, validTo), "test");
  }

  <T> T as(List<String> groups, Supplier<T> call) {
    if (groups.isEmpty()) {
      return call.get();
    }
    identity.setAuthentication("regeltest", groups);
    try {
      return call.get();
    } finally {
      identity.clearAuthentication();
    }
  }

  <T> T on(LocalDate day, Supplier<T> call) {
    ClockUtil.setCurrentTime(Date.from(day.atTime(12, 0).atZone(ZoneId.systemDefault()).toInstant()));
    try {
      return call.get();
    } finally {
      ClockUtil.reset();
    }
  }

  /** The whole list, page after page, as the read model answers it. */
  List<VisibleCase> listed(List<String> groups, String number, String name) {
    return as(groups, () -> {
      List<VisibleCase> all = new ArrayList<>();
      for (int page = 0; ; page++) {
        CasePage found = cases.visibleCases(number, name, page, 100);
        all.addAll(found.items());
        if (!found.hasNext()) {
          return all;
        }
      }
    });
  }

  final Map<String, List<Verdict>> verdicts = new java.util.HashMap<>();
  final Map<String, String> personNames = new java.util.HashMap<>();
  List<CaseRecord> all;

  /** What the rule says, case by case, over every case in the store (read once per reader and day). */
  List<Verdict> expected(List<String> groups, LocalDate day, String number, String name) {
    CurrentUser user = as(groups, agencies::requireCurrent);
    if (user.agency() == null) {
      return List.of();
    }
    if (all == null) {
      all = rule.allCasesNewestFirst();
    }
    List<Verdict> visible = verdicts.computeIfAbsent(groups + "@" + day, k -> rule.verdicts(all, user, day).stream()
        .filter(Verdict::seesCase).toList());
    String upper = number == null ? null : number.toUpperCase(Locale.ROOT);
    String lower = name == null ? null : name.toLowerCase(Locale.ROOT);
    List<Verdict> found = new ArrayList<>();
    for (Verdict v : visible) {
      CaseRecord record = v.record();
      boolean byNumber = upper != null && record.caseNumber() != null
          && record.caseNumber().toUpperCase(Locale.ROOT).startsWith(upper);
      boolean byName = lower != null && v.seesPerson() && personName(record).toLowerCase(Locale.ROOT).contains(lower);
      if ((upper != null || lower != null) && !byNumber && !byName) {
        continue;
      }
      found.add(v);
    }
    return found;
  }

  String personName(CaseRecord record) {
    return personNames.computeIfAbsent(record.personId(), id -> {
      var p = repository.findPerson(id).orElseThrow();
      return p.firstName() + " " + p.lastName();
    });
  }

  static List<String> lines(List<VisibleCase> listed) {
    return listed.stream().map(c -> c.record().id() + (c.person() == null ? " utan person" : " med " + c.person().id()))
        .toList();
  }

  static List<String> verdictLines(List<Verdict> verdicts) {
    return verdicts.stream().map(v -> v.record().id() + (v.seesPerson() ? " med " + v.record().personId()
        : " utan person")).toList();
  }

  void assertSame(String reader, LocalDate day, String number, String name) {
    List<String> groups = READERS.get(reader);
    List<String> got = on(day, () -> lines(listed(groups, number, name)));
    List<String> want = verdictLines(expected(groups, day, number, name));
    assertThat(got).as("%s on %s, number %s, name %s", reader, day, number, name).containsExactlyElementsOf(want);
  }

  @Test
  void everyReaderOnEveryDayListsExactlyTheCasesAndPersonsTheRuleLetsItSeeNewestFirst() {
    for (String reader : READERS.keySet()) {
      for (int day : DAYS) {
        assertSame(reader, built.plusDays(day), null, null);
      }
    }
  }

  @Test
  void aNumberSearchMatchesThePrefixInAnyCaseAmongTheVisibleCasesOnly() {
    for (String reader : READERS.keySet()) {
      for (String number : List.of("RGL", "rgl-2026", "RGL-2026-00", "Rgl-2026-0007", "RGL-2026-0017", "XYZ")) {
        for (int day : new int[] {0, 6, 31}) {
          assertSame(reader, built.plusDays(day), number, null);
        }
      }
    }
  }

  @Test
  void aNameSearchMatchesOnlyWhereTheRuleShowsThePerson() {
    for (String reader : READERS.keySet()) {
      for (String name : List.of("regel", "ÅSA", "örjan regelr", "RegelUtanidentitet", "regelejagare",
          "regelrojdannat", "Ella", "x y")) {
        for (int day : new int[] {0, 6, 31}) {
          assertSame(reader, built.plusDays(day), null, name);
        }
      }
      // A query that is both a number and a name: either may match.
      assertSame(reader, built, "Regel", "Regel");
    }
  }

  @Test
  void aNameSearchNeverFindsACaseWhoseYoungPersonTheReaderMayNotSee() {
    // The police see these two cases but not whom they are about; SSPF sees the consent's case without the person.
    assertThat(listed(READERS.get("polis (hela)"), null, "Regelrojdannat")).isEmpty();
    assertThat(listed(READERS.get("polis (hela)"), null, null)).extracting(c -> c.person() == null ? "" :
        c.person().lastName()).doesNotContain("RegelRojdannat");
    assertThat(listed(READERS.get("sspf"), null, "RegelEjagare")).isEmpty();
    assertThat(listed(READERS.get("sspf"), null, "RegelUtanidentitet")).isEmpty();
    // Others do not see them at all.
    assertThat(listed(READERS.get("fritid"), null, "Regel")).extracting(c -> c.person() == null ? ""
        : c.person().lastName()).containsOnly("RegelPasamtycke");
    assertThat(listed(READERS.get("miljo"), null, null)).noneMatch(c -> mine.contains(c.record().id()));
    assertThat(listed(READERS.get("kommun"), null, null)).noneMatch(c -> mine.contains(c.record().id()));
    assertThat(listed(READERS.get("ingen myndighet"), null, null)).isEmpty();
  }

  @Test
  void overHttpAnotherAgencyNeitherListsNorFindsByNameWhatItMayNotSee() {
    String hidden = named.get("rojdannat");
    var polis = http.get("polis", "/api/cases?size=100&q=" + URLEncoder.encode(hidden, StandardCharsets.UTF_8));
    assertThat(polis.status()).isEqualTo(200);
    assertThat(polis.json().path("total").asInt()).isZero();
    assertThat(polis.json().path("items")).isEmpty();
    var polisAll = http.get("polis", "/api/cases?size=100");
    assertThat(polisAll.json().path("items").findValuesAsText("personName")).doesNotContain(hidden);
    var fritid = http.get("fritid", "/api/cases?size=100&q=" + URLEncoder.encode("Regel", StandardCharsets.UTF_8));
    assertThat(fritid.json().path("items").findValuesAsText("personName")).allMatch(n -> n.endsWith("RegelPasamtycke"));
    var kommun = http.get("chef", "/api/cases?size=100&q=Regel");
    assertThat(kommun.json().path("total").asInt()).isZero();
    assertThat(kommun.json().path("items")).isEmpty();
  }

  @Test
  void theReadModelKeptInStepEqualsAFullRebuildAndAMissingCaseIsFilledAtStart() {
    List<String> before = rows();
    assertThat(model.rebuild()).isPositive();
    assertThat(rows()).containsExactlyElementsOf(before);
    String someCase = jdbc.sql("select case_id from sv_case_visibility order by case_id limit 1").query(String.class)
        .single();
    jdbc.sql("delete from sv_case_visibility where case_id = ?").param(someCase).update();
    assertThat(model.needsFill()).isTrue();
    model.fillWhenIncomplete();
    assertThat(model.needsFill()).isFalse();
    assertThat(rows()).containsExactlyElementsOf(before);
  }

  @Test
  void theAdministratorAloneRebuildsTheReadModel() {
    assertThat(http.post("skola", "/api/admin/cases/rebuild", Map.of()).status()).isEqualTo(403);
    var rebuilt = http.post("admin", "/api/admin/cases/rebuild", Map.of());
    assertThat(rebuilt.status()).isEqualTo(200);
    assertThat(rebuilt.json().path("cases").asInt()).isPositive();
  }

  @Test
  void theCountStopsAtTheCapAndSaysItIsALowerBound() {
    Object target = AopTestUtils.getTargetObject(cases);
    int shipped = cases.caseCountCap();
    ReflectionTestUtils.setField(target, "countCap", 2);
    try {
      CasePage page = as(READERS.get("skola (hela)"), () -> cases.visibleCases(null, null, 0, 1));
      assertThat(page.total()).isEqualTo(2);
      assertThat(page.totalIsLowerBound()).isTrue();
      assertThat(page.hasNext()).isTrue();
      assertThat(page.items()).hasSize(1);
    } finally {
      ReflectionTestUtils.setField(target, "countCap", shipped);
    }
    CasePage exact = as(READERS.get("fritid"), () -> cases.visibleCases(null, "RegelPasamtycke", 0, 25));
    assertThat(exact.total()).isEqualTo(1);
    assertThat(exact.totalIsLowerBound()).isFalse();
    assertThat(exact.hasNext()).isFalse();
  }

  @Test
  void eachNameShownInTheListIsLoggedAsARead() {
    long before = logged("LASTE_LISTA");
    List<VisibleCase> shown = as(List.of("fritid"), () -> cases.visibleCases(null, null, 0, 100).items());
    long withName = shown.stream().filter(c -> c.person() != null).count();
    assertThat(withName).isPositive();
    assertThat(logged("LASTE_LISTA") - before).isEqualTo(withName);
  }

  long logged(String action) {
    return jdbc.sql("select count(*) from access_log where action = ?").param(action).query(Long.class).single();
  }

  List<String> rows() {
    return jdbc.sql("select case_id, agency, unit, sees_person, valid_from, valid_until, opened_at, number_key,"
        + " person_id from sv_case_visibility").query((rs, i) -> {
          StringBuilder line = new StringBuilder();
          for (int c = 1; c <= 9; c++) {
            line.append(rs.getString(c)).append('|');
          }
          return line.toString();
        }).list().stream().sorted().toList();
  }
}
