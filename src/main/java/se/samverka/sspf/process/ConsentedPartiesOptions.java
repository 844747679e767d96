package se.samverka.sspf.process;

import static se.samverka.sspf.SspfArendeProcess.CASE_ID;
import static se.samverka.sspf.SspfArendeProcess.COMMITMENT_PARTIES;

import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.stereotype.Component;
import se.samverka.cases.CaseService;
import se.samverka.workflow.EngineClock;
import se.samverka.workflow.FormOptions;

/**
 * The parties the commitment plan may give a commitment to: only those a valid consent of the case names (the rule
 * {@link RecordCommitmentPlanDelegate} enforces), so the form offers no party the server would refuse.
 */
@Component
class ConsentedPartiesOptions implements FormOptions {

  static final String FORM = "sspf-natverksmote";

  private final CaseService cases;

  ConsentedPartiesOptions(CaseService cases) {
    this.cases = cases;
  }

  @Override
  public boolean computes(String formId, String fieldKey) {
    return FORM.equals(formId) && COMMITMENT_PARTIES.equals(fieldKey);
  }

  @Override
  public Map<String, String> options(String formId, String fieldKey, Map<String, String> declared,
      Map<String, Object> variables) {
    Object caseId = variables.get(CASE_ID);
    Map<String, String> covered = new LinkedHashMap<>();
    if (!(caseId instanceof String id)) {
      return covered;
    }
    var today = EngineClock.today();
    var consents = cases.consents(id).stream().filter(consent -> consent.isValidOn(today)).toList();
    declared.forEach((party, label) -> {
      if (consents.stream().anyMatch(consent -> consent.namesAgency(party))) {
        covered.put(party, label);
      }
    });
    return covered;
  }

  @Override
  public String refusal(String label, String value) {
    return "Fältet \"" + label + "\": samtycket omfattar inte " + value.replace("\"", "")
        + ", så ett åtagande kan inte ges dit";
  }
}
