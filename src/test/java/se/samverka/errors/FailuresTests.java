package se.samverka.errors;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.MismatchingMessageCorrelationException;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.ParseException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.TaskAlreadyClaimedException;
import org.camunda.bpm.engine.exception.NullValueException;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.junit.jupiter.api.Test;
import org.springframework.security.access.AccessDeniedException;
import se.samverka.workflow.InvalidFormInput;

/** The mapping table on its own: every class of client mistake to its status, with a Swedish text and no echo. */
class FailuresTests {

  private static final String SQL = "insert into ACT_RU_VARIABLE (ID_, TEXT_) values (?, ?)";

  @Test
  void unknownIdsAreNotFound() {
    assertThat(Failures.classify(new NullValueException("Cannot find task with id nope: task is null")).status())
        .isEqualTo(404);
    assertThat(Failures.classify(new org.camunda.bpm.engine.exception.NotFoundException("No job found")).status())
        .isEqualTo(404);
    var ours = Failures.classify(new NotFound("Tillsynen finns inte"));
    assertThat(ours.status()).isEqualTo(404);
    assertThat(ours.detail()).isEqualTo("Tillsynen finns inte");
  }

  @Test
  void lostRacesAreConflicts() {
    assertThat(Failures.classify(new OptimisticLockingException("ENGINE-03005 Execution of 'UPDATE TaskEntity' failed"))
        .status()).isEqualTo(409);
    var claimed = Failures.classify(new TaskAlreadyClaimedException("t1", "samordnare"));
    assertThat(claimed.status()).isEqualTo(409);
    assertThat(claimed.detail()).isEqualTo(Failures.CLAIMED);
    assertThat(Failures.classify(new ProcessEngineException("flush", new SQLException("deadlock", "40P01"))).status())
        .isEqualTo(409);
  }

  @Test
  void swedishValidationInsideAListenerIsBadInputWithItsMessage() {
    var wrapped = new ProcessEngineException("ENGINE-03051 There was an exception while invoking the TaskListener",
        new InvalidFormInput("Ange datum för polisens underrättelse"));
    var failure = Failures.classify(wrapped);
    assertThat(failure.status()).isEqualTo(400);
    assertThat(failure.detail()).isEqualTo("Ange datum för polisens underrättelse");
    // Camunda's own validators speak English: the caller gets the Swedish generic text.
    assertThat(Failures.classify(new FormFieldValidationException("x", "validation of required failed")).detail())
        .isEqualTo(Failures.BAD_REQUEST);
  }

  @Test
  void refusalsAreForbiddenWithoutTheEnginesEnglish() {
    var engine = Failures.classify(new AuthorizationException("The user with id 'skola' does not have 'READ'"));
    assertThat(engine.status()).isEqualTo(403);
    assertThat(engine.detail()).isEqualTo(Failures.FORBIDDEN);
    assertThat(Failures.classify(new AccessDeniedException("Access Denied")).status()).isEqualTo(403);
  }

  @Test
  void badInputOfEveryKindIsBadRequest() {
    assertThat(Failures.classify(new ProcessEngineException("Unknown property used in expression: "
        + "${assessmentDecision == 'fortsatt'}. Cause: Cannot resolve identifier 'assessmentDecision'")).detail())
        .isEqualTo(Failures.MISSING_VALUE);
    assertThat(Failures.classify(new ProcessEngineException("x", new ClassCastException(
        "class java.lang.String cannot be cast to class java.util.List"))).detail()).isEqualTo(Failures.WRONG_TYPE);
    assertThat(Failures.classify(new MismatchingMessageCorrelationException("sspf-akut-oro")).detail())
        .isEqualTo(Failures.WRONG_MESSAGE);
    assertThat(Failures.classify(new ParseException("ENGINE-09005 Could not parse BPMN process", "x", java.util.List.of(), java.util.List.of()))
        .status()).isEqualTo(400);
    assertThat(Failures.classify(new ProcessEngineException("query",
        new SQLException("ERROR: OFFSET must not be negative", "2201X"))).detail()).isEqualTo(Failures.OUT_OF_RANGE);
  }

  @Test
  void aValueLongerThanItsColumnIsBadInputWithoutTheSqlOrTheValue() {
    String megabyte = "Å".repeat(1_000_000);
    var failure = Failures.classify(new ProcessEngineException("ENGINE-03083 Exception while executing Batch Database "
        + "Operations: " + SQL + " " + megabyte, new SQLException("ERROR: value too long for type character varying"
        + "(4000)", "22001")));
    assertThat(failure.status()).isEqualTo(400);
    assertThat(failure.detail()).isEqualTo(Failures.TOO_LONG).doesNotContain("ACT_", "insert");
    assertThat(Failures.describe(new IllegalStateException(megabyte))).hasSizeLessThan(2_000);
  }

  @Test
  void aDatabaseThatIsAwayIsServiceUnavailable() {
    assertThat(Failures.classify(new ProcessEngineException("ENGINE-03004 Exception while executing Database Operation"
        + " 'sspf-arende:1:42'", new SQLTransientConnectionException("HikariPool-1 - Connection is not available")))
        .status()).isEqualTo(503);
    var refused = Failures.classify(new ProcessEngineException("x", new SQLException("Connection refused", "08001")));
    assertThat(refused.status()).isEqualTo(503);
    assertThat(refused.detail()).isEqualTo(Failures.UNAVAILABLE).doesNotContain("sspf-arende");
  }

  @Test
  void aGenuineFaultIsAServerErrorWithTheSwedishGenericText() {
    var failure = Failures.classify(new IllegalStateException("Ingen inloggad användare"));
    assertThat(failure.status()).isEqualTo(500);
    assertThat(failure.serverFault()).isTrue();
    assertThat(failure.detail()).isEqualTo(Failures.SERVER_FAULT);
    assertThat(Failures.classify(new ProcessEngineException("ENGINE-16004 anything else")).status()).isEqualTo(500);
  }

  @Test
  void ourOwnMessagesAreCappedAndFreeOfControlCharacters() {
    var failure = Failures.classify(new InvalidInput("Okänd roll: " + "x".repeat(10_000) + "\n\u0007"));
    assertThat(failure.status()).isEqualTo(400);
    assertThat(failure.detail()).hasSizeLessThanOrEqualTo(Failures.MAX_ECHO + 1).doesNotContain("\n");
  }

  @Test
  void ourServicesIllegalArgumentsAreBadInputWithTheirMessageButALibrarysAreNot() {
    var ours = Failures.classify(new IllegalArgumentException("Okänd roll: kock"));
    assertThat(ours.status()).isEqualTo(400);
    assertThat(ours.detail()).isEqualTo("Okänd roll: kock");
    assertThat(Failures.classify(uuidFailure()).status()).isEqualTo(500);
  }

  private static IllegalArgumentException uuidFailure() {
    try {
      java.util.UUID.fromString("inte-ett-uuid");
      throw new AssertionError("no failure");
    } catch (IllegalArgumentException e) {
      return e;
    }
  }

  @Test
  void frameworkRefusalsGetSwedishTextsByStatus() {
    assertThat(Failures.byStatus(405).title()).isEqualTo("Metoden stöds inte");
    assertThat(Failures.byStatus(404).detail()).isEqualTo("Adressen finns inte.");
    assertThat(Failures.byStatus(415).status()).isEqualTo(415);
    assertThat(Failures.byStatus(502).status()).isEqualTo(500);
  }

  @Test
  void anElementThatTheModelLacksIsBadInput() {
    var notValid = new org.camunda.bpm.engine.exception.NotValidException("Element 'X' does not exist in process p:1");
    assertThat(Failures.classify(notValid).status()).isEqualTo(400);
    // As the REST API hands it on: wrapped in a RestException that says 500.
    assertThat(Failures.classify(new org.camunda.bpm.engine.rest.exception.RestException(
        jakarta.ws.rs.core.Response.Status.INTERNAL_SERVER_ERROR, notValid, "Cannot instantiate")).status())
        .isEqualTo(400);
  }
}
