package se.samverka.licensing;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import se.samverka.workflow.Utf8Files;

/**
 * The CSV format of the premises register: UTF-8 (a byte order mark is fine), semicolon-separated (what Swedish
 * spreadsheets write), a header row with the columns of {@link #COLUMNS}. Parsing checks every row and reports every bad
 * one with its line number and reason; a file with any bad row gives no premises at all. A file in another encoding
 * (Excel's plain "CSV" is Windows-1252) is refused as a whole: read leniently its å, ä and ö would become replacement
 * characters in the register.
 */
public final class PremisesCsv {

  public static final List<String> COLUMNS = List.of("namn", "adress", "kommundel", "tillstandshavare",
      "organisationsnummer", "tillstand", "kategori", "serveringstid", "uteservering", "kmk", "aas_utbildade",
      "risk_dans", "risk_unga_gaster", "risk_sena_timmar", "risk_tidigare_anmarkningar", "risk_klagomal");

  static final Set<String> LICENCE_TYPES = Set.of("stadigvarande", "tillfalligt");
  static final Set<String> AUDIENCES = Set.of("allmanheten", "slutet-sallskap");
  static final Set<String> KMK = Set.of("ej", "pagar", "certifierad");
  private static final Pattern HOURS = Pattern.compile("([01]\\d|2[0-3]):[0-5]\\d-([01]\\d|2[0-3]):[0-5]\\d");
  private static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder().setDelimiter(';').setTrim(true)
      .setIgnoreEmptyLines(true).get();

  /** A bad row: its line in the file (the header is line 1) and why. */
  public record RowError(long line, String reason) {}

  /** The premises of a file, or the errors that stopped it. */
  public record Result(List<Premises> premises, List<RowError> errors) {}

  /** The answer to a file that is not UTF-8. */
  public static final String NOT_UTF8 = Utf8Files.NOT_UTF8;

  private PremisesCsv() {}

  /** Parses a file as uploaded: its bytes must be UTF-8, or the file gives one error on line 0 and no premises. */
  public static Result parse(byte[] file) {
    Utf8Files.Decoded decoded = Utf8Files.decode(file);
    return decoded.text().map(PremisesCsv::parse)
        .orElseGet(() -> new Result(List.of(), List.of(new RowError(0, decoded.error()))));
  }

  public static Result parse(String text) {
    String content = text.startsWith("\uFEFF") ? text.substring(1) : text;
    List<Premises> premises = new ArrayList<>();
    List<RowError> errors = new ArrayList<>();
    try (Reader reader = new StringReader(content)) {
      List<CSVRecord> records = FORMAT.parse(reader).getRecords();
      if (records.isEmpty()) {
        return new Result(List.of(), List.of(new RowError(1, "Filen är tom")));
      }
      List<String> header = records.get(0).toList().stream().map(h -> h.toLowerCase(java.util.Locale.ROOT)).toList();
      if (!header.equals(COLUMNS)) {
        return new Result(List.of(), List.of(new RowError(1,
            "Rubrikraden ska vara: " + String.join(";", COLUMNS))));
      }
      Map<String, Long> seen = new HashMap<>();
      for (CSVRecord record : records.subList(1, records.size())) {
        // The header is record 1, so a data record's number is its line in the file (cells hold no line breaks).
        long line = record.getRecordNumber();
        try {
          Premises row = row(record);
          Long first = seen.putIfAbsent(row.key(), line);
          if (first != null) {
            throw new IllegalArgumentException("samma serveringsställe (namn och adress) som rad " + first);
          }
          premises.add(row);
        } catch (IllegalArgumentException e) {
          errors.add(new RowError(line, e.getMessage()));
        }
      }
    } catch (IOException | UncheckedIOException | IllegalStateException e) {
      return new Result(List.of(), List.of(new RowError(0, "Filen kan inte läsas som CSV: " + e.getMessage())));
    }
    return errors.isEmpty() ? new Result(premises, List.of()) : new Result(List.of(), errors);
  }

  private static Premises row(CSVRecord record) {
    if (record.size() != COLUMNS.size()) {
      throw new IllegalArgumentException("har " + record.size() + " kolumner, ska ha " + COLUMNS.size());
    }
    String name = required(record.get(0), "namn", 200);
    String address = required(record.get(1), "adress", 200);
    String district = required(record.get(2), "kommundel", 64);
    String holder = required(record.get(3), "tillståndshavare", 200);
    String orgNumber = OrganisationNumber.parse(record.get(4)).formatted();
    String licence = oneOf(record.get(5), "tillstånd", LICENCE_TYPES);
    String audience = oneOf(record.get(6), "kategori", AUDIENCES);
    String hours = record.get(7).trim();
    if (!HOURS.matcher(hours).matches()) {
      throw new IllegalArgumentException("serveringstid ska skrivas TT:MM-TT:MM, t.ex. 11:00-01:00, men var '"
          + hours + "'");
    }
    boolean outdoor = yesNo(record.get(8), "uteservering");
    String kmk = oneOf(record.get(9), "kmk", KMK);
    int aas;
    try {
      aas = Integer.parseInt(record.get(10).trim());
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("aas_utbildade ska vara ett heltal, men var '" + record.get(10) + "'");
    }
    if (aas < 0 || aas > 10_000) {
      throw new IllegalArgumentException("aas_utbildade kan inte vara " + aas);
    }
    return new Premises(null, name, address, district, holder, orgNumber, licence, audience, hours, outdoor, kmk, aas,
        yesNo(record.get(11), "risk_dans"), yesNo(record.get(12), "risk_unga_gaster"),
        yesNo(record.get(13), "risk_sena_timmar"), yesNo(record.get(14), "risk_tidigare_anmarkningar"),
        yesNo(record.get(15), "risk_klagomal"));
  }

  public static String write(List<Premises> premises) {
    StringWriter out = new StringWriter();
    try (CSVPrinter printer = new CSVPrinter(out, FORMAT)) {
      printer.printRecord(COLUMNS);
      for (Premises p : premises) {
        printer.printRecord(p.name(), p.address(), p.district(), p.holderName(), p.holderOrganisationNumber(),
            p.licenceType(), p.audience(), p.servingHours(), yesNo(p.outdoorSeating()), p.kmkStatus(),
            p.aasTrainedStaff(), yesNo(p.riskDancing()), yesNo(p.riskYoungGuests()), yesNo(p.riskLateHours()),
            yesNo(p.riskEarlierRemarks()), yesNo(p.riskComplaints()));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }

  private static String required(String value, String column, int maxLength) {
    String text = value == null ? "" : value.trim();
    if (text.isEmpty()) {
      throw new IllegalArgumentException(column + " saknas");
    }
    if (text.length() > maxLength) {
      throw new IllegalArgumentException(column + " får vara högst " + maxLength + " tecken");
    }
    return text;
  }

  private static String oneOf(String value, String column, Set<String> allowed) {
    String text = value == null ? "" : value.trim().toLowerCase(java.util.Locale.ROOT);
    if (!allowed.contains(text)) {
      throw new IllegalArgumentException(column + " ska vara " + String.join(" eller ", allowed.stream().sorted()
          .toList()) + ", men var '" + value + "'");
    }
    return text;
  }

  private static boolean yesNo(String value, String column) {
    String text = value == null ? "" : value.trim().toLowerCase(java.util.Locale.ROOT);
    return switch (text) {
      case "ja" -> true;
      case "nej" -> false;
      default -> throw new IllegalArgumentException(column + " ska vara ja eller nej, men var '" + value + "'");
    };
  }

  private static String yesNo(boolean value) {
    return value ? "ja" : "nej";
  }
}
