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
 * {@code caseId} variable; every other personal field becomes a note of the case, owned by the submitting user's
 * agency, in the category its key names.
 */
@Component
class CaseIntake implements PersonalDataIntake {

  static final String CASE_ID = "caseId";
  static final String DISTRICT = "district";
  static final String IDENTITY_NUMBER = "pd_grund_personnummer";
  static final String FIRST_NAME = "pd_grund_fornamn";
  static final String LAST_NAME = "pd_grund_efternamn";
  static final String BIRTH_DATE = "pd_grund_fodelsedatum";

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
      boolean identity = fields.containsKey(FIRST_NAME) || fields.containsKey(LAST_NAME)
          || fields.containsKey(IDENTITY_NUMBER) || fields.containsKey(BIRTH_DATE);
      if (caseId == null && identity) {
        var person = new PersonInput(FormValues.text(fields.get(IDENTITY_NUMBER)),
            FormValues.text(fields.get(FIRST_NAME)), FormValues.text(fields.get(LAST_NAME)),
            FormValues.date(fields.get(BIRTH_DATE), "Födelsedatum"));
        String processKey = processInstance.getProcessDefinitionId().split(":")[0];
        caseId = cases.openCase(processKey, person, FormValues.text(processInstance.getVariable(DISTRICT)),
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
      storeNotes(caseId, fields, user, task.getTaskDefinitionKey());
    } catch (IllegalArgumentException e) {
      throw new InvalidFormInput(e.getMessage());
    }
  }

  private void storeNotes(String caseId, Map<String, Object> fields, CurrentUser user, String source) {
    fields.forEach((key, value) -> {
      if (key.equals(IDENTITY_NUMBER) || key.equals(FIRST_NAME) || key.equals(LAST_NAME) || key.equals(BIRTH_DATE)) {
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

  private CurrentUser actingUser() {
    CurrentUser user = agencies.current()
        .orElseThrow(() -> new InvalidFormInput("Personuppgifter tas bara emot från en inloggad användare"));
    if (user.agency() == null) {
      throw new InvalidFormInput("Användaren " + user.userId() + " hör inte till någon myndighet");
    }
    return user;
  }

}
