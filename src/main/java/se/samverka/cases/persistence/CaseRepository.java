package se.samverka.cases.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import se.samverka.cases.CaseModel.CaseEvent;
import se.samverka.cases.CaseModel.CaseRecord;
import se.samverka.cases.CaseModel.Commitment;
import se.samverka.cases.CaseModel.Consent;
import se.samverka.cases.CaseModel.Disclosure;
import se.samverka.cases.CaseModel.Note;
import se.samverka.cases.CaseModel.Person;

/** JDBC access to the case-store tables (V1__case_store.sql). Internal to the cases module. */
@Repository
public class CaseRepository {

  private final JdbcClient jdbc;
  private final org.springframework.jdbc.core.JdbcTemplate jdbcTemplate;

  public CaseRepository(JdbcClient jdbc, org.springframework.jdbc.core.JdbcTemplate jdbcTemplate) {
    this.jdbc = jdbc;
    this.jdbcTemplate = jdbcTemplate;
  }

  public static String newId() {
    return UUID.randomUUID().toString();
  }

  // --- persons

  public Optional<Person> findPersonByIdentityNumber(String twelveDigits) {
    return jdbc.sql("select * from person where identity_number = ?").param(twelveDigits).query(this::person).optional();
  }

  public Optional<Person> findPerson(String id) {
    return jdbc.sql("select * from person where id = ?").param(id).query(this::person).optional();
  }

  public void insertPerson(Person p, String createdBy, Instant at) {
    jdbc.sql("""
        insert into person (id, identity_number, coordination_number, first_name, last_name, birth_date,
          owner_agency, created_by, created_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
        .params(p.id(), p.identityNumber(), p.coordinationNumber(), p.firstName(), p.lastName(), p.birthDate(),
            p.firstRegistrantAgency(), createdBy, Timestamp.from(at))
        .update();
  }

  // --- cases

  public void insertCase(CaseRecord c, String createdBy) {
    jdbc.sql("""
        insert into sv_case (id, case_type, status, person_id, process_instance_id, district, concerns, owner_agency,
          opened_at, created_by, youth_age, owner_unit, case_number) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
        .params(c.id(), c.caseType(), c.status(), c.personId(), c.processInstanceId(), c.district(),
            String.join(",", c.concerns()), c.ownerAgency(), Timestamp.from(c.openedAt()), createdBy, c.youthAge(),
            c.ownerUnit(), c.caseNumber())
        .update();
  }

  public Optional<CaseRecord> findCase(String id) {
    return jdbc.sql("select * from sv_case where id = ?").param(id).query(this::caseRecord).optional();
  }

  public List<CaseRecord> casesOfPerson(String personId) {
    return jdbc.sql("select * from sv_case where person_id = ? order by opened_at").param(personId)
        .query(this::caseRecord).list();
  }

  // --- the case list's read model (sv_case_visibility, V28)

  /** One grant of a case, as {@code CaseVisibility} derives it from the access rule's inputs. */
  public record VisibilityRow(String agency, String unit, boolean seesPerson, LocalDate from, LocalDate until) {}

  /**
   * What one reader's list asks for: its agency and units, the day, and a search (both null: the whole list): a case
   * number prefix (upper case) and a name part (lower case), either of which may match.
   */
  public record ListQuery(String agency, List<String> units, LocalDate today, String numberPrefix, String name) {}

  /**
   * Holds the case's row until the transaction ends, so that two writes to one case at once write its grants one after
   * the other, each from what the other committed (a no-key update: it waits for no foreign key of the case's rows).
   */
  public void lockCase(String caseId) {
    jdbc.sql("update sv_case set status = status where id = ?").param(caseId).update();
  }

  /** Replaces the case's grants; call after {@link #lockCase} with the grants of what was then read. */
  public void replaceVisibility(CaseRecord c, java.util.Collection<VisibilityRow> rows, String numberKey) {
    jdbc.sql("delete from sv_case_visibility where case_id = ?").param(c.id()).update();
    insertVisibility(List.of(new CaseGrants(c, rows, numberKey)));
  }

  /** A case and its grants, for a batch insert. */
  public record CaseGrants(CaseRecord record, java.util.Collection<VisibilityRow> rows, String numberKey) {}

  public void insertVisibility(List<CaseGrants> cases) {
    List<Object[]> batch = new java.util.ArrayList<>();
    for (CaseGrants g : cases) {
      for (VisibilityRow r : g.rows()) {
        batch.add(new Object[] {g.record().id(), r.agency(), r.unit(), r.seesPerson(), r.from(), r.until(),
            Timestamp.from(g.record().openedAt()), g.numberKey(), g.record().personId()});
      }
    }
    if (batch.isEmpty()) {
      return;
    }
    jdbcTemplate().batchUpdate("""
        insert into sv_case_visibility (case_id, agency, unit, sees_person, valid_from, valid_until, opened_at,
          number_key, person_id) values (?, ?, ?, ?, ?, ?, ?, ?, ?)""", batch);
  }

  public long countVisibilityRows() {
    return jdbc.sql("select count(*) from sv_case_visibility").query(Long.class).single();
  }

  /**
   * Cases after {@code afterId} (null: from the first), in id order, the rebuild's chunks; {@code onlyMissing}: only
   * those without any row in the read model.
   */
  public List<CaseRecord> casesAfter(String afterId, int limit, boolean onlyMissing) {
    String missing = onlyMissing
        ? " not exists (select 1 from sv_case_visibility v where v.case_id = c.id)" : " 1 = 1";
    return afterId == null
        ? jdbc.sql("select * from sv_case c where" + missing + " order by c.id limit ?").param(limit)
            .query(this::caseRecord).list()
        : jdbc.sql("select * from sv_case c where c.id > ? and" + missing + " order by c.id limit ?")
            .params(afterId, limit).query(this::caseRecord).list();
  }

  /** Is there a case without any row in the read model? */
  public boolean anyCaseWithoutVisibility() {
    return !jdbc.sql("select c.id from sv_case c where not exists"
        + " (select 1 from sv_case_visibility v where v.case_id = c.id) limit 1").query(String.class).list().isEmpty();
  }

  /** Locks these cases as {@link #lockCase} does one. */
  public void lockCases(java.util.Collection<String> caseIds) {
    jdbc.sql("update sv_case set status = status where id in (:ids)").param("ids", caseIds).update();
  }

  public void deleteVisibilityOf(java.util.Collection<String> caseIds) {
    jdbc.sql("delete from sv_case_visibility where case_id in (:ids)").param("ids", caseIds).update();
  }

  /**
   * One page of the reader's list: the case ids, newest first (opened, then id, both descending, as before). Reads the
   * agency's rows of {@code sv_case_visibility} in that order and stops when the page is full.
   */
  public List<String> visiblePage(ListQuery q, int offset, int limit) {
    Where w = where(q);
    // The limit and offset are numbers in the text, not parameters: a prepared statement's generic plan cannot
    // know that a parameter limit is small, and would sort all of a large agency's rows.
    return jdbc.sql("select distinct v.opened_at, v.case_id " + w.from + w.sql
        + " order by v.opened_at desc, v.case_id desc limit " + Math.max(0, limit) + " offset " + Math.max(0, offset))
        .params(w.params).query((rs, i) -> rs.getString("case_id")).list();
  }

  /** How many cases the reader's list (or search) has, counting no further than {@code cap + 1}. */
  public long countVisibleUpTo(ListQuery q, int cap) {
    Where w = where(q);
    return jdbc.sql("select count(*) from (select distinct v.opened_at, v.case_id " + w.from + w.sql
        + " order by v.opened_at desc, v.case_id desc limit " + (Math.max(0, cap) + 1) + ") capped")
        .params(w.params).query(Long.class).single();
  }

  /** Among these cases, those in which the reader may see whom the case is about. */
  public java.util.Set<String> personVisibleAmong(ListQuery q, java.util.Collection<String> caseIds) {
    if (caseIds.isEmpty()) {
      return java.util.Set.of();
    }
    Where w = where(new ListQuery(q.agency(), q.units(), q.today(), null, null));
    return new java.util.HashSet<>(jdbc.sql("select distinct v.case_id " + w.from + w.sql
        + " and v.sees_person and v.case_id in (:ids)").params(w.params).param("ids", caseIds)
        .query((rs, i) -> rs.getString("case_id")).list());
  }

  private record Where(String from, String sql, java.util.Map<String, Object> params) {}

  /**
   * The reader's agency, units and day are written into the text as literals (they come from the configuration and
   * the clock, never from the request, and are checked to be codes): a prepared statement's generic plan would
   * otherwise plan for an average agency, and the police, who see a large share of all cases, are not one. What the
   * user typed is always a parameter.
   */
  private static Where where(ListQuery q) {
    java.util.Map<String, Object> params = new java.util.HashMap<>();
    StringBuilder sql = new StringBuilder(" where v.agency = ").append(code(q.agency()));
    if (q.units().isEmpty()) {
      sql.append(" and v.unit is null");
    } else {
      sql.append(" and (v.unit is null or v.unit in (")
          .append(String.join(", ", q.units().stream().map(CaseRepository::code).toList())).append("))");
    }
    String today = "date '" + q.today() + "'";
    sql.append(" and (v.valid_from is null or v.valid_from <= ").append(today).append(")")
        .append(" and (v.valid_until is null or v.valid_until >= ").append(today).append(")");
    String from = "from sv_case_visibility v";
    List<String> either = new java.util.ArrayList<>();
    if (q.numberPrefix() != null) {
      if (NUMBER_PREFIX.matcher(q.numberPrefix()).matches()) {
        // Letters, digits and hyphens only (CaseList lets nothing else through): a literal, planned as it is.
        either.add("v.number_key like '" + q.numberPrefix() + "%'");
      } else {
        either.add("v.number_key like :number escape '!'");
        params.put("number", likeEscaped(q.numberPrefix()) + "%");
      }
    }
    if (q.name() != null) {
      from += " left join person p on p.id = v.person_id";
      either.add("(v.sees_person and lower(p.first_name || ' ' || p.last_name) like :name escape '!')");
      params.put("name", "%" + likeEscaped(q.name()) + "%");
    }
    if (!either.isEmpty()) {
      sql.append(" and (").append(String.join(" or ", either)).append(")");
    }
    return new Where(from, sql.toString(), params);
  }

  private static final java.util.regex.Pattern CODE = java.util.regex.Pattern.compile("[\\p{L}\\p{N}:_.\\-]{1,100}");

  private static final java.util.regex.Pattern NUMBER_PREFIX = java.util.regex.Pattern.compile("[A-Z0-9\\-]{1,40}");

  /** An agency or unit code as an SQL literal; anything but a code is refused. */
  private static String code(String value) {
    if (value == null || !CODE.matcher(value).matches()) {
      throw new IllegalStateException("Ogiltig myndighets- eller enhetskod");
    }
    return "'" + value + "'";
  }

  private static String likeEscaped(String text) {
    return text.replace("!", "!!").replace("%", "!%").replace("_", "!_");
  }

  private org.springframework.jdbc.core.JdbcTemplate jdbcTemplate() {
    return jdbcTemplate;
  }

  public List<CaseRecord> casesOfType(String caseType) {
    return jdbc.sql("select * from sv_case where case_type = ? order by opened_at").param(caseType)
        .query(this::caseRecord).list();
  }

  /**
   * The cases of a type that were open at some time in [{@code from}, {@code to}): opened before {@code to} and not
   * closed before {@code from}. A quarter's report reads these, not every case of the type.
   */
  public List<CaseRecord> casesOfTypeOpenBetween(String caseType, Instant from, Instant to) {
    return jdbc.sql("select * from sv_case where case_type = ? and opened_at < ? and (closed_at is null"
        + " or closed_at >= ?) order by opened_at").params(caseType, Timestamp.from(to), Timestamp.from(from))
        .query(this::caseRecord).list();
  }

  /** Links a consultation case to the person it turned out to be about; only a case without a person changes. */
  public int attachPerson(String caseId, String personId) {
    return jdbc.sql("update sv_case set person_id = ? where id = ? and person_id is null").params(personId, caseId)
        .update();
  }

  public void attachProcess(String caseId, String processInstanceId, String caseNumber) {
    jdbc.sql("update sv_case set process_instance_id = ?, case_number = coalesce(?, case_number) where id = ?")
        .params(processInstanceId, caseNumber, caseId).update();
  }

  public void updateConcerns(String caseId, List<String> concerns) {
    jdbc.sql("update sv_case set concerns = ? where id = ?").params(String.join(",", concerns), caseId).update();
  }

  public void close(String caseId, String status, String reason, Instant at) {
    jdbc.sql("update sv_case set status = ?, closure_reason = ?, closed_at = ? where id = ? and closed_at is null")
        .params(status, reason, Timestamp.from(at), caseId).update();
  }

  public long countCases() {
    return jdbc.sql("select count(*) from sv_case").query(Long.class).single();
  }

  // --- consent

  public void insertConsent(Consent c, Instant at) {
    jdbc.sql("""
        insert into consent (id, case_id, given_by_guardian1, given_by_guardian2, given_by_youth, parties, categories,
          valid_from, valid_to, recorded_by, recorded_at, guardians_with_custody, guardian1_on, guardian2_on, youth_on,
          document_reference) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
        .params(c.id(), c.caseId(), c.givenByGuardian1(), c.givenByGuardian2(), c.givenByYouth(),
            String.join(",", c.parties()), String.join(",", c.categories()), c.validFrom(), c.validTo(),
            c.recordedBy(), Timestamp.from(at), c.guardiansWithCustody(), c.guardian1On(), c.guardian2On(),
            c.youthOn(), c.documentReference())
        .update();
  }

  public List<Consent> consents(String caseId) {
    return jdbc.sql("select * from consent where case_id = ? order by recorded_at").param(caseId)
        .query(this::consent).list();
  }

  public int withdrawConsents(String caseId, String userId, Instant at) {
    return jdbc.sql("update consent set withdrawn_at = ?, withdrawn_by = ? where case_id = ? and withdrawn_at is null")
        .params(Timestamp.from(at), userId, caseId).update();
  }

  // --- notes, disclosures, events

  public void insertNote(Note n) {
    jdbc.sql("""
        insert into note (id, case_id, owner_agency, category, body, source, created_by, created_at, author_groups)
        values (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
        .params(n.id(), n.caseId(), n.ownerAgency(), n.category(), n.body(), n.source(), n.createdBy(),
            Timestamp.from(n.createdAt()), n.authorGroups().isEmpty() ? null : String.join(",", n.authorGroups()))
        .update();
  }

  public List<Note> notes(String caseId) {
    return jdbc.sql("select * from note where case_id = ? order by created_at, id").param(caseId)
        .query((rs, i) -> new Note(rs.getString("id"), rs.getString("case_id"), rs.getString("owner_agency"),
            rs.getString("category"), rs.getString("body"), rs.getString("source"), rs.getString("created_by"),
            instant(rs, "created_at"), split(rs.getString("author_groups"))))
        .list();
  }

  public void insertDisclosure(Disclosure d) {
    jdbc.sql("""
        insert into disclosure (id, case_id, from_agency, to_agency, category, legal_ground, justification, decided_by,
          decided_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
        .params(d.id(), d.caseId(), d.fromAgency(), d.toAgency(), d.category(), d.legalGround(), d.justification(),
            d.decidedBy(), Timestamp.from(d.decidedAt()))
        .update();
  }

  public List<Disclosure> disclosures(String caseId) {
    return jdbc.sql("select * from disclosure where case_id = ? order by decided_at").param(caseId)
        .query(this::disclosure).list();
  }

  private Disclosure disclosure(ResultSet rs, int i) throws SQLException {
    return new Disclosure(rs.getString("id"), rs.getString("case_id"), rs.getString("from_agency"),
        rs.getString("to_agency"), rs.getString("category"), rs.getString("legal_ground"),
        rs.getString("justification"), rs.getString("decided_by"), instant(rs, "decided_at"));
  }

  // --- batches for lists (one query per table, never one per row)

  public List<CaseRecord> findCases(java.util.Collection<String> ids) {
    return ids.isEmpty() ? List.of() : jdbc.sql("select * from sv_case where id in (:ids)").param("ids", ids)
        .query(this::caseRecord).list();
  }

  public List<Consent> consentsOfCases(java.util.Collection<String> caseIds) {
    return caseIds.isEmpty() ? List.of() : jdbc.sql("select * from consent where case_id in (:ids) order by recorded_at")
        .param("ids", caseIds).query(this::consent).list();
  }

  public List<Disclosure> disclosuresOfCases(java.util.Collection<String> caseIds) {
    return caseIds.isEmpty() ? List.of()
        : jdbc.sql("select * from disclosure where case_id in (:ids) order by decided_at").param("ids", caseIds)
            .query(this::disclosure).list();
  }

  public List<Person> findPersons(java.util.Collection<String> ids) {
    return ids.isEmpty() ? List.of() : jdbc.sql("select * from person where id in (:ids)").param("ids", ids)
        .query(this::person).list();
  }

  public void logAccesses(String userId, String agency, java.util.Collection<String> caseIds, String action,
      Instant at) {
    // One multi-row insert per hundred entries: a list of 25 names is one round trip to the database, not 25.
    List<String> ids = new ArrayList<>(caseIds);
    for (int from = 0; from < ids.size(); from += 100) {
      List<String> slice = ids.subList(from, Math.min(ids.size(), from + 100));
      List<Object> params = new ArrayList<>();
      Timestamp when = Timestamp.from(at);
      for (String caseId : slice) {
        params.addAll(Arrays.asList(newId(), userId, agency, caseId, action, when));
      }
      jdbc.sql("insert into access_log (id, user_id, agency, case_id, action, logged_at) values "
          + String.join(", ", java.util.Collections.nCopies(slice.size(), "(?, ?, ?, ?, ?, ?)")))
          .params(params).update();
    }
  }

  public void insertEvent(CaseEvent e) {
    jdbc.sql("insert into case_event (id, case_id, kind, detail, created_by, created_at) values (?, ?, ?, ?, ?, ?)")
        .params(e.id(), e.caseId(), e.kind(), e.detail(), e.createdBy(), Timestamp.from(e.createdAt())).update();
  }

  public List<CaseEvent> events(String caseId) {
    return jdbc.sql("select * from case_event where case_id = ? order by created_at, id").param(caseId)
        .query((rs, i) -> new CaseEvent(rs.getString("id"), rs.getString("case_id"), rs.getString("kind"),
            rs.getString("detail"), rs.getString("created_by"), instant(rs, "created_at")))
        .list();
  }

  // --- commitments

  public void insertCommitment(Commitment c, Instant at) {
    jdbc.sql("""
        insert into commitment (id, case_id, party, responsible, period, due_date, status, created_at)
        values (?, ?, ?, ?, ?, ?, ?, ?)""")
        .params(c.id(), c.caseId(), c.party(), c.responsible(), c.period(), c.dueDate(), c.status(),
            Timestamp.from(at)).update();
  }

  public int latestCommitmentPeriod(String caseId) {
    return jdbc.sql("select coalesce(max(period), 0) from commitment where case_id = ?").param(caseId)
        .query(Integer.class).single();
  }

  public int reportCommitment(String caseId, String party, int period, String status, Instant at) {
    return jdbc.sql("update commitment set status = ?, reported_at = ? where case_id = ? and party = ? and period = ?")
        .params(status, Timestamp.from(at), caseId, party, period).update();
  }

  public List<Commitment> commitments(String caseId) {
    return jdbc.sql("select * from commitment where case_id = ? order by period, party").param(caseId)
        .query((rs, i) -> new Commitment(rs.getString("id"), rs.getString("case_id"), rs.getString("party"),
            rs.getString("responsible"), rs.getInt("period"), rs.getObject("due_date", LocalDate.class), rs.getString("status")))
        .list();
  }

  // --- access log

  public void logAccess(String userId, String agency, String caseId, String action, Instant at) {
    jdbc.sql("insert into access_log (id, user_id, agency, case_id, action, logged_at) values (?, ?, ?, ?, ?, ?)")
        .params(newId(), userId, agency, caseId, action, Timestamp.from(at)).update();
  }

  // --- mapping

  private Person person(ResultSet rs, int i) throws SQLException {
    return new Person(rs.getString("id"), rs.getString("identity_number"), rs.getBoolean("coordination_number"),
        rs.getString("first_name"), rs.getString("last_name"), rs.getObject("birth_date", LocalDate.class),
        rs.getString("owner_agency"));
  }

  private CaseRecord caseRecord(ResultSet rs, int i) throws SQLException {
    return new CaseRecord(rs.getString("id"), rs.getString("case_type"), rs.getString("status"),
        rs.getString("person_id"), rs.getString("process_instance_id"), rs.getString("district"),
        split(rs.getString("concerns")), rs.getString("owner_agency"), rs.getString("closure_reason"),
        instant(rs, "opened_at"), instant(rs, "closed_at"), (Integer) rs.getObject("youth_age", Integer.class),
        rs.getString("owner_unit"), rs.getString("case_number"));
  }

  private Consent consent(ResultSet rs, int i) throws SQLException {
    return new Consent(rs.getString("id"), rs.getString("case_id"), rs.getBoolean("given_by_guardian1"),
        rs.getBoolean("given_by_guardian2"), rs.getBoolean("given_by_youth"), split(rs.getString("parties")),
        split(rs.getString("categories")), rs.getObject("valid_from", LocalDate.class),
        rs.getObject("valid_to", LocalDate.class), instant(rs, "withdrawn_at"), rs.getString("recorded_by"),
        (Integer) rs.getObject("guardians_with_custody", Integer.class), rs.getObject("guardian1_on", LocalDate.class),
        rs.getObject("guardian2_on", LocalDate.class), rs.getObject("youth_on", LocalDate.class),
        rs.getString("document_reference"));
  }

  private static List<String> split(String csv) {
    return csv == null || csv.isBlank() ? List.of() : Arrays.asList(csv.split(","));
  }

  private static Instant instant(ResultSet rs, String column) throws SQLException {
    Timestamp ts = rs.getTimestamp(column);
    return ts == null ? null : ts.toInstant();
  }
}
