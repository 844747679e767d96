package se.samverka.followup.bra;

import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * When the lägesbild and action plan of law 2023:196 is made: the timer's cron ({@code samverka.followup.lagesbild.cron};
 * Camunda 7.24, six fields, JVM zone; read as {@code ${lagesbildSchedule.cron}} when the process is deployed) and the
 * length of a period in years, the agreement's {@code lagesbild} interval, counted from the year of the first agreement. The default fires on 1 February each year; the periods of two
 * years from 2023 (2023-2024, 2025-2026, ...) make the work start in the odd years: a start in the second year of a
 * period finds it claimed and ends at once.
 */
@Component("lagesbildSchedule")
public class LagesbildSchedule {

  private static final Pattern PERIOD = Pattern.compile("(\\d{4})-(\\d{4})");

  private final String cron;
  private final int periodYears;
  private final int firstYear;

  /**
   * The schedule of the agreement: its periods are the interval of the agreement's {@code lagesbild} (whole years;
   * two when the file names none) counted from the year the first loaded agreement began.
   */
  @org.springframework.beans.factory.annotation.Autowired
  public LagesbildSchedule(@Value("${samverka.followup.lagesbild.cron:0 0 7 1 2 *}") String cron,
      se.samverka.agreement.Agreements agreements) {
    this(cron, years(agreements.current().lagesbild()), agreements.all().get(0).from().getYear());
  }

  private static int years(se.samverka.agreement.Agreement.Lagesbild lagesbild) {
    if (lagesbild == null || lagesbild.interval() == null) {
      return 2;
    }
    java.time.Period interval = lagesbild.interval().normalized();
    if (interval.getMonths() != 0 || interval.getDays() != 0) {
      throw new IllegalArgumentException("Lägesbildens intervall i samverkansöverenskommelsen ska vara hela år (t.ex."
          + " P2Y), inte " + lagesbild.interval());
    }
    return interval.getYears();
  }

  public LagesbildSchedule(String cron, int periodYears, int firstYear) {
    if (cron.trim().split("\\s+").length != 6) {
      throw new IllegalArgumentException("samverka.followup.lagesbild.cron ska ha sex fält (sekund minut timme dag "
          + "månad veckodag), inte \"" + cron + "\"");
    }
    if (periodYears < 1 || periodYears > 8) {
      throw new IllegalArgumentException("lägesbildens period-years ska vara 1 till 8 år, inte " + periodYears);
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
