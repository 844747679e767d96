package se.samverka.cases;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.samverka.cases.CaseModel.CaseEvent;
import se.samverka.cases.CaseModel.CaseRecord;
import se.samverka.cases.CaseModel.CaseView;
import se.samverka.cases.CaseModel.ChronologyEntry;
import se.samverka.cases.CaseModel.Commitment;
import se.samverka.cases.CaseModel.CommitmentPlan;
import se.samverka.cases.CaseModel.Consent;
import se.samverka.cases.CaseModel.ConsentInput;
import se.samverka.cases.CaseModel.ConsentWithdrawn;
import se.samverka.cases.CaseModel.Disclosure;
import se.samverka.cases.CaseModel.Note;
import se.samverka.cases.CaseModel.Person;
import se.samverka.cases.CaseModel.PersonInput;
import se.samverka.cases.persistence.CaseRepository;
import se.samverka.security.Agencies;
import se.samverka.security.CurrentUser;
import se.samverka.workflow.CaseNumbers;
import se.samverka.workflow.EngineClock;

/**
 * The case store's one entrance. Writes record who did what; every read of personal data goes through
 * {@link #view(String)} or {@link #notes(String)}, which apply {@link AccessRule} for the caller's agency and log the read.
 */
@Service("caseStore") // "caseService" is Camunda's CMMN service bean
@Transactional
public class CaseService {

  /** Information categories of the consent rule; {@code grund} covers identity and the concern itself. */
  public static final List<String> CATEGORIES = List.of("grund", "skola", "socialtjanst", "polis", "fritid", "plan");
  public static final String STATUS_OPEN = "OPPET";
  public static final String STATUS_CLOSED = "AVSLUTAT";

  private final CaseRepository repository;
  private final Agencies agencies;
  private final LegalGrounds legalGrounds;
  private final ApplicationEventPublisher events;
  private final CaseNumbers caseNumbers;
  private final CaseListReadModel caseList;
  private final int countCap;

  CaseService(CaseRepository repository, Agencies agencies, LegalGrounds legalGrounds,
      ApplicationEventPublisher events, CaseNumbers caseNumbers, CaseListReadModel caseList,
      @org.springframework.beans.factory.annotation.Value("${samverka.cases.count-cap:1000}") int countCap) {
    this.repository = repository;
    this.caseList = caseList;
    this.countCap = countCap;
    this.agencies = agencies;
    this.legalGrounds = legalGrounds;
    this.events = events;
    this.caseNumbers = caseNumbers;
  }

  private String caseNumberOf(String processInstanceId) {
    return caseNumbers.ofProcessInstance(processInstanceId).orElse(null);
  }

  // --- writing

  /** Finds the person by identity number or registers them, then opens a case for them. Returns the case id. */
  public String openCase(String caseType, PersonInput input, String district, String processInstanceId,
      String ownerAgency, String userId) {
    Instant now = EngineClock.now();
    Person person = findOrRegister(input, ownerAgency, userId, now);
    String caseId = CaseRepository.newId();
    repository.insertCase(new CaseRecord(caseId, caseType, STATUS_OPEN, person.id(), processInstanceId, district,
        List.of(), ownerAgency, null, now, null, null, unitOfCaller(ownerAgency), caseNumberOf(processInstanceId)),
        userId);
    repository.insertEvent(new CaseEvent(CaseRepository.newId(), caseId, "OPPNAT", caseType, userId, now));
    caseList.refresh(caseId);
    return caseId;
  }

  /**
   * Opens a consultation without identity: a case about a young person whom the case store does not know, with only
   * their age in years. A person may be attached later ({@link #attachPerson}), when consent allows. Returns the id.
   */
  public String openConsultation(String caseType, int youthAge, String district, String processInstanceId,
      String ownerAgency, String userId) {
    if (youthAge < 0 || youthAge > 30) {
      throw new IllegalArgumentException("Ålder måste vara mellan 0 och 30 år");
    }
    Instant now = EngineClock.now();
    String caseId = CaseRepository.newId();
    repository.insertCase(new CaseRecord(caseId, caseType, STATUS_OPEN, null, processInstanceId, district,
        List.of(), ownerAgency, null, now, null, youthAge, unitOfCaller(ownerAgency), caseNumberOf(processInstanceId)),
        userId);
    repository.insertEvent(new CaseEvent(CaseRepository.newId(), caseId, "OPPNAT", caseType + " (konsultation utan "
        + "identitet)", userId, now));
    caseList.refresh(caseId);
    return caseId;
  }

  /**
   * The young person of a consultation becomes known (the guardians have agreed): the person is found or registered
   * and linked to the case. The consultation's disclosures lapse at once ({@link AccessRule#inForce}).
   */
  public void attachPerson(String caseId, PersonInput input, String userId) {
    CaseRecord record = requireCase(caseId);
    if (record.personId() != null) {
      throw new IllegalArgumentException("Ärendet gäller redan en känd person; identiteten kan inte ändras här");
    }
    Instant now = EngineClock.now();
    Person person = findOrRegister(input, requireAgency(agencies.requireCurrent()), userId, now);
    repository.attachPerson(caseId, person.id());
    repository.insertEvent(new CaseEvent(CaseRepository.newId(), caseId, "IDENTITET_ANGIVEN", null, userId, now));
    caseList.refresh(caseId);
  }

  /**
   * Lets the recipient read an anonymous consultation (category {@code grund}: the concern, without identity). It is
   * recorded as a disclosure of its own kind, which lapses once the case is about a known person.
   */
  public Disclosure recordConsultation(String caseId, String fromAgency, String toAgency, String justification,
      String userId) {
    CaseRecord record = requireCase(caseId);
    if (record.personId() != null) {
      throw new IllegalArgumentException("Ärendet gäller en känd person och är ingen konsultation");
    }
    Disclosure disclosure = new Disclosure(CaseRepository.newId(), caseId, fromAgency, toAgency,
        AccessRule.IDENTITY_CATEGORY, AccessRule.CONSULTATION_GROUND, required(justification, "Motiveringen", 2000),
        userId, EngineClock.now());
    repository.insertDisclosure(disclosure);
    caseList.refresh(caseId);
    return disclosure;
  }

  /**
   * Opens a case of another kind for the person of an existing case (e.g. a report of concern raised from an SSPF
   * case); the person's identity is not copied anywhere. Returns the new case id.
   */
  public String openCaseForSamePerson(String sourceCaseId, String caseType, String ownerAgency, String userId) {
    CaseRecord source = requireCase(sourceCaseId);
    if (source.personId() == null) {
      throw new IllegalArgumentException("Ärendet är en konsultation utan identitet. Vänd dig till den som "
          + "aktualiserade ärendet, som vet vem det gäller.");
    }
    Instant now = EngineClock.now();
    String caseId = CaseRepository.newId();
    repository.insertCase(new CaseRecord(caseId, caseType, STATUS_OPEN, source.personId(), null, source.district(),
        List.of(), ownerAgency, null, now, null, null, unitOfCaller(ownerAgency)), userId);
    repository.insertEvent(new CaseEvent(CaseRepository.newId(), caseId, "OPPNAT", caseType + " från " + sourceCaseId,
        userId, now));
    caseList.refresh(caseId);
    return caseId;
  }

  /**
   * The unit a new case of the agency belongs to: the caller's, when the caller works in exactly one unit of that
   * agency (a school's case is that school's); otherwise none, and the case is the whole agency's.
   */
  private String unitOfCaller(String ownerAgency) {
    return agencies.current().filter(u -> ownerAgency != null && ownerAgency.equals(u.agency()))
        .map(CurrentUser::singleUnit).orElse(null);
  }

  /** Links a case to the process instance that works it, and takes the process's case number. */
  public void attachProcess(String caseId, String processInstanceId) {
    requireCase(caseId);
    repository.attachProcess(caseId, processInstanceId, caseNumberOf(processInstanceId));
    caseList.refresh(caseId);
  }

  private Person findOrRegister(PersonInput input, String ownerAgency, String userId, Instant now) {
    LocalDate today = EngineClock.today();
    String firstName = required(input.firstName(), "Förnamn", 100);
    String lastName = required(input.lastName(), "Efternamn", 100);
    if (input.identityNumber() != null && !input.identityNumber().isBlank()) {
      IdentityNumber number = IdentityNumber.parse(input.identityNumber(), today);
      Optional<Person> known = repository.findPersonByIdentityNumber(number.twelveDigits());
      if (known.isPresent()) {
        return known.get();
      }
      Person person = new Person(CaseRepository.newId(), number.twelveDigits(), number.coordinationNumber(),
          firstName, lastName, number.birthDate(), ownerAgency);
      repository.insertPerson(person, userId, now);
      return person;
    }
    if (input.birthDate() == null) {
      throw new IllegalArgumentException("Ange personnummer, eller födelsedatum om personnumret är okänt");
    }
    if (input.birthDate().isAfter(today)) {
      throw new IllegalArgumentException("Födelsedatum kan inte ligga i framtiden");
    }
    Person person = new Person(CaseRepository.newId(), null, false, firstName, lastName, input.birthDate(),
        ownerAgency);
    repository.insertPerson(person, userId, now);
    return person;
  }

  public void addNote(String caseId, String ownerAgency, String category, String body, String source, String userId) {
    requireCase(caseId);
    if (!CATEGORIES.contains(category)) {
      throw new IllegalArgumentException("Okänd informationskategori: " + category);
    }
    String text = required(body, "Anteckningen", 4000);
    repository.insertNote(new Note(CaseRepository.newId(), caseId, ownerAgency, category, text, source, userId,
        EngineClock.now(), authorGroups(userId)));
  }

  /**
   * The id of the latest note an agency wrote in a category of a case, without its text: a reference to pass on (e.g.
   * in an event between modules, which must not carry personal data).
   */
  public Optional<String> latestNoteId(String caseId, String ownerAgency, String category) {
    return repository.notes(caseId).stream()
        .filter(n -> n.ownerAgency().equals(ownerAgency) && n.category().equals(category))
        .reduce((first, second) -> second).map(Note::id);
  }

  /**
   * Copies a note into another case of the same person, keeping its owner and category: a report made from a case
   * carries the reporter's own words without their passing through the engine.
   */
  public void copyNote(String fromCaseId, String noteId, String toCaseId, String source, String userId) {
    CaseRecord from = requireCase(fromCaseId);
    CaseRecord to = requireCase(toCaseId);
    if (from.personId() == null || !from.personId().equals(to.personId())) {
      throw new IllegalArgumentException("Anteckningen kan bara föras över till ett ärende om samma person");
    }
    Note note = repository.notes(fromCaseId).stream().filter(n -> n.id().equals(noteId)).findFirst()
        .orElseThrow(() -> new IllegalArgumentException("Anteckningen finns inte i ärendet"));
    repository.insertNote(new Note(CaseRepository.newId(), toCaseId, note.ownerAgency(), note.category(), note.body(),
        source, userId, EngineClock.now(), authorGroups(userId)));
  }

  /** The groups of the author when they are the one acting now (a note written for someone else records none). */
  private List<String> authorGroups(String userId) {
    return agencies.current().filter(u -> u.userId().equals(userId)).map(CurrentUser::groups).orElse(List.of());
  }

  /** Adds a note owned by the caller's agency, in a case the agency is involved in. */
  public void addOwnNote(String caseId, String category, String body) {
    String agency = requireInvolvedAgency(caseId);
    addNote(caseId, agency, category, body, "api", agencies.requireCurrent().userId());
  }

  public Consent recordConsent(String caseId, ConsentInput input, String userId) {
    requireCase(caseId);
    if (input.parties().isEmpty()) {
      throw new IllegalArgumentException("Samtycket måste gälla minst en part");
    }
    if (input.categories().isEmpty() || !CATEGORIES.containsAll(input.categories())) {
      throw new IllegalArgumentException("Samtycket måste gälla minst en känd uppgiftskategori");
    }
    input.parties().stream().filter(p -> !agencies.isParty(p)).findFirst().ifPresent(p -> {
      throw new IllegalArgumentException("Okänd part i samtycket: " + p);
    });
    LocalDate today = EngineClock.today();
    if (input.validTo() == null || input.validTo().isBefore(today)) {
      throw new IllegalArgumentException("Samtyckets giltighetstid måste sluta i dag eller senare");
    }
    for (LocalDate signed : new LocalDate[] {input.guardian1On(), input.guardian2On(), input.youthOn()}) {
      if (signed != null && signed.isAfter(today)) {
        throw new IllegalArgumentException("Datum för samtycket kan inte ligga i framtiden");
      }
    }
    String reference = input.documentReference() == null || input.documentReference().isBlank() ? null
        : required(input.documentReference(), "Dokumentreferensen", 100);
    Consent consent = new Consent(CaseRepository.newId(), caseId, input.givenByGuardian1(), input.givenByGuardian2(),
        input.givenByYouth(), List.copyOf(input.parties()), List.copyOf(input.categories()), today, input.validTo(),
        null, userId, input.guardiansWithCustody(), input.guardian1On(), input.guardian2On(), input.youthOn(),
        reference);
    repository.insertConsent(consent, EngineClock.now());
    repository.insertEvent(new CaseEvent(CaseRepository.newId(), caseId, "SAMTYCKE_LAMNAT",
        "Parter: " + String.join(", ", input.parties()), userId, EngineClock.now()));
    caseList.refresh(caseId);
    return consent;
  }

  /**
   * Withdraws every consent of the case at once: from this statement on, the other agencies see nothing that rested on
   * it. The caller's agency must be the case owner or a party of the consent.
   */
  public void withdrawConsent(String caseId) {
    CurrentUser user = agencies.requireCurrent();
    CaseRecord record = requireCase(caseId);
    requireInvolvedAgency(caseId);
    withdraw(caseId, user.userId());
    events.publishEvent(new ConsentWithdrawn(caseId, record.processInstanceId(), user.userId()));
  }

  /**
   * Withdrawal reached through the process itself (the "consent withdrawn" message); idempotent, and publishes
   * nothing, since the process already knows.
   */
  public void withdrawConsentFromProcess(String caseId, String userId) {
    requireCase(caseId);
    withdraw(caseId, userId);
  }

  private void withdraw(String caseId, String userId) {
    Instant now = EngineClock.now();
    if (repository.withdrawConsents(caseId, userId, now) > 0) {
      repository.insertEvent(new CaseEvent(CaseRepository.newId(), caseId, "SAMTYCKE_ATERKALLAT", null, userId, now));
      caseList.refresh(caseId);
    }
  }

  /** Records a disclosure of the caller's agency's information to another agency, with its legal ground. */
  public Disclosure recordDisclosure(String caseId, String toAgency, String category, String legalGround,
      String justification) {
    String agency = requireInvolvedAgency(caseId);
    return recordDisclosure(caseId, agency, toAgency, category, legalGround, justification,
        agencies.requireCurrent().userId());
  }

  public Disclosure recordDisclosure(String caseId, String fromAgency, String toAgency, String category,
      String legalGround, String justification, String userId) {
    requireCase(caseId);
    if (!agencies.isAgency(toAgency) || toAgency.equals(fromAgency)) {
      throw new IllegalArgumentException("Mottagande myndighet saknas eller är okänd: " + toAgency);
    }
    if (!CATEGORIES.contains(category)) {
      throw new IllegalArgumentException("Okänd informationskategori: " + category);
    }
    if (!legalGrounds.isKnown(legalGround)) {
      throw new IllegalArgumentException("Okänd rättslig grund: " + legalGround + ". Tillåtna: " + legalGrounds.codes());
    }
    Disclosure disclosure = new Disclosure(CaseRepository.newId(), caseId, fromAgency, toAgency, category,
        legalGround, required(justification, "Motiveringen", 2000), userId, EngineClock.now());
    repository.insertDisclosure(disclosure);
    caseList.refresh(caseId);
    return disclosure;
  }

  public void recordEvent(String caseId, String kind, String detail, String userId) {
    requireCase(caseId);
    repository.insertEvent(new CaseEvent(CaseRepository.newId(), caseId, kind, detail, userId, EngineClock.now()));
  }

  /** The case event of a reason recorded for a breached deadline ({@link Deadlines#recordBreachReason}). */
  public static final String EVENT_BREACH_REASON = "ORSAK_OVERSKRIDANDE";

  /** Notes in the case that the reason for a breached deadline was recorded (or changed), with what it now says. */
  void recordBreachReason(String caseId, String detail, String userId) {
    recordEvent(caseId, EVENT_BREACH_REASON, detail, userId);
  }

  public void recordConcerns(String caseId, List<String> concerns) {
    requireCase(caseId);
    repository.updateConcerns(caseId, concerns);
  }

  public void close(String caseId, String reason, String userId) {
    requireCase(caseId);
    repository.close(caseId, STATUS_CLOSED, reason, EngineClock.now());
    repository.insertEvent(new CaseEvent(CaseRepository.newId(), caseId, "AVSLUTAT", reason, userId,
        EngineClock.now()));
  }

  /** Opens a new commitment period with one commitment per party and returns its number (1, 2, ...). */
  public int planCommitments(String caseId, List<CommitmentPlan> plans) {
    requireCase(caseId);
    int period = repository.latestCommitmentPeriod(caseId) + 1;
    for (CommitmentPlan plan : plans) {
      repository.insertCommitment(new Commitment(CaseRepository.newId(), caseId, plan.party(),
          required(plan.responsible(), "Ansvarig för " + plan.party(), 100), period, plan.dueDate(), "PLANERAT"),
          EngineClock.now());
    }
    return period;
  }

  public void reportCommitment(String caseId, String party, String status) {
    int period = repository.latestCommitmentPeriod(caseId);
    repository.reportCommitment(caseId, party, period, status, EngineClock.now());
  }

  // --- reading without personal data (for processes and statistics)

  public Optional<CaseRecord> find(String caseId) {
    return repository.findCase(caseId);
  }

  public List<CaseRecord> casesOfType(String caseType) {
    return repository.casesOfType(caseType);
  }

  /** The cases of a type open at some time in [from, to): opened or closed in it, or open through it. */
  public List<CaseRecord> casesOfTypeOpenBetween(String caseType, java.time.Instant from, java.time.Instant to) {
    return repository.casesOfTypeOpenBetween(caseType, from, to);
  }

  /** The age of the case's person on a day; used by routing rules, never shown. */
  public int ageOn(String caseId, LocalDate day) {
    CaseRecord record = requireCase(caseId);
    if (record.personId() == null) {
      // A consultation knows the age at opening only; it grows by the whole years since.
      return record.youthAge() + java.time.Period.between(openedOn(record), day).getYears();
    }
    Person person = repository.findPerson(record.personId()).orElseThrow();
    return java.time.Period.between(person.birthDate(), day).getYears();
  }

  /** Ages at referral, for aggregate statistics only. */
  public int ageAtOpening(CaseRecord record) {
    if (record.personId() == null) {
      return record.youthAge();
    }
    Person person = repository.findPerson(record.personId()).orElseThrow();
    return java.time.Period.between(person.birthDate(), openedOn(record)).getYears();
  }

  private static LocalDate openedOn(CaseRecord record) {
    return record.openedAt().atZone(java.time.ZoneId.systemDefault()).toLocalDate();
  }

  /**
   * Among these cases, those the caller's agency may see at all, by the access rule, in three queries for all of them
   * (the cases, their consents, their disclosures). Nothing is logged: no personal data is read.
   */
  @Transactional(readOnly = true)
  public java.util.Set<String> visibleAmong(java.util.Collection<String> caseIds) {
    CurrentUser user = agencies.requireCurrent();
    if (caseIds.isEmpty() || user.agency() == null) {
      return java.util.Set.of();
    }
    return verdicts(caseIds, user).stream().map(v -> v.record().id()).collect(java.util.stream.Collectors.toSet());
  }

  /** A case the caller's agency may see, and whether it may see whom the case is about. */
  private record Verdict(CaseRecord record, boolean seesPerson) {}

  /** The access rule over a batch of cases in three queries (the cases, their consents, their disclosures). */
  private List<Verdict> verdicts(java.util.Collection<String> caseIds, CurrentUser user) {
    LocalDate today = EngineClock.today();
    java.util.Map<String, List<Consent>> consents = repository.consentsOfCases(caseIds).stream()
        .collect(java.util.stream.Collectors.groupingBy(Consent::caseId));
    java.util.Map<String, List<Disclosure>> disclosures = repository.disclosuresOfCases(caseIds).stream()
        .collect(java.util.stream.Collectors.groupingBy(Disclosure::caseId));
    List<Verdict> verdicts = new ArrayList<>();
    for (CaseRecord record : repository.findCases(caseIds)) {
      List<Consent> caseConsents = consents.getOrDefault(record.id(), List.of());
      List<Disclosure> inForce = AccessRule.inForce(disclosures.getOrDefault(record.id(), List.of()), true);
      if (AccessRule.maySeeCase(user.agency(), user.units(), record.ownerAgency(), record.ownerUnit(), caseConsents,
          inForce, today)) {
        verdicts.add(new Verdict(record, AccessRule.maySeeIdentity(user.agency(), user.units(), record.ownerAgency(),
            caseConsents, inForce, today)));
      }
    }
    return verdicts;
  }

  /**
   * May the caller's agency see the case (its record, events, deadlines)? Logs nothing: for filtering lists whose
   * entries carry no personal data (e.g. deadlines); a read of the case itself goes through {@link #view}.
   */
  public boolean isVisibleToCaller(String caseId) {
    Optional<CaseRecord> record = repository.findCase(caseId);
    return record.isPresent() && accessOrNull(record.get(), agencies.requireCurrent()) != null;
  }

  public List<Consent> consents(String caseId) {
    return repository.consents(caseId);
  }

  public List<Commitment> commitments(String caseId) {
    return repository.commitments(caseId);
  }

  public List<CaseEvent> events(String caseId) {
    return repository.events(caseId);
  }

  public boolean isEmpty() {
    return repository.countCases() == 0;
  }

  /**
   * Who each case is about, as the caller's agency may see it, for a list (the task list): the young person's name
   * where the access rule lets the agency see the identity ({@code grund}) of the case, else nothing; one query per
   * table for all the cases. Each name shown is logged as a read ({@code LASTE_LISTA}).
   */
  @Transactional
  public java.util.Map<String, String> visibleNames(java.util.Collection<String> caseIds) {
    CurrentUser user = agencies.requireCurrent();
    if (caseIds.isEmpty() || user.agency() == null) {
      return java.util.Map.of();
    }
    java.util.Map<String, String> personOfCase = new java.util.HashMap<>();
    for (Verdict verdict : verdicts(caseIds, user)) {
      if (verdict.seesPerson() && verdict.record().personId() != null) {
        personOfCase.put(verdict.record().id(), verdict.record().personId());
      }
    }
    java.util.Map<String, Person> persons = repository.findPersons(new java.util.HashSet<>(personOfCase.values()))
        .stream().collect(java.util.stream.Collectors.toMap(Person::id, p -> p));
    java.util.Map<String, String> names = new java.util.HashMap<>();
    personOfCase.forEach((caseId, personId) -> {
      Person person = persons.get(personId);
      if (person != null) {
        names.put(caseId, person.firstName() + " " + person.lastName());
      }
    });
    repository.logAccesses(user.userId(), user.agency(), names.keySet(), "LASTE_LISTA", EngineClock.now());
    return names;
  }

  // --- reading personal data: the rule applies and the read is logged

  /**
   * The case as the caller's agency may see it; 404 when it may see nothing of it. A refused read is logged too, and
   * the log entry survives the refusal (it is what the monthly log review looks for).
   */
  @Transactional(noRollbackFor = CaseNotFoundException.class)
  public CaseView view(String caseId) {
    Access access = access(caseId, "LASTE_ARENDE");
    String agency = access.user().agency();
    List<Disclosure> ownDisclosures = access.disclosures().stream()
        .filter(d -> d.fromAgency().equals(agency) || d.toAgency().equals(agency)).toList();
    return new CaseView(access.record(), access.person(), access.notes(), access.consents(), ownDisclosures,
        repository.events(caseId));
  }

  /**
   * The case for its page: {@link #view} and on what footing the caller's agency sees each part of it ("why do I see
   * this"), with the commitment plan when it may see the plan. Logged as a read of the case, like {@link #view}.
   */
  @Transactional(noRollbackFor = CaseNotFoundException.class)
  public CaseModel.CaseReading read(String caseId) {
    CaseView view = view(caseId);
    CurrentUser user = agencies.requireCurrent();
    CaseRecord record = view.caseRecord();
    LocalDate today = EngineClock.today();
    List<Consent> consents = repository.consents(caseId);
    List<Disclosure> disclosures = AccessRule.inForce(repository.disclosures(caseId), record.personId() != null);
    String agency = user.agency();
    List<String> units = user.units();
    java.util.Map<String, String> noteGrounds = new java.util.LinkedHashMap<>();
    for (Note note : view.notes()) {
      noteGrounds.put(note.id(), AccessRule.ground(agency, units, note.ownerAgency(), note.category(), consents,
          disclosures, today));
    }
    String planGround = AccessRule.ground(agency, units, record.ownerAgency(), AccessRule.PLAN_CATEGORY, consents,
        disclosures, today);
    return new CaseModel.CaseReading(view,
        AccessRule.caseGround(agency, units, record.ownerAgency(), record.ownerUnit(), consents, disclosures, today),
        view.person() == null ? null : AccessRule.ground(agency, units, record.ownerAgency(),
            AccessRule.IDENTITY_CATEGORY, consents, disclosures, today),
        noteGrounds, planGround == null ? List.of() : repository.commitments(caseId), planGround);
  }

  /**
   * Records that the caller read the limited view of a case it may not see but has a task in (the case number, the
   * deadlines and its own tasks; no personal data). Every read is logged.
   */
  public void logLimitedRead(String caseId) {
    CurrentUser user = agencies.requireCurrent();
    requireCase(caseId);
    repository.logAccess(user.userId(), user.agency(), caseId, "LASTE_BEGRANSAT", EngineClock.now());
  }

  /** A case in a list: its record, and its person when the caller's agency may see whom it is about. */
  public record VisibleCase(CaseRecord record, Person person) {}

  /**
   * One page of a list of cases, and how many there are in all: exact up to the count cap, otherwise the cap and
   * {@code totalIsLowerBound} ("fler än 1 000"); {@code hasNext}: a further page has cases.
   */
  public record CasePage(List<VisibleCase> items, int total, boolean totalIsLowerBound, boolean hasNext) {}

  /** How far the case list counts before it says "more than" ({@code samverka.cases.count-cap}, 1 000). */
  public int caseCountCap() {
    return countCap;
  }

  /**
   * The cases the caller's agency may see, newest first, one page of them: all of them, or those whose case number
   * begins with {@code numberPrefix} (null: no such search), or, when {@code name} is given, those whose young
   * person's name contains it, among the cases where the agency may see the person. A case the
   * agency may not see is never counted, and a name is never matched where it may not see the person. Each case listed
   * with a name is logged as a read.
   * <p>
   * Read from the case list's read model ({@link CaseListReadModel}): the access rule's grants of every case, so that
   * a page reads the agency's index entries in order until it is full, and the count stops at the cap.
   */
  @Transactional(readOnly = false)
  public CasePage visibleCases(String numberPrefix, String name, int page, int size) {
    CurrentUser user = agencies.requireCurrent();
    if (user.agency() == null) {
      return new CasePage(List.of(), 0, false, false);
    }
    var query = new CaseRepository.ListQuery(user.agency(), user.units(), EngineClock.today(),
        numberPrefix == null ? null : numberPrefix.toUpperCase(java.util.Locale.ROOT),
        name == null ? null : name.toLowerCase(java.util.Locale.ROOT));
    List<String> ids = repository.visiblePage(query, page * size, size + 1);
    boolean hasNext = ids.size() > size;
    ids = ids.subList(0, Math.min(size, ids.size()));
    long counted = ids.isEmpty() && page == 0 ? 0 : repository.countVisibleUpTo(query, countCap);
    java.util.Set<String> seesPerson = repository.personVisibleAmong(query, ids);
    java.util.Map<String, CaseRecord> records = repository.findCases(ids).stream()
        .collect(java.util.stream.Collectors.toMap(CaseRecord::id, r -> r));
    java.util.Map<String, Person> persons = repository.findPersons(ids.stream().map(records::get)
        .filter(r -> seesPerson.contains(r.id()) && r.personId() != null).map(CaseRecord::personId)
        .collect(java.util.stream.Collectors.toSet())).stream()
        .collect(java.util.stream.Collectors.toMap(Person::id, p -> p));
    List<VisibleCase> items = new ArrayList<>();
    for (String id : ids) {
      CaseRecord record = records.get(id);
      Person person = seesPerson.contains(id) && record.personId() != null ? persons.get(record.personId()) : null;
      items.add(new VisibleCase(record, person));
    }
    Instant now = EngineClock.now();
    items.stream().filter(c -> c.person() != null).forEach(c -> repository.logAccess(user.userId(), user.agency(),
        c.record().id(), "LASTE_LISTA", now));
    return new CasePage(List.copyOf(items), (int) Math.min(counted, countCap), counted > countCap, hasNext);
  }

  /** The notes of a case that the caller's agency may read; 404 when it may see nothing of the case. */
  @Transactional(noRollbackFor = CaseNotFoundException.class)
  public List<Note> notes(String caseId) {
    return access(caseId, "LASTE_ANTECKNINGAR").notes();
  }

  /**
   * The young person's cases (SSPF, visits, reports of concern) in one chronology, as the caller's agency may see
   * them: events and readable notes of the case asked about and of every other case of the person in which the agency
   * may see the person; cases it may not see are left out without a trace. 404 when it may see nothing of the case
   * asked about.
   */
  @Transactional(noRollbackFor = CaseNotFoundException.class)
  public List<ChronologyEntry> chronology(String caseId) {
    Access asked = access(caseId, "LASTE_KRONOLOGI");
    List<ChronologyEntry> entries = new ArrayList<>();
    // Joining cases on the person reveals whom each is about, so only cases where the agency may see the person are
    // joined: none at all when it may not see the person of the case asked about.
    List<CaseRecord> joined = asked.person() == null ? List.of(asked.record())
        : repository.casesOfPerson(asked.record().personId());
    for (CaseRecord other : joined) {
      Access access = other.id().equals(caseId) ? asked : accessOrNull(other, asked.user());
      if (access == null || (access != asked && access.person() == null)) {
        continue;
      }
      if (access != asked) {
        repository.logAccess(asked.user().userId(), asked.user().agency(), other.id(), "LASTE_KRONOLOGI",
            EngineClock.now());
      }
      for (CaseEvent event : repository.events(other.id())) {
        entries.add(new ChronologyEntry(event.createdAt(), other.id(), other.caseType(), event.kind(), null, null,
            event.detail()));
      }
      for (Note note : access.notes()) {
        entries.add(new ChronologyEntry(note.createdAt(), other.id(), other.caseType(), "ANTECKNING",
            note.ownerAgency(), note.category(), note.body()));
      }
    }
    entries.sort(java.util.Comparator.comparing(ChronologyEntry::at));
    return entries;
  }

  /** What the caller's agency may see of a case, after logging the read (or the refusal, which then throws). */
  private Access access(String caseId, String action) {
    CurrentUser user = agencies.requireCurrent();
    Access access = accessOrNull(requireCase(caseId), user);
    repository.logAccess(user.userId(), user.agency(), caseId, access != null ? action : "NEKAD", EngineClock.now());
    if (access == null) {
      throw new CaseNotFoundException(caseId);
    }
    return access;
  }

  /**
   * What the user's agency may see of a case, or null when it may see nothing of it. Logs nothing. Everything is
   * decided by this case alone: its owner, its consents, its disclosures.
   */
  private Access accessOrNull(CaseRecord record, CurrentUser user) {
    String agency = user.agency();
    LocalDate today = EngineClock.today();
    List<Consent> consents = repository.consents(record.id());
    List<Disclosure> disclosures = AccessRule.inForce(repository.disclosures(record.id()), record.personId() != null);
    List<String> units = user.units();
    if (!AccessRule.maySeeCase(agency, units, record.ownerAgency(), record.ownerUnit(), consents, disclosures,
        today)) {
      return null;
    }
    Person person = record.personId() != null
        && AccessRule.maySeeIdentity(agency, units, record.ownerAgency(), consents, disclosures, today)
        ? repository.findPerson(record.personId()).orElseThrow() : null;
    List<Note> notes = visibleNotes(agency, units, record.id(), consents, disclosures, today);
    return new Access(user, record, person, notes, consents, disclosures);
  }

  private record Access(CurrentUser user, CaseRecord record, Person person, List<Note> notes, List<Consent> consents,
      List<Disclosure> disclosures) {}

  /**
   * Writing to a case needs the same footing as reading it: the caller's agency owns the case, is named by a valid
   * consent of it, or has received a standing disclosure in it ({@link AccessRule#maySeeCase}). Others get 404, as for
   * reading.
   */
  private String requireInvolvedAgency(String caseId) {
    CurrentUser user = agencies.requireCurrent();
    String agency = requireAgency(user);
    if (accessOrNull(requireCase(caseId), user) == null) {
      throw new CaseNotFoundException(caseId);
    }
    return agency;
  }

  private List<Note> visibleNotes(String agency, List<String> units, String caseId, List<Consent> consents,
      List<Disclosure> disclosures, LocalDate today) {
    List<Note> visible = new ArrayList<>();
    for (Note note : repository.notes(caseId)) {
      if (AccessRule.maySee(agency, units, note.ownerAgency(), note.category(), consents, disclosures, today)) {
        visible.add(note);
      }
    }
    return visible;
  }

  private CaseRecord requireCase(String caseId) {
    return repository.findCase(caseId).orElseThrow(() -> new CaseNotFoundException(caseId));
  }

  private static String requireAgency(CurrentUser user) {
    if (user.agency() == null) {
      throw new IllegalArgumentException("Ditt konto hör inte till någon myndighet i Samverka");
    }
    return user.agency();
  }

  private static String required(String value, String label, int maxLength) {
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException(label + " saknas");
    }
    String trimmed = value.trim();
    if (trimmed.length() > maxLength) {
      throw new IllegalArgumentException(label + " får vara högst " + maxLength + " tecken");
    }
    return trimmed;
  }
}
