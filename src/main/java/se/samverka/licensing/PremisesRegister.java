package se.samverka.licensing;

import java.util.List;
import org.springframework.stereotype.Service;
import se.samverka.errors.Failures;
import org.springframework.transaction.annotation.Transactional;
import se.samverka.licensing.PremisesCsv.RowError;
import se.samverka.licensing.persistence.PremisesRepository;
import se.samverka.workflow.EngineClock;

/** The premises register: CSV import (all or nothing) and export, and the list. */
@Service
@Transactional
public class PremisesRegister {

  /** A file with bad rows: nothing was imported. */
  public static class ImportRefused extends se.samverka.errors.InvalidInput {

    private final transient List<RowError> errors;

    ImportRefused(List<RowError> errors) {
      // Line 0 is the file as a whole (its encoding, its CSV syntax): say why at once instead of counting rows.
      super(errors.size() == 1 && errors.get(0).line() == 0
          ? "Filen importerades inte. " + errors.get(0).reason()
          : "Filen importerades inte: " + errors.size() + " rader har fel");
      this.errors = List.copyOf(errors);
    }

    public List<RowError> errors() {
      return errors;
    }

    /** The refused rows, each with its line and Swedish reason (the reason never echoes the row). */
    @Override
    public java.util.Map<String, Object> details() {
      // At most the first hundred rows: a huge bad file must not make a huge answer.
      return java.util.Map.of("rader", errors.stream().limit(100)
          .map(error -> java.util.Map.of("rad", error.line(), "orsak", Failures.cap(error.reason()))).toList());
    }
  }

  /** How an import went: premises added and updated (same name and address as before). */
  public record ImportResult(int added, int updated) {}

  private final PremisesRepository repository;

  PremisesRegister(PremisesRepository repository) {
    this.repository = repository;
  }

  /** Imports a CSV file as uploaded (UTF-8 bytes), all or nothing. */
  public ImportResult importCsv(byte[] file) {
    var result = PremisesCsv.parse(file);
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
  public java.util.Optional<Premises> find(String id) {
    return repository.find(id);
  }

  /** The number of AAS-trained staff of a premises follows the passed AAS courses (module annualwork). */
  public void setAasTrainedStaff(String premisesId, int count) {
    if (count < 0) {
      throw new IllegalArgumentException("Antalet AAS-utbildade kan inte vara negativt");
    }
    repository.setAasTrainedStaff(requireKnown(premisesId), count, EngineClock.now());
  }

  /** The KMK status of a premises follows its certification (module annualwork): ej, pagar or certifierad. */
  public void setKmkStatus(String premisesId, String status) {
    if (!PremisesCsv.KMK.contains(status)) {
      throw new IllegalArgumentException("Okänd KMK-status: " + status);
    }
    repository.setKmkStatus(requireKnown(premisesId), status, EngineClock.now());
  }

  private String requireKnown(String premisesId) {
    return repository.find(premisesId).map(Premises::id)
        .orElseThrow(() -> new IllegalArgumentException("Okänt serveringsställe: " + premisesId));
  }

  @Transactional(readOnly = true)
  public List<Premises> all() {
    return repository.all();
  }
}
