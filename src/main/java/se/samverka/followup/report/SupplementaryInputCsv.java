package se.samverka.followup.report;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import se.samverka.workflow.Utf8Files;

/**
 * The CSV format of a supplementary input of the lägesbild that the system does not hold (police report statistics,
 * intelligence summary, guard and response reports, safety surveys, field reports), uploaded per follow-up period:
 * UTF-8 (a byte order mark is fine), semicolon-separated, the header {@code mått;kommundel;värde} (also without
 * å/ä), one figure a row: what is measured (at most 200 characters, never a personnummer), the district (a code or
 * name of the agreement's districts; empty for the whole municipality) and the value (a number ≥ 0 with at most two
 * decimals; a space as thousands separator and a decimal comma are fine). Every bad row is reported with its line
 * and reason, and a file with any bad row gives no figures at all.
 */
public final class SupplementaryInputCsv {

  public static final List<String> COLUMNS = List.of("mått", "kommundel", "värde");
  /** The most rows one file may have. */
  public static final int MAX_ROWS = 5_000;
  /** The most bad rows reported: a wrong file does not need ten thousand lines of errors. */
  static final int MAX_ERRORS = 50;
  private static final BigDecimal MAX_VALUE = new BigDecimal("1000000000000");
  private static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder().setDelimiter(';').setTrim(true)
      .setIgnoreEmptyLines(true).get();

  /** One figure: the line it came from, what is measured, the district's code (null: the whole municipality). */
  public record Row(long line, String measure, String district, BigDecimal value) {}

  /** A bad row: its line in the file (the header is line 1; 0 for the file as a whole) and why. */
  public record RowError(long line, String reason) {}

  /** The figures of a file, or the errors that stopped it. */
  public record Result(List<Row> rows, List<RowError> errors) {}

  private SupplementaryInputCsv() {}

  /**
   * Parses a file as uploaded.
   *
   * @param district the code of a district given by its code or name, empty when the agreement has no such district
   * @param personal true for a text that holds a personnummer
   */
  public static Result parse(byte[] file, Function<String, Optional<String>> district, Predicate<String> personal) {
    Utf8Files.Decoded decoded = Utf8Files.decode(file);
    if (decoded.text().isEmpty()) {
      return new Result(List.of(), List.of(new RowError(0, decoded.error())));
    }
    List<Row> rows = new ArrayList<>();
    List<RowError> errors = new ArrayList<>();
    try (Reader reader = new StringReader(decoded.text().get())) {
      List<CSVRecord> records = FORMAT.parse(reader).getRecords();
      if (records.isEmpty()) {
        return new Result(List.of(), List.of(new RowError(1, "Filen är tom.")));
      }
      List<String> header = records.get(0).toList().stream().map(SupplementaryInputCsv::plain).toList();
      if (!header.equals(COLUMNS.stream().map(SupplementaryInputCsv::plain).toList())) {
        return new Result(List.of(), List.of(new RowError(1, "Rubrikraden ska vara: " + String.join(";", COLUMNS))));
      }
      if (records.size() - 1 > MAX_ROWS) {
        return new Result(List.of(), List.of(new RowError(0, "Filen har " + (records.size() - 1)
            + " rader med siffror; högst " + MAX_ROWS + " får lämnas i en fil.")));
      }
      Map<String, Long> seen = new HashMap<>();
      for (CSVRecord record : records.subList(1, records.size())) {
        long line = record.getRecordNumber();
        try {
          Row row = row(line, record, district, personal);
          Long first = seen.putIfAbsent(row.measure().toLowerCase(Locale.ROOT) + "\u0000" + row.district(), line);
          if (first != null) {
            throw new IllegalArgumentException("samma mått och kommundel som rad " + first + ".");
          }
          rows.add(row);
        } catch (IllegalArgumentException e) {
          if (errors.size() < MAX_ERRORS) {
            errors.add(new RowError(line, e.getMessage()));
          }
        }
      }
    } catch (IOException | UncheckedIOException | IllegalStateException e) {
      return new Result(List.of(), List.of(new RowError(0, "Filen kan inte läsas som CSV (kontrollera citattecknen).")));
    }
    if (rows.isEmpty() && errors.isEmpty()) {
      errors.add(new RowError(2, "Filen har inga rader med siffror under rubrikraden."));
    }
    return errors.isEmpty() ? new Result(List.copyOf(rows), List.of()) : new Result(List.of(), List.copyOf(errors));
  }

  private static Row row(long line, CSVRecord record, Function<String, Optional<String>> districts,
      Predicate<String> personal) {
    if (record.size() != COLUMNS.size()) {
      throw new IllegalArgumentException("har " + record.size() + " kolumner, ska ha " + COLUMNS.size() + ".");
    }
    String measure = record.get(0);
    if (measure.isEmpty()) {
      throw new IllegalArgumentException("mått saknas.");
    }
    if (measure.length() > 200) {
      throw new IllegalArgumentException("mått får vara högst 200 tecken.");
    }
    if (personal.test(measure)) {
      throw new IllegalArgumentException("mått innehåller ett personnummer; underlaget ska inte innehålla "
          + "personuppgifter.");
    }
    String districtText = record.get(1);
    String district = null;
    if (!districtText.isEmpty()) {
      district = districts.apply(districtText).orElseThrow(() -> new IllegalArgumentException("kommundelen "
          + quoted(districtText) + " finns inte i överenskommelsen."));
    }
    return new Row(line, measure, district, value(record.get(2)));
  }

  private static BigDecimal value(String text) {
    String plain = text.replace(" ", "").replace("\u00a0", "").replace("\u202f", "").replace(',', '.');
    BigDecimal value;
    try {
      if (plain.isEmpty() || !plain.matches("\\d+(\\.\\d+)?")) {
        throw new NumberFormatException();
      }
      value = new BigDecimal(plain);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("värdet " + quoted(text) + " är inte ett tal (skriv t.ex. 12 eller 62,5).");
    }
    if (value.stripTrailingZeros().scale() > 2) {
      throw new IllegalArgumentException("värdet " + quoted(text) + " har fler än två decimaler.");
    }
    if (value.compareTo(MAX_VALUE) >= 0) {
      throw new IllegalArgumentException("värdet är för stort.");
    }
    return value.setScale(2, java.math.RoundingMode.UNNECESSARY);
  }

  /** A cell as it may be written back in a message: at most 40 characters. */
  private static String quoted(String text) {
    return "”" + (text.length() > 40 ? text.substring(0, 40) + "…" : text) + "”";
  }

  private static String plain(String heading) {
    return heading.trim().toLowerCase(Locale.ROOT).replace('å', 'a').replace('ä', 'a').replace('ö', 'o');
  }
}
