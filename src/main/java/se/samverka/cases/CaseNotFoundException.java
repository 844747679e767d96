package se.samverka.cases;

/** The case does not exist, or the caller's agency may not know that it exists (answered alike, with 404). */
public class CaseNotFoundException extends se.samverka.errors.NotFound {

  public CaseNotFoundException(String caseId) {
    super("Ärendet finns inte eller så saknar du behörighet till det: " + caseId);
  }
}
