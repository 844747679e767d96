package se.samverka.cases;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.jdbc.core.simple.JdbcClient;
import se.samverka.cases.CaseModel.CaseRecord;
import se.samverka.cases.CaseModel.Consent;
import se.samverka.cases.CaseModel.Disclosure;
import se.samverka.cases.CaseModel.Person;
import se.samverka.cases.CaseService.CasePage;
import se.samverka.cases.CaseService.VisibleCase;
import se.samverka.cases.persistence.CaseRepository;
import se.samverka.security.CurrentUser;

/**
 * Test code only: the access rule applied case by case, as the case list did before its read model (V28). Two uses:
 * {@link #verdict} is the rule's word on one case for one reader, against which the tests hold the read model; {@link
 * #inMemoryList} is the old list itself (every case the agency might see loaded, the rule applied to each, paged in
 * memory), the baseline of {@code CaseListBenchmark}.
 */
public final class LegacyCaseList {

  /** The rule's word on one case: may the reader see it, and whom it is about? */
  public record Verdict(CaseRecord record, boolean seesCase, boolean seesPerson) {}

  private final CaseRepository repository;
  private final JdbcClient jdbc;

  public LegacyCaseList(CaseRepository repository, JdbcClient jdbc) {
    this.repository = repository;
    this.jdbc = jdbc;
  }

  /** As {@code CaseService.accessOrNull} decides it: this case's consents and disclosures, nothing else. */
  public Verdict verdict(CaseRecord record, CurrentUser user, LocalDate today) {
    List<Consent> consents = repository.consents(record.id());
    List<Disclosure> disclosures = AccessRule.inForce(repository.disclosures(record.id()), record.personId() != null);
    boolean seesCase = AccessRule.maySeeCase(user.agency(), user.units(), record.ownerAgency(), record.ownerUnit(),
        consents, disclosures, today);
    boolean seesPerson = seesCase && record.personId() != null
        && AccessRule.maySeeIdentity(user.agency(), user.units(), record.ownerAgency(), consents, disclosures, today);
    return new Verdict(record, seesCase, seesPerson);
  }

  /** The rule's word on each of these cases, their consents and disclosures read in one batch each. */
  public List<Verdict> verdicts(List<CaseRecord> records, CurrentUser user, LocalDate today) {
    List<String> ids = records.stream().map(CaseRecord::id).toList();
    java.util.Map<String, List<Consent>> consents = repository.consentsOfCases(ids).stream()
        .collect(java.util.stream.Collectors.groupingBy(Consent::caseId));
    java.util.Map<String, List<Disclosure>> disclosures = repository.disclosuresOfCases(ids).stream()
        .collect(java.util.stream.Collectors.groupingBy(Disclosure::caseId));
    List<Verdict> verdicts = new ArrayList<>();
    for (CaseRecord record : records) {
      List<Consent> k = consents.getOrDefault(record.id(), List.of());
      List<Disclosure> d = AccessRule.inForce(disclosures.getOrDefault(record.id(), List.of()),
          record.personId() != null);
      boolean seesCase = AccessRule.maySeeCase(user.agency(), user.units(), record.ownerAgency(), record.ownerUnit(),
          k, d, today);
      boolean seesPerson = seesCase && record.personId() != null
          && AccessRule.maySeeIdentity(user.agency(), user.units(), record.ownerAgency(), k, d, today);
      verdicts.add(new Verdict(record, seesCase, seesPerson));
    }
    return verdicts;
  }

  /** How many cases of the store the rule lets the reader see today (every case read, in chunks). */
  public int verdictCount(CurrentUser user, LocalDate today) {
    List<String> ids = jdbc.sql("select id from sv_case").query(String.class).list();
    int visible = 0;
    for (int i = 0; i < ids.size(); i += 5_000) {
      List<CaseRecord> chunk = repository.findCases(ids.subList(i, Math.min(ids.size(), i + 5_000)));
      visible += (int) verdicts(chunk, user, today).stream().filter(Verdict::seesCase).count();
    }
    return visible;
  }

  /** Every case of the store, newest first, as the old list ordered them. */
  public List<CaseRecord> allCasesNewestFirst() {
    List<String> ids = jdbc.sql("select id from sv_case order by opened_at desc, id desc").query(String.class).list();
    java.util.Map<String, CaseRecord> records = new java.util.HashMap<>();
    repository.findCases(ids).forEach(r -> records.put(r.id(), r));
    return ids.stream().map(records::get).toList();
  }

  /**
   * The case list before V28, line for line: the coarse SQL filter of {@code CaseRepository.candidateCases}, then for
   * every candidate its consents, disclosures, notes and person read and the rule applied, then a page cut in memory;
   * each name shown logged.
   */
  public CasePage inMemoryList(CurrentUser user, LocalDate today, String numberPrefix, String name, int page,
      int size) {
    if (user.agency() == null) {
      return new CasePage(List.of(), 0, false, false);
    }
    String number = numberPrefix == null ? null : numberPrefix.toUpperCase(Locale.ROOT);
    String needle = name == null ? null : name.toLowerCase(Locale.ROOT);
    List<VisibleCase> all = new ArrayList<>();
    for (CaseRecord record : candidateCases(user.agency(), today)) {
      boolean byNumber = number != null && record.caseNumber() != null
          && record.caseNumber().toUpperCase(Locale.ROOT).startsWith(number);
      if (number != null && !byNumber && needle == null) {
        continue;
      }
      List<Consent> consents = repository.consents(record.id());
      List<Disclosure> disclosures = AccessRule.inForce(repository.disclosures(record.id()), record.personId() != null);
      if (!AccessRule.maySeeCase(user.agency(), user.units(), record.ownerAgency(), record.ownerUnit(), consents,
          disclosures, today)) {
        continue;
      }
      Person person = record.personId() != null && AccessRule.maySeeIdentity(user.agency(), user.units(),
          record.ownerAgency(), consents, disclosures, today) ? repository.findPerson(record.personId()).orElseThrow()
          : null;
      // The old accessOrNull read the notes the agency may see for every candidate, too.
      repository.notes(record.id()).stream().filter(n -> AccessRule.maySee(user.agency(), user.units(),
          n.ownerAgency(), n.category(), consents, disclosures, today)).count();
      boolean byName = needle != null && person != null
          && (person.firstName() + " " + person.lastName()).toLowerCase(Locale.ROOT).contains(needle);
      if ((number != null || needle != null) && !byNumber && !byName) {
        continue;
      }
      all.add(new VisibleCase(record, person));
    }
    int from = Math.min(all.size(), page * size);
    List<VisibleCase> items = all.subList(from, Math.min(all.size(), from + size));
    Instant now = Instant.now();
    items.stream().filter(c -> c.person() != null).forEach(c -> repository.logAccess(user.userId(), user.agency(),
        c.record().id(), "LASTE_LISTA", now));
    return new CasePage(List.copyOf(items), all.size(), false, from + size < all.size());
  }

  /** The old coarse filter's cases in its order (the ids, then the records in one batch read, as one query did). */
  private List<CaseRecord> candidateCases(String agency, LocalDate today) {
    List<String> ids = candidateIds(agency, today);
    java.util.Map<String, CaseRecord> records = new java.util.HashMap<>();
    for (int i = 0; i < ids.size(); i += 10_000) {
      repository.findCases(ids.subList(i, Math.min(ids.size(), i + 10_000))).forEach(r -> records.put(r.id(), r));
    }
    return ids.stream().map(records::get).toList();
  }

  private List<String> candidateIds(String agency, LocalDate today) {
    return jdbc.sql("""
        select c.id from sv_case c where c.owner_agency = :agency
          or c.id in (select k.case_id from consent k where k.withdrawn_at is null and k.valid_to >= :today
                      and k.parties like :party)
          or c.id in (select d.case_id from disclosure d where d.to_agency = :agency)
        order by c.opened_at desc, c.id desc""")
        .param("agency", agency).param("today", today).param("party", "%" + agency + "%")
        .query(String.class).list();
  }
}
