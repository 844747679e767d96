package se.samverka.licensing;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

/**
 * The earlier formal sanctions (erinran, varning) of a licence within the look-back period
 * ({@code samverka.licensing.sanction-look-back}). In the sanction ladder a breach is "repeated" when the licence has
 * such a sanction, with its date, not when a remark is found again at the re-inspection (alkohollagen 9 kap. 17-18 §§,
 * prop. 2009/10:125). The decision table gets the most severe one and the officer sees them all.
 */
public record SanctionHistory(String mostSevere, LocalDate mostSevereOn, List<EarlierSanction> sanctions) {

  /** No earlier formal sanction within the look-back. */
  public static final String NONE = "ingen";
  /** The formal sanctions that count, mildest first; a revoked licence is gone and has no later sanctions. */
  static final List<String> FORMAL = List.of("erinran", "varning");

  /** One decided sanction of the licence. */
  public record EarlierSanction(String sanction, LocalDate decidedOn) {}

  /** The sanctions decided from {@code from} up to {@code today}, the latest first; the most severe with its date. */
  public static SanctionHistory of(List<EarlierSanction> decided, LocalDate from, LocalDate today) {
    List<EarlierSanction> within = decided.stream()
        .filter(s -> FORMAL.contains(s.sanction()) && s.decidedOn() != null)
        .filter(s -> !s.decidedOn().isBefore(from) && !s.decidedOn().isAfter(today))
        .sorted(Comparator.comparing(EarlierSanction::decidedOn).reversed())
        .toList();
    EarlierSanction severest = within.stream()
        .max(Comparator.comparingInt((EarlierSanction s) -> FORMAL.indexOf(s.sanction()))
            .thenComparing(EarlierSanction::decidedOn))
        .orElse(null);
    return severest == null ? new SanctionHistory(NONE, null, List.of())
        : new SanctionHistory(severest.sanction(), severest.decidedOn(), within);
  }

  /** For the officer's and the committee's forms: each sanction with its date, the latest first. */
  public String summary(LocalDate from) {
    if (sanctions.isEmpty()) {
      return "Ingen erinran eller varning sedan " + from;
    }
    return String.join(", ", sanctions.stream()
        .map(s -> Supervision.label(s.sanction()) + " " + s.decidedOn()).toList()) + " (sedan " + from + ")";
  }
}
