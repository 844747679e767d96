package se.samverka.followup.bra;

import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * When the lägesbild and action plan of law 2023:196 is made ({@code samverka.followup.lagesbild}): the timer's cron
 * (Camunda 7.24, six fields, JVM zone; read as {@code ${lagesbildSchedule.cron}} when the process is deployed) and the
 * length of a period in years counted from a first year. The default fires on 1 February each year; the periods of two
 * years from 2023 (2023-2024, 2025-2026, ...) make the work start in the odd years: a start in the second year of a
 * period finds it claimed and ends at once.
 */
@Component("lagesbildSchedule")
public class LagesbildSchedule {

  private static final Pattern PERIOD = Pattern.compile("(\\d{4})-(\\d{4})");

  private final String cron;
  private final int periodYears;
  private final int firstYear;

  public LagesbildSchedule(@Value("${samverka.followup.lagesbild.cron:0 0 7 1 2 *}") String cron,
      @Value("${samverka.followup.lagesbild.period-years:2}") int periodYears,
      @Value("${samverka.followup.lagesbild.first-year:2023}") int firstYear) {
    if (cron.trim().split("\\s+").length != 6) {
      throw new IllegalArgumentException("samverka.followup.lagesbild.cron ska ha sex fält (sekund minut timme dag "
          + "månad veckodag), inte \"" + cron + "\"");
    }
    if (periodYears < 1 || periodYears > 8) {
      throw new IllegalArgumentException("samverka.followup.lagesbild.period-years ska vara 1 till 8, inte "
          + periodYears);
    }
    this.cron = cron.trim();
    this.periodYears = periodYears;
    this.firstYear = firstYear;
  }

  public String getCron() {
    return cron;
  }

  /** The period that holds {@code day}, e.g. {@code 2027-2028} (a one-year period is {@code 2027-2027}). */
  public String periodOf(LocalDate day) {
    int start = firstYear + Math.floorDiv(day.getYear() - firstYear, periodYears) * periodYears;
    return start + "-" + (start + periodYears - 1);
  }

  /** The period, when {@code text} is one ({@code 2027-2028}); empty for anything else. */
  public Optional<String> parse(String text) {
    if (text == null || text.length() != 9) {
      return Optional.empty();
    }
    Matcher m = PERIOD.matcher(text);
    if (!m.matches()) {
      return Optional.empty();
    }
    return Integer.parseInt(m.group(1)) <= Integer.parseInt(m.group(2)) ? Optional.of(text) : Optional.empty();
  }
}
