package se.samverka.errors;

import jakarta.annotation.PreDestroy;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javax.sql.DataSource;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.stereotype.Component;

/**
 * The database part of {@code /actuator/health}, bounded in time. Spring Boot's own check asks the pool for a
 * connection, which waits the pool's whole connection timeout while the database is away; a load balancer then waits as
 * long. This one answers DOWN after {@link #TIMEOUT}, and a check still waiting is reused rather than stacked.
 */
@Component("dbHealthIndicator")
class DatabaseHealthIndicator implements HealthIndicator {

  static final Duration TIMEOUT = Duration.ofSeconds(1);

  private final DataSource dataSource;
  private final ExecutorService checks = Executors.newSingleThreadExecutor(task -> {
    Thread thread = new Thread(task, "samverka-db-health");
    thread.setDaemon(true);
    return thread;
  });
  private Future<Boolean> pending;

  DatabaseHealthIndicator(DataSource dataSource) {
    this.dataSource = dataSource;
  }

  @Override
  public Health health() {
    Future<Boolean> check;
    synchronized (this) {
      if (pending == null || pending.isDone()) {
        pending = checks.submit(this::valid);
      }
      check = pending;
    }
    try {
      return check.get(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS) ? Health.up().build() : Health.down().build();
    } catch (TimeoutException | ExecutionException e) {
      return Health.down().build();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return Health.down().build();
    }
  }

  private boolean valid() throws SQLException {
    try (Connection connection = dataSource.getConnection()) {
      return connection.isValid((int) TIMEOUT.toSeconds());
    }
  }

  @PreDestroy
  void stop() {
    checks.shutdownNow();
  }
}
