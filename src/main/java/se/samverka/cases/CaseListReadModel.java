package se.samverka.cases;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;
import se.samverka.cases.CaseModel.CaseRecord;
import se.samverka.cases.CaseModel.Consent;
import se.samverka.cases.CaseModel.Disclosure;
import se.samverka.cases.persistence.CaseRepository;
import se.samverka.cases.persistence.CaseRepository.CaseGrants;
import se.samverka.cases.persistence.CaseRepository.VisibilityRow;

/**
 * The case list's read model ({@code sv_case_visibility}): the grants of each case ({@link CaseVisibility}), written
 * again in the same transaction as every write of the case store that changes what the access rule reads (the case
 * opened, its person attached, its case number linked, a consent given or withdrawn, a disclosure recorded).
 * <p>
 * It is filled from the case store when the application starts and some case has no grant at all (a database from
 * before V28, or a case written by hand), and rebuilt in full by an administrator ({@code POST
 * /api/admin/cases/rebuild}). Both go in chunks of {@value #CHUNK} cases, each chunk its own transaction that first
 * locks its cases as a write of the case store does, so a write to a case at the same time is never overwritten by
 * grants read before it.
 */
@Component
public class CaseListReadModel {

  private static final Logger LOG = LoggerFactory.getLogger(CaseListReadModel.class);
  static final int CHUNK = 1000;

  private final CaseRepository repository;
  private final TransactionTemplate chunk;

  CaseListReadModel(CaseRepository repository, PlatformTransactionManager transactions) {
    this.repository = repository;
    this.chunk = new TransactionTemplate(transactions);
    this.chunk.setPropagationBehavior(TransactionTemplate.PROPAGATION_REQUIRES_NEW);
  }

  /** Writes the case's grants again from what the case store now holds; waits for another write of the case. */
  @Transactional(propagation = Propagation.MANDATORY)
  public void refresh(String caseId) {
    repository.lockCase(caseId);
    CaseRecord record = repository.findCase(caseId).orElseThrow(() -> new CaseNotFoundException(caseId));
    repository.replaceVisibility(record, rows(record, repository.consents(caseId), repository.disclosures(caseId)),
        CaseVisibility.numberKey(record.caseNumber()));
  }

  /** Writes every case's grants again; returns the number of cases. */
  public int rebuild() {
    return fill(false);
  }

  /** Is there a case without any grant (every case has at least its owner's)? */
  public boolean needsFill() {
    return repository.anyCaseWithoutVisibility();
  }

  @EventListener(ApplicationReadyEvent.class)
  void fillWhenIncomplete() {
    if (needsFill()) {
      int cases = fill(true);
      LOG.info("Ärendelistans läsmodell fylldes för {} ärenden", cases);
    }
  }

  private int fill(boolean onlyMissing) {
    int done = 0;
    String after = null;
    while (true) {
      String from = after;
      List<CaseRecord> records = chunk.execute(status -> writeChunk(from, onlyMissing));
      if (records == null || records.isEmpty()) {
        return done;
      }
      done += records.size();
      after = records.get(records.size() - 1).id();
    }
  }

  private List<CaseRecord> writeChunk(String after, boolean onlyMissing) {
    List<CaseRecord> records = repository.casesAfter(after, CHUNK, onlyMissing);
    if (records.isEmpty()) {
      return records;
    }
    List<String> ids = records.stream().map(CaseRecord::id).toList();
    repository.lockCases(ids);
    // Read again after the lock: a write that committed meanwhile is in what is read now.
    records = repository.findCases(ids).stream().sorted(java.util.Comparator.comparing(CaseRecord::id)).toList();
    Map<String, List<Consent>> consents = repository.consentsOfCases(ids).stream()
        .collect(Collectors.groupingBy(Consent::caseId));
    Map<String, List<Disclosure>> disclosures = repository.disclosuresOfCases(ids).stream()
        .collect(Collectors.groupingBy(Disclosure::caseId));
    List<CaseGrants> grants = new ArrayList<>();
    for (CaseRecord record : records) {
      grants.add(new CaseGrants(record, rows(record, consents.getOrDefault(record.id(), List.of()),
          disclosures.getOrDefault(record.id(), List.of())), CaseVisibility.numberKey(record.caseNumber())));
    }
    repository.deleteVisibilityOf(ids);
    repository.insertVisibility(grants);
    return records;
  }

  private static Collection<VisibilityRow> rows(CaseRecord record, List<Consent> consents,
      List<Disclosure> disclosures) {
    return CaseVisibility.grants(record, consents, disclosures).stream()
        .map(g -> new VisibilityRow(g.agency(), g.unit(), g.seesPerson(), g.from(), g.until())).toList();
  }
}
