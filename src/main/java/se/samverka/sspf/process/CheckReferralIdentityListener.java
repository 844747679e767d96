package se.samverka.sspf.process;

import static se.samverka.sspf.SspfArendeProcess.ACUTE_RISK;
import static se.samverka.sspf.SspfArendeProcess.CASE_ID;
import static se.samverka.sspf.SspfArendeProcess.GUARDIANS_AGREED;
import static se.samverka.sspf.SspfArendeProcess.NO;
import static se.samverka.sspf.SspfArendeProcess.YES;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;
import se.samverka.workflow.FormValues;
import se.samverka.workflow.InvalidFormInput;

/**
 * Start of {@code ReferralReceivedStartEvent}: a referral without a signed consent is a consultation without
 * identity, so its identity fields must be empty and the young person's age is given instead. Declared on the start
 * event, this listener runs before the personal fields are taken into the case store, so a refused identity is never
 * stored.
 */
@Component("checkReferralIdentityListener")
class CheckReferralIdentityListener implements ExecutionListener {

  static final String AGE = "pd_grund_alder";
  /** The identity fields of the referral form, with their labels for the message. */
  static final Map<String, String> IDENTITY_FIELDS = new LinkedHashMap<>();

  static {
    IDENTITY_FIELDS.put("pd_grund_personnummer", "Personnummer eller samordningsnummer");
    IDENTITY_FIELDS.put("pd_grund_fornamn", "Förnamn");
    IDENTITY_FIELDS.put("pd_grund_efternamn", "Efternamn");
    IDENTITY_FIELDS.put("pd_grund_fodelsedatum", "Födelsedatum");
  }

  @Override
  public void notify(DelegateExecution execution) {
    String agreed = FormValues.choice(execution.getVariable(GUARDIANS_AGREED),
        "Finns ett underskrivet samtycke till aktualiseringen", List.of(YES, NO));
    boolean ageGiven = hasValue(execution.getVariable(AGE));
    if (YES.equals(agreed)) {
      if (ageGiven) {
        throw new InvalidFormInput("Fältet Ålder (" + AGE + ") fylls bara i vid en konsultation utan identitet; "
            + "ange födelsedatum eller personnummer i stället");
      }
      return;
    }
    IDENTITY_FIELDS.forEach((key, label) -> {
      if (hasValue(execution.getVariable(key))) {
        throw new InvalidFormInput("Utan underskrivet samtycke blir aktualiseringen en konsultation utan identitet: "
            + "lämna fältet " + label + " (" + key + ") tomt");
      }
    });
    if (FormValues.flag(execution.getVariable(ACUTE_RISK))) {
      throw new InvalidFormInput("Vid akut oro ska en orosanmälan med barnets identitet göras till socialtjänsten, "
          + "även utan vårdnadshavarnas samtycke. Gör orosanmälan först och aktualisera sedan i SSPF.");
    }
    if (!ageGiven && execution.getVariable(CASE_ID) == null) {
      throw new InvalidFormInput("Ange den unges ålder i hela år (fältet Ålder, " + AGE
          + ") när identiteten inte lämnas");
    }
  }

  private static boolean hasValue(Object value) {
    String text = FormValues.text(value);
    return text != null && !text.isEmpty();
  }
}
