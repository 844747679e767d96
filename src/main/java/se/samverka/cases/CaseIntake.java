package se.samverka.cases;

import java.util.Map;
import se.samverka.workflow.InvalidFormInput;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;
import se.samverka.cases.CaseModel.PersonInput;
import se.samverka.security.Agencies;
import se.samverka.security.CurrentUser;
import se.samverka.workflow.FormValues;
import se.samverka.workflow.PersonalDataIntake;
import se.samverka.workflow.PersonalFields;

/**
 * Takes the personal fields of submitted forms into the case store. A start form with identity fields
 * ({@code pd_grund_personnummer}, names, birth date) registers the person and opens a case, whose id becomes the
 * {@code caseId} variable; a start form without identity but with the young person's age ({@code pd_grund_alder})
 * opens a consultation without identity. A task form with identity fields attaches the person to a consultation.
 * Every other personal field becomes a note of the case, owned by the submitting user's agency, in the category its
 * key names.
 */
@Component
class CaseIntake implements PersonalDataIntake {

  static final String CASE_ID = "caseId";
  static final String DISTRICT = "district";
  static final String IDENTITY_NUMBER = "pd_grund_personnummer";
  static final String FIRST_NAME = "pd_grund_fornamn";
  static final String LAST_NAME = "pd_grund_efternamn";
  static final String BIRTH_DATE = "pd_grund_fodelsedatum";
  /** The age in years of a young person whose identity is withheld (a consultation). */
  static final String AGE = "pd_grund_alder";
  static final java.util.List<String> IDENTITY_FIELDS = java.util.List.of(IDENTITY_NUMBER, FIRST_NAME, LAST_NAME,
      BIRTH_DATE);

  private final CaseService cases;
  private final Agencies agencies;

  CaseIntake(CaseService cases, Agencies agencies) {
    this.cases = cases;
    this.agencies = agencies;
  }

  @Override
  public void acceptStart(DelegateExecution processInstance, Map<String, Object> fields) {
    CurrentUser user = actingUser();
    String caseId = (String) processInstance.getVariable(CASE_ID);
    try {
      boolean consultation = !hasIdentity(fields) && hasValue(fields.get(AGE));
      boolean identity = !consultation && IDENTITY_FIELDS.stream().anyMatch(fields::containsKey);
      String processKey = processInstance.getProcessDefinitionId().split(":")[0];
      String district = FormValues.text(processInstance.getVariable(DISTRICT));
      if (caseId == null && identity) {
        caseId = cases.openCase(processKey, personInput(fields), district, processInstance.getProcessInstanceId(),
            user.agency(), user.userId());
        processInstance.setVariable(CASE_ID, caseId);
      } else if (caseId == null && consultation) {
        caseId = cases.openConsultation(processKey, age(fields.get(AGE)), district,
            processInstance.getProcessInstanceId(), user.agency(), user.userId());
        processInstance.setVariable(CASE_ID, caseId);
      }
      if (caseId == null) {
        throw new InvalidFormInput("Personuppgifter kan bara tas emot för ett ärende (caseId saknas)");
      }
      storeNotes(caseId, fields, user, "start");
    } catch (IllegalArgumentException e) {
      throw new InvalidFormInput(e.getMessage());
    }
  }

  @Override
  public void acceptTaskCompletion(DelegateTask task, Map<String, Object> fields) {
    CurrentUser user = actingUser();
    String caseId = (String) task.getVariable(CASE_ID);
    if (caseId == null) {
      throw new InvalidFormInput("Personuppgifter kan bara tas emot för ett ärende (caseId saknas)");
    }
    try {
      if (hasIdentity(fields)) {
        cases.attachPerson(caseId, personInput(fields), user.userId());
      }
      storeNotes(caseId, fields, user, task.getTaskDefinitionKey());
    } catch (IllegalArgumentException e) {
      throw new InvalidFormInput(e.getMessage());
    }
  }

  private void storeNotes(String caseId, Map<String, Object> fields, CurrentUser user, String source) {
    fields.forEach((key, value) -> {
      if (IDENTITY_FIELDS.contains(key) || key.equals(AGE)) {
        return;
      }
      String text = FormValues.text(value);
      if (text == null || text.isEmpty()) {
        return;
      }
      String category = PersonalFields.category(key)
          .orElseThrow(() -> new IllegalArgumentException("Fältet " + key + " följer inte namnregeln pd_<kategori>_<namn>"));
      cases.addNote(caseId, user.agency(), category, text, source, user.userId());
    });
  }

  /** Any identity field with a value (Tasklist submits empty fields as empty strings or null). */
  private static boolean hasIdentity(Map<String, Object> fields) {
    return IDENTITY_FIELDS.stream().anyMatch(key -> hasValue(fields.get(key)));
  }

  private static boolean hasValue(Object value) {
    String text = FormValues.text(value);
    return text != null && !text.isBlank();
  }

  private static PersonInput personInput(Map<String, Object> fields) {
    return new PersonInput(FormValues.text(fields.get(IDENTITY_NUMBER)), FormValues.text(fields.get(FIRST_NAME)),
        FormValues.text(fields.get(LAST_NAME)), FormValues.date(fields.get(BIRTH_DATE), "Födelsedatum"));
  }

  private static int age(Object value) {
    String text = FormValues.text(value);
    if (value instanceof Number number && number.doubleValue() == Math.rint(number.doubleValue())
        && Math.abs(number.doubleValue()) < 1000) {
      return number.intValue();
    }
    if (text.matches("\\d{1,3}")) {
      return Integer.parseInt(text);
    }
    throw new IllegalArgumentException("Ålder ska anges i hela år");
  }

  private CurrentUser actingUser() {
    CurrentUser user = agencies.current()
        .orElseThrow(() -> new InvalidFormInput("Personuppgifter tas bara emot från en inloggad användare"));
    if (user.agency() == null) {
      throw new InvalidFormInput("Användaren " + user.userId() + " hör inte till någon myndighet");
    }
    return user;
  }

}
