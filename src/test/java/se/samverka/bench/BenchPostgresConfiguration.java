package se.samverka.bench;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.time.Duration;
import javax.sql.DataSource;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import se.samverka.support.EmbeddedPostgresConfiguration;

/**
 * The same embedded PostgreSQL as the integration tests ({@code support/EmbeddedPostgresConfiguration}), with a
 * buffer cache sized for a million open tasks. Durability is on while measuring, as in production, because the
 * measured requests write too (Samverka logs every name it shows): {@code fsync} and {@code synchronous_commit} on
 * (the embedded PostgreSQL starts with {@code -F} and {@code synchronous_commit=off}; a {@code -c} given later on its
 * command line wins), and {@code full_page_writes} left to {@link TaskListBenchmark#durability}, which switches it off
 * for the bulk loads only. {@code fsync} stays on for the loads too, since ALTER SYSTEM cannot override the command
 * line; they are a few large statements, so they pay it once per WAL segment, not per row.
 */
@TestConfiguration(proxyBeanMethods = false)
class BenchPostgresConfiguration {

  static final String SHARED_BUFFERS = "2GB";
  static final String WORK_MEM = "16MB";

  @Bean(destroyMethod = "close")
  EmbeddedPostgres embeddedPostgres() throws IOException {
    return EmbeddedPostgres.builder()
        .setPGStartupWait(Duration.ofSeconds(60))
        .setServerConfig("shared_buffers", SHARED_BUFFERS)
        .setServerConfig("effective_cache_size", "8GB")
        .setServerConfig("work_mem", WORK_MEM)
        .setServerConfig("maintenance_work_mem", "512MB")
        .setServerConfig("max_wal_size", "8GB")
        .setServerConfig("synchronous_commit", "on")
        .setServerConfig("fsync", "on")
        .start();
  }

  @Bean(destroyMethod = "close")
  @Primary
  DataSource dataSource(EmbeddedPostgres postgres) {
    return EmbeddedPostgresConfiguration.pool(postgres, 5_000);
  }
}
