package se.samverka.workflow;

import java.util.function.IntSupplier;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Counter rows added to in the caller's transaction, in portable SQL (H2 and PostgreSQL 13, which has no MERGE): the
 * count is added with an update, and a row that does not exist yet is inserted in a savepoint; when another transaction
 * inserted it first, the savepoint is rolled back and the update is made again (it then waits for that row's lock).
 * Used by the read models whose figures are counts kept up to date as the work happens.
 */
@Component
public class CounterRows {

  private final TransactionTemplate savepoint;

  CounterRows(PlatformTransactionManager transactions) {
    this.savepoint = new TransactionTemplate(transactions);
    this.savepoint.setPropagationBehavior(TransactionDefinition.PROPAGATION_NESTED);
  }

  /**
   * Adds to a counter row: {@code update} adds to the row and answers how many rows it changed, {@code insert} makes
   * the row with the first counts.
   */
  public void add(IntSupplier update, IntSupplier insert) {
    if (update.getAsInt() > 0) {
      return;
    }
    try {
      savepoint.executeWithoutResult(status -> insert.getAsInt());
    } catch (DuplicateKeyException anotherTransactionWasFirst) {
      if (update.getAsInt() == 0) {
        throw new IllegalStateException("Räknaren kunde varken läggas till eller räknas upp");
      }
    }
  }
}
