package se.samverka.licensing;

import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.samverka.licensing.PremisesCsv.RowError;
import se.samverka.licensing.persistence.PremisesRepository;
import se.samverka.workflow.EngineClock;

/** The premises register: CSV import (all or nothing) and export, and the list. */
@Service
@Transactional
public class PremisesRegister {

  /** A file with bad rows: nothing was imported. */
  public static class ImportRefused extends RuntimeException {

    private final transient List<RowError> errors;

    ImportRefused(List<RowError> errors) {
      super("Filen importerades inte: " + errors.size() + " rader har fel");
      this.errors = List.copyOf(errors);
    }

    public List<RowError> errors() {
      return errors;
    }
  }

  /** How an import went: premises added and updated (same name and address as before). */
  public record ImportResult(int added, int updated) {}

  private final PremisesRepository repository;

  PremisesRegister(PremisesRepository repository) {
    this.repository = repository;
  }

  public ImportResult importCsv(String csv) {
    var result = PremisesCsv.parse(csv);
    if (!result.errors().isEmpty()) {
      throw new ImportRefused(result.errors());
    }
    int added = 0;
    for (Premises premises : result.premises()) {
      if (repository.upsert(premises, EngineClock.now())) {
        added++;
      }
    }
    return new ImportResult(added, result.premises().size() - added);
  }

  @Transactional(readOnly = true)
  public String exportCsv() {
    return PremisesCsv.write(repository.all());
  }

  @Transactional(readOnly = true)
  public boolean isEmpty() {
    return repository.count() == 0;
  }

  @Transactional(readOnly = true)
  public List<Premises> all() {
    return repository.all();
  }
}
