package se.samverka.cases;

import java.util.Optional;

/**
 * Why a statutory deadline was breached, as the owning group or a manager of its agency records it afterwards: a short
 * fixed list, so that the dashboards can count breaches per reason. The code is stored ({@code deadline.breach_reason});
 * the label is what every page shows. {@link #ANNAT} needs a comment that says what it was.
 */
public enum BreachReason {
  HOG_BELASTNING("Hög arbetsbelastning"),
  EJ_NAADD("Vårdnadshavaren eller den unge gick inte att nå"),
  VANTAR_ANNAN("Väntade på underlag från en annan myndighet"),
  SEN_INFORMATION("Uppgifterna kom in för sent för att hinna"),
  FEL_HANDLAGGNING("Förbisedd eller fel i handläggningen"),
  ANNAT("Annat");

  private final String label;

  BreachReason(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }

  /** The reason of a stored or submitted code; empty for null or a code not in the list. */
  public static Optional<BreachReason> parse(String code) {
    if (code == null) {
      return Optional.empty();
    }
    for (BreachReason reason : values()) {
      if (reason.name().equals(code)) {
        return Optional.of(reason);
      }
    }
    return Optional.empty();
  }
}
