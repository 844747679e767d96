package se.samverka.errors;

import com.fasterxml.jackson.core.JsonProcessingException;
import jakarta.ws.rs.WebApplicationException;
import java.sql.SQLException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientConnectionException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.MismatchingMessageCorrelationException;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.TaskAlreadyClaimedException;
import org.camunda.bpm.engine.exception.NotFoundException;
import org.camunda.bpm.engine.exception.NullValueException;
import org.camunda.bpm.engine.impl.errorcode.BuiltinExceptionCode;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.camunda.bpm.engine.rest.exception.RestException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.TypeMismatchException;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.validation.BindException;
import org.springframework.web.ErrorResponse;

/**
 * The one table from exceptions to answers, for every interface. It looks through the whole cause chain, because the
 * engine wraps what matters (a listener's validation as ENGINE-03051, a database error as a flush failure). Only
 * Swedish texts of our own reach the client, never the engine's or the database's message (they carry SQL, class
 * names and the submitted values), and every echoed text is capped at {@value #MAX_ECHO} characters.
 */
public final class Failures {

  static final int MAX_ECHO = 200;
  private static final Logger LOG = LoggerFactory.getLogger(Failures.class);
  private static final Pattern NOT_FOUND = Pattern.compile(
      "(?i).*(cannot find|can't find|could not find|no .{1,60} found|not found|does not exist|doesn't exist).*",
      Pattern.DOTALL);

  public static final String BAD_REQUEST = "Begäran innehåller ogiltiga värden. Kontrollera fälten och försök igen.";
  public static final String FORBIDDEN = "Du har inte behörighet att göra detta.";
  public static final String NOT_FOUND_TEXT = "Det du frågade efter finns inte, eller så saknar du behörighet till det.";
  public static final String CONFLICT = "Någon annan hann före: uppgiften har redan ändrats, tagits eller slutförts. "
      + "Ladda om och försök igen.";
  public static final String COMPLETED = "Uppgiften är redan slutförd av någon annan. Ladda om listan.";
  public static final String CLAIMED = "Uppgiften är redan tagen av en annan användare.";
  public static final String TOO_LONG = "Ett värde är för långt för att sparas. Korta texten och försök igen.";
  public static final String WRONG_TYPE = "Ett värde har fel typ. Kontrollera att varje fält har den typ som "
      + "formuläret anger.";
  public static final String MISSING_VALUE = "Ett värde som processen behöver saknas. Fyll i alla obligatoriska fält.";
  public static final String WRONG_MESSAGE = "Meddelandet passar inte: ärendet hör till en annan process eller väntar "
      + "inte på det nu.";
  public static final String START_OPTIONS = "En process kan inte startas utan sina lyssnare eller in- och utdata.";
  public static final String UNPARSABLE = "Filen kunde inte läsas: den är ingen giltig modell eller formulärfil.";
  public static final String NOT_JSON = "Innehållet saknas eller är inte giltig JSON av rätt form.";
  public static final String OUT_OF_RANGE = "Ett värde ligger utanför det tillåtna, till exempel en negativ "
      + "sidindelning.";
  public static final String UNAVAILABLE = "Samverka når inte sin databas just nu. Försök igen om en stund.";
  public static final String SERVER_FAULT = "Ett oväntat fel inträffade. Försök igen; händer det igen, kontakta "
      + "Samverkas administratör och ange tidpunkten.";

  private Failures() {}

  /** The answer to an exception. */
  public static Failure classify(Throwable thrown) {
    List<Throwable> chain = chain(thrown);

    // Our own refusals and validations carry Swedish messages meant for the caller.
    for (Throwable t : chain) {
      if (t instanceof FormFieldValidationException) {
        return of(400, own(t) ? cap(t.getMessage()) : BAD_REQUEST);
      }
      if (t instanceof AuthorizationException || t instanceof AccessDeniedException) {
        return of(403, own(t) ? cap(t.getMessage()) : FORBIDDEN);
      }
      if (t instanceof NotFound) {
        return of(404, cap(t.getMessage()));
      }
      if (t instanceof Conflict) {
        return of(409, cap(t.getMessage()));
      }
      if (t instanceof InvalidInput) {
        return of(400, cap(t.getMessage()));
      }
    }
    for (Throwable t : chain) {
      if (t instanceof TaskAlreadyClaimedException) {
        return of(409, CLAIMED);
      }
      if (t instanceof OptimisticLockingException || t instanceof DuplicateKeyException
          || t instanceof PessimisticLockingFailureException || hasCode(t, BuiltinExceptionCode.OPTIMISTIC_LOCKING)
          || hasCode(t, BuiltinExceptionCode.DEADLOCK)) {
        return of(409, CONFLICT);
      }
      if (isA(t, "org.camunda.bpm.engine.impl.pvm.PvmException") && contains(t, "has no current activity")) {
        // Read the task before another user's completion committed, and its execution after: it moved on meanwhile.
        return of(409, CONFLICT);
      }
    }
    for (Throwable t : chain) {
      if (unavailable(t)) {
        return of(503, UNAVAILABLE);
      }
    }
    for (Throwable t : chain) {
      if (hasCode(t, BuiltinExceptionCode.COLUMN_SIZE_TOO_SMALL)) {
        return of(400, TOO_LONG);
      }
      if (t instanceof SQLException sql && sql.getSQLState() != null) {
        String state = sql.getSQLState();
        if (state.equals("22001")) {
          return of(400, TOO_LONG);
        }
        if (state.equals("23505") || state.startsWith("40")) {
          return of(409, CONFLICT);
        }
        if (state.startsWith("22") || state.startsWith("23")) {
          return of(400, OUT_OF_RANGE);
        }
      }
    }
    for (Throwable t : chain) {
      if (t instanceof NotFoundException
          || t instanceof NullValueException && t.getMessage() != null && NOT_FOUND.matcher(t.getMessage()).matches()) {
        return of(404, NOT_FOUND_TEXT);
      }
      if (t instanceof MismatchingMessageCorrelationException) {
        return of(400, WRONG_MESSAGE);
      }
      // An element, variable or value the model does not have (e.g. a start instruction at an unknown activity).
      if (t instanceof org.camunda.bpm.engine.exception.NotValidException) {
        return of(400, BAD_REQUEST);
      }
      // ENGINE-13024: skipping listeners or mappings is only possible with start instructions.
      if (t instanceof ProcessEngineException && contains(t, "ENGINE-13024")) {
        return of(400, START_OPTIONS);
      }
      if (isA(t, "jakarta.el.PropertyNotFoundException") || isA(t, "org.camunda.bpm.impl.juel.jakarta.el.PropertyNotFoundException")
          || simpleNameIs(t, "PropertyNotFoundException")
          || t instanceof ProcessEngineException && contains(t, "Unknown property used in expression")) {
        return of(400, MISSING_VALUE);
      }
      if (t instanceof ProcessEngineException && (contains(t, "serialization format is prohibited")
          || contains(t, "Cannot deserialize") || contains(t, "is not whitelisted")
          || contains(t, "is not allowed to be deserialized"))) {
        return of(400, WRONG_TYPE);
      }
      if (t instanceof ClassCastException || t instanceof TypeMismatchException
          || isA(t, "org.camunda.spin.SpinRuntimeException")) {
        return of(400, WRONG_TYPE);
      }
      if (t instanceof org.camunda.bpm.engine.ParseException || isA(t, "org.camunda.bpm.model.xml.ModelException")
          || isA(t, "org.xml.sax.SAXException") || isA(t, "org.camunda.bpm.dmn.engine.impl.transform.DmnTransformException")
          || isA(t, "org.camunda.bpm.dmn.engine.DmnEngineException")) {
        return of(400, UNPARSABLE);
      }
      if (t instanceof JsonProcessingException || t instanceof HttpMessageNotReadableException) {
        return of(400, NOT_JSON);
      }
      if (t instanceof BindException binding) {
        String fields = binding.getFieldErrors().stream().map(e -> e.getField() + ": " + e.getDefaultMessage())
            .collect(Collectors.joining("; "));
        return of(400, fields.isBlank() ? BAD_REQUEST : cap(fields));
      }
    }
    Throwable top = chain.get(0);
    if (top instanceof RestException rest && rest.getStatus() != null) {
      return byStatus(rest.getStatus().getStatusCode());
    }
    if (top instanceof WebApplicationException web) {
      return byStatus(web.getResponse().getStatus());
    }
    if (top instanceof ErrorResponse response) {
      return byStatus(response.getStatusCode().value());
    }
    for (Throwable t : chain) {
      if (t instanceof BadUserRequestException || t instanceof NullValueException) {
        return of(400, BAD_REQUEST);
      }
      if (t instanceof IllegalArgumentException && own(t)) {
        // Our services state what is wrong with the input in Swedish.
        return of(400, cap(t.getMessage()));
      }
    }
    return of(500, SERVER_FAULT);
  }

  /** A Swedish answer for a bare status (a framework's refusal: unknown path, wrong method, wrong media type). */
  public static Failure byStatus(int status) {
    return switch (status) {
      case 400 -> of(400, BAD_REQUEST);
      case 401 -> of(401, "Logga in för att fortsätta.");
      case 403 -> of(403, FORBIDDEN);
      case 404 -> of(404, "Adressen finns inte.");
      case 405 -> of(405, "Adressen tar inte emot den här metoden.");
      case 406 -> of(406, "Svaret kan inte ges i det format som begärdes.");
      case 409 -> of(409, CONFLICT);
      case 413 -> of(413, "Begäran är för stor: en fil eller ett formulär får vara högst 4 MB. Skicka mindre.");
      case 415 -> of(415, "Innehållstypen stöds inte här. Skicka JSON.");
      case 503 -> of(503, UNAVAILABLE);
      default -> status >= 400 && status < 500 ? of(status, BAD_REQUEST) : of(500, SERVER_FAULT);
    };
  }

  /**
   * Logs what the client was not told: a server fault once at ERROR with a bounded description (never the megabyte a
   * client sent), the database being away at WARN in one line; a client's mistake only at DEBUG.
   */
  public static void log(Failure failure, Throwable thrown, String where) {
    if (failure.serverFault()) {
      LOG.error("Serverfel vid {}: {}", cap(where), describe(thrown));
    } else if (failure.status() == 503) {
      LOG.warn("Databasen nås inte vid {}: {}", cap(where), cap(String.valueOf(rootCause(thrown))));
    } else if (LOG.isDebugEnabled()) {
      LOG.debug("{} vid {}: {}", failure.status(), cap(where), describe(thrown));
    }
  }

  /** At most {@value #MAX_ECHO} characters of a text, without control characters. */
  public static String cap(String text) {
    if (text == null) {
      return "";
    }
    String clean = text.replaceAll("\\p{Cntrl}", " ");
    return clean.length() <= MAX_ECHO ? clean : clean.substring(0, MAX_ECHO) + "…";
  }

  /** The cause chain with capped messages and the innermost frames: enough to find the fault, bounded in size. */
  static String describe(Throwable thrown) {
    StringBuilder text = new StringBuilder();
    List<Throwable> chain = chain(thrown);
    for (Throwable t : chain) {
      text.append(text.isEmpty() ? "" : " <- ").append(t.getClass().getName()).append(": ").append(cap(t.getMessage()));
    }
    StackTraceElement[] frames = chain.get(chain.size() - 1).getStackTrace();
    for (int i = 0; i < Math.min(frames.length, 12); i++) {
      text.append("\n\tat ").append(frames[i]);
    }
    return text.toString();
  }

  static Failure of(int status, String detail) {
    String type = switch (status) {
      case 400 -> "InvalidRequestException";
      case 401 -> "AuthenticationException";
      case 403 -> "AuthorizationException";
      case 404 -> "NotFoundException";
      case 409 -> "ConflictException";
      case 503 -> "ServiceUnavailableException";
      default -> status >= 500 ? "ServerError" : "RestException";
    };
    String title = switch (status) {
      case 400 -> "Ogiltig begäran";
      case 401 -> "Inloggning krävs";
      case 403 -> "Åtkomst nekad";
      case 404 -> "Finns inte";
      case 405 -> "Metoden stöds inte";
      case 409 -> "Konflikt";
      case 413 -> "För stor begäran";
      case 415 -> "Fel innehållstyp";
      case 503 -> "Tillfälligt otillgänglig";
      default -> status >= 500 ? "Serverfel" : "Ogiltig begäran";
    };
    return new Failure(status, type, title, detail == null || detail.isBlank() ? byStatus(status).detail() : detail);
  }

  private static boolean unavailable(Throwable t) {
    if (t instanceof SQLTransientConnectionException || t instanceof SQLRecoverableException
        || t instanceof DataAccessResourceFailureException || t instanceof java.net.ConnectException) {
      return true;
    }
    if (t instanceof SQLException sql && sql.getSQLState() != null) {
      String state = sql.getSQLState();
      // 08: connection exceptions; 57P01-57P03: the server shuts down or does not yet accept connections.
      return state.startsWith("08") || state.startsWith("57P");
    }
    return false;
  }

  private static boolean hasCode(Throwable t, BuiltinExceptionCode code) {
    return t instanceof ProcessEngineException engine && engine.getCode() == code.getCode();
  }

  /** Exceptions of Samverka's own code carry Swedish messages written for the caller. */
  private static boolean own(Throwable t) {
    if (t.getMessage() == null || t.getMessage().isBlank()) {
      return false;
    }
    StackTraceElement[] frames = t.getStackTrace();
    return t.getClass().getName().startsWith("se.samverka.")
        || t instanceof IllegalArgumentException && frames.length > 0 && frames[0].getClassName().startsWith("se.samverka.");
  }

  private static boolean contains(Throwable t, String text) {
    return t.getMessage() != null && t.getMessage().contains(text);
  }

  private static boolean isA(Throwable t, String className) {
    for (Class<?> type = t.getClass(); type != null; type = type.getSuperclass()) {
      if (type.getName().equals(className)) {
        return true;
      }
    }
    return false;
  }

  private static boolean simpleNameIs(Throwable t, String simpleName) {
    for (Class<?> type = t.getClass(); type != null; type = type.getSuperclass()) {
      if (type.getSimpleName().equals(simpleName)) {
        return true;
      }
    }
    return false;
  }

  private static Throwable rootCause(Throwable thrown) {
    List<Throwable> chain = chain(thrown);
    return chain.get(chain.size() - 1);
  }

  private static List<Throwable> chain(Throwable thrown) {
    List<Throwable> chain = new ArrayList<>();
    Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
    for (Throwable t = thrown; t != null && seen.add(t); t = t.getCause()) {
      chain.add(t);
      if (t instanceof SQLException sql && sql.getNextException() != null && t.getCause() == null) {
        chain.add(sql.getNextException());
      }
    }
    return chain;
  }
}
