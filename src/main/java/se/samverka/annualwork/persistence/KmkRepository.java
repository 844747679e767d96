package se.samverka.annualwork.persistence;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The KMK certifications of the bars, one per bar and year (V7__annualwork.sql). */
@Repository
public class KmkRepository {

  private final JdbcClient jdbc;

  public KmkRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** Records (or renews within the same year) a bar's certification. */
  public void certify(String premisesId, int year, Instant at, LocalDate validUntil) {
    int updated = jdbc.sql("update kmk_certification set certified_at = ?, valid_until = ? "
            + "where premises_id = ? and cert_year = ?")
        .params(Timestamp.from(at), Date.valueOf(validUntil), premisesId, year).update();
    if (updated == 0) {
      jdbc.sql("insert into kmk_certification (premises_id, cert_year, certified_at, valid_until) values (?, ?, ?, ?)")
          .params(premisesId, year, Timestamp.from(at), Date.valueOf(validUntil)).update();
    }
  }

  /** The last day of the bar's latest certification, if it ever had one. */
  public Optional<LocalDate> validUntil(String premisesId) {
    return jdbc.sql("select max(valid_until) from kmk_certification where premises_id = ?").param(premisesId)
        .query((rs, i) -> rs.getDate(1)).optional().filter(d -> d != null).map(Date::toLocalDate);
  }

  public int certifiedIn(int year) {
    return jdbc.sql("select count(*) from kmk_certification where cert_year = ?").param(year)
        .query(Integer.class).single();
  }

  /** Certifications given from {@code from} to {@code to} (both days in). */
  public long certifiedBetween(LocalDate from, LocalDate to) {
    return jdbc.sql("select count(*) from kmk_certification where certified_at >= ? and certified_at < ?")
        .params(Timestamp.valueOf(from.atStartOfDay()), Timestamp.valueOf(to.plusDays(1).atStartOfDay()))
        .query(Long.class).single();
  }
}
