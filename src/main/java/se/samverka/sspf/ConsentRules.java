package se.samverka.sspf;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Who must consent before SSPF shares anything (OSL 12 kap. 2 §: the consent of the one the secrecy protects, given by
 * the guardians for a child):
 * <ul>
 *   <li>under 18: every guardian with custody, so both in joint custody (FB 6 kap. 13 §); one or two are asked;</li>
 *   <li>from {@code samverka.sspf.youth-consent-age} (common practice: 15) the young person as well;</li>
 *   <li>from 18 the young person alone: custody has ended (FB 6 kap. 2 §), so no guardian is asked.</li>
 * </ul>
 * A "no" from anyone asked means there is no consent, whatever the others said; SSPF is voluntary, so that includes a
 * younger child who was asked and said no. Each "yes" has its own date, neither in the future nor so old that a consent
 * signed then has lapsed ({@code consent-validity}).
 */
public final class ConsentRules {

  /** One person's answer: consents or not (null: not recorded), and on which day. */
  public record Answer(Boolean consents, LocalDate on) {

    public static final Answer NONE = new Answer(null, null);

    public static Answer yes(LocalDate on) {
      return new Answer(true, on);
    }

    public static Answer no() {
      return new Answer(false, null);
    }
  }

  /** The answers recorded: how many guardians have custody (0–2), each guardian's and the young person's answer. */
  public record Answers(int guardiansWithCustody, Answer guardian1, Answer guardian2, Answer youth) {}

  public enum Outcome { GIVEN, REFUSED, INCOMPLETE }

  /**
   * The verdict: the outcome, the reason when not given (Swedish, for the user), and the earliest day of a counted
   * signature (from which the consent's validity is counted).
   */
  public record Verdict(Outcome outcome, String problem, LocalDate earliestSignature) {

    static Verdict refused(String problem) {
      return new Verdict(Outcome.REFUSED, problem, null);
    }

    static Verdict incomplete(String problem) {
      return new Verdict(Outcome.INCOMPLETE, problem, null);
    }
  }

  private final SspfSettings settings;

  public ConsentRules(SspfSettings settings) {
    this.settings = settings;
  }

  /** Does a consent need the young person's own signature at this age? */
  public boolean youthMustConsent(int age) {
    return age >= settings.youthConsentAge() || age >= SspfSettings.ADULT_AGE;
  }

  public Verdict check(int age, Answers answers, LocalDate today) {
    boolean adult = age >= SspfSettings.ADULT_AGE;
    int custody = answers.guardiansWithCustody();
    if (adult && custody != 0) {
      return Verdict.incomplete("Den unge har fyllt 18 år: vårdnaden har upphört (FB 6 kap. 2 §) och bara den unges "
          + "eget samtycke gäller. Ange att ingen vårdnadshavare har vårdnaden.");
    }
    if (!adult && custody != 1 && custody != 2) {
      return Verdict.incomplete("Den unge är under 18 år: ange om en eller två vårdnadshavare har vårdnaden. Alla "
          + "vårdnadshavare med vårdnad måste samtycka (FB 6 kap. 13 §).");
    }
    List<String> names = new ArrayList<>();
    List<Answer> asked = new ArrayList<>();
    if (custody >= 1) {
      names.add("Vårdnadshavare 1");
      asked.add(answers.guardian1());
    }
    if (custody == 2) {
      names.add("Vårdnadshavare 2");
      asked.add(answers.guardian2());
    }
    boolean youthRequired = youthMustConsent(age);
    if (youthRequired || answers.youth().consents() != null) {
      names.add("Den unge");
      asked.add(answers.youth());
    }
    for (int i = 0; i < asked.size(); i++) {
      if (Boolean.FALSE.equals(asked.get(i).consents())) {
        return Verdict.refused(names.get(i) + " samtycker inte. Utan samtycke från alla som måste samtycka får "
            + "uppgifterna inte delas (OSL 12 kap. 2 §).");
      }
    }
    for (int i = 0; i < asked.size(); i++) {
      if (asked.get(i).consents() == null) {
        String name = names.get(i);
        return Verdict.incomplete(name.equals("Den unge")
            ? (adult ? "Den unge har fyllt 18 år och samtycker själv: den unges samtycke saknas"
                : "Den unge har fyllt " + settings.youthConsentAge() + " år och måste också samtycka")
            : "Samtycke från " + name.toLowerCase() + " saknas: alla vårdnadshavare med vårdnad måste samtycka "
                + "(FB 6 kap. 13 §)");
      }
    }
    LocalDate earliest = null;
    for (int i = 0; i < asked.size(); i++) {
      LocalDate on = asked.get(i).on();
      if (on == null) {
        return Verdict.incomplete("Ange datum för samtycket från " + names.get(i).toLowerCase());
      }
      if (on.isAfter(today)) {
        return Verdict.incomplete("Datum för samtycket från " + names.get(i).toLowerCase()
            + " kan inte ligga i framtiden");
      }
      if (settings.consentValidUntil(on).isBefore(today)) {
        return Verdict.incomplete("Samtycket från " + names.get(i).toLowerCase() + " den " + on + " har gått ut "
            + "(ett samtycke gäller till och med " + settings.consentValidUntil(on) + "). Ett nytt samtycke behövs.");
      }
      earliest = earliest == null || on.isBefore(earliest) ? on : earliest;
    }
    return new Verdict(Outcome.GIVEN, null, earliest);
  }
}
