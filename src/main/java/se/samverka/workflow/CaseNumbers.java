package se.samverka.workflow;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Readable case numbers, one series per process and year: {@code SSPF-2026-0042}. The number is the engine's business
 * key of the process instance ({@link CaseNumberPlugin} gives it at every start) and the case store keeps it with the
 * case. The year is the engine clock's year in Sweden.
 * <p>
 * Numbers come from a counter row per process and year ({@code sv_case_number_counter}), taken with an update in the
 * starting transaction: a second start of the same process waits for the first one's row lock, so two starts never
 * get the same number, and a start that rolls back gives its number back. The row of a new year is inserted in a
 * savepoint; when another start inserted it first, the savepoint is rolled back and the update takes the next number.
 */
@Service("caseNumberSeries") // "caseNumbers" is the case store's reader of numbers (se.samverka.cases.CaseNumbers)
public class CaseNumbers {

  public static final ZoneId SWEDEN = ZoneId.of("Europe/Stockholm");

  /** The prefixes of the shared contract; a process not listed gets the letters of its key. */
  static final Map<String, String> PREFIXES = Map.ofEntries(Map.entry("sspf-arende", "SSPF"),
      Map.entry("orosanmalan", "ORO"), Map.entry("linkopingsmodellen", "LKP"), Map.entry("strangnasmodellen", "STR"),
      Map.entry("alkoholtillsyn", "TIL"), Map.entry("tillsynsplan", "TPL"), Map.entry("restaurangrapport", "RRP"),
      Map.entry("aas-ar", "AAS"), Map.entry("kmk-ar", "KMK"), Map.entry("sspf-styrgrupp", "STY"));

  private final JdbcClient jdbc;
  private final TransactionTemplate savepoint;
  private final ObjectProvider<HistoryService> history;
  private final SystemContext system;

  CaseNumbers(JdbcClient jdbc, PlatformTransactionManager transactions, ObjectProvider<HistoryService> history,
      SystemContext system) {
    this.jdbc = jdbc;
    this.savepoint = new TransactionTemplate(transactions);
    this.savepoint.setPropagationBehavior(TransactionDefinition.PROPAGATION_NESTED);
    this.history = history;
    this.system = system;
  }

  public static String prefix(String processKey) {
    String prefix = PREFIXES.get(processKey);
    if (prefix != null) {
      return prefix;
    }
    String letters = processKey == null ? "" : processKey.replaceAll("[^A-Za-z]", "").toUpperCase(Locale.ROOT);
    return letters.isEmpty() ? "ARENDE" : letters.substring(0, Math.min(4, letters.length()));
  }

  public static int yearOf(Instant at) {
    return at.atZone(SWEDEN).getYear();
  }

  /** Takes the next number of the process's series for the year of {@code at}. Runs in the caller's transaction. */
  public String next(String processKey, Instant at) {
    int year = yearOf(at);
    int number = take(processKey, year);
    return String.format(Locale.ROOT, "%s-%d-%04d", prefix(processKey), year, number);
  }

  private int take(String processKey, int year) {
    if (increment(processKey, year) == 0) {
      try {
        savepoint.executeWithoutResult(status -> jdbc.sql(
                "insert into sv_case_number_counter (process_key, counter_year, last_number) values (?, ?, 0)")
            .params(processKey, year).update());
      } catch (DuplicateKeyException anotherStartWasFirst) {
        // The row exists now; the update below waits for its lock.
      }
      if (increment(processKey, year) == 0) {
        throw new IllegalStateException("Inget ärendenummer kunde tas för " + processKey + " år " + year);
      }
    }
    return jdbc.sql("select last_number from sv_case_number_counter where process_key = ? and counter_year = ?")
        .params(processKey, year).query(Integer.class).single();
  }

  private int increment(String processKey, int year) {
    return jdbc.sql("update sv_case_number_counter set last_number = last_number + 1 "
        + "where process_key = ? and counter_year = ?").params(processKey, year).update();
  }

  /**
   * The case number of a process instance: inside an engine command from the instance being started (not yet
   * flushed), otherwise from the engine's history. Empty for an unknown instance or one without a number.
   */
  public Optional<String> ofProcessInstance(String processInstanceId) {
    if (processInstanceId == null) {
      return Optional.empty();
    }
    CommandContext command = Context.getCommandContext();
    if (command != null) {
      ExecutionEntity execution = command.getExecutionManager().findExecutionById(processInstanceId);
      if (execution != null) {
        return Optional.ofNullable(execution.getBusinessKey());
      }
    }
    HistoryService historyService = history.getIfAvailable();
    if (historyService == null) {
      return Optional.empty();
    }
    HistoricProcessInstance instance = system.call(() -> historyService.createHistoricProcessInstanceQuery()
        .processInstanceId(processInstanceId).singleResult());
    return Optional.ofNullable(instance).map(HistoricProcessInstance::getBusinessKey);
  }
}
