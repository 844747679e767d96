package se.samverka.cases;

import java.time.Instant;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.samverka.cases.CaseService.VisibleCase;
import se.samverka.errors.InvalidInput;
import se.samverka.workflow.Labels;

/**
 * The caller's list of cases: the cases its agency may see (the access rule's verdict, read from the case list's read
 * model, {@link CaseListReadModel}), newest first, paged, and
 * searchable by case number (exact or prefix) and, within the cases where the agency may see the young person, by
 * name. A case it may not see is never listed, counted or matched.
 */
@Service
@Transactional
public class CaseList {

  public static final int MAX_QUERY = 100;
  public static final int MAX_SIZE = 100;
  /** What a case number or the beginning of one looks like: {@code SSPF}, {@code SSPF-2026}, {@code SSPF-2026-0042}. */
  static final java.util.regex.Pattern NUMBER =
      java.util.regex.Pattern.compile("[A-Za-z]{2,5}(-[0-9]{0,4}(-[0-9]{0,8})?)?");

  /** One row: the case number, the young person (null: not known or not to be seen), the kind, district, status. */
  public record Row(String id, String caseNumber, String personName, String caseType, String typeName,
      String district, String districtName, String status, String statusName, Instant openedAt, String link) {}

  /**
   * One page. {@code total} is exact up to the count cap ({@code samverka.cases.count-cap}, 1 000); above it, it is the
   * cap and {@code totalIsLowerBound} is true ("fler än 1 000"). {@code hasNext}: the next page has cases.
   */
  public record Page(String q, int page, int size, int total, boolean totalIsLowerBound, boolean hasNext,
      List<Row> items) {

    /** The number of pages, when the total is exact. */
    public int pages() {
      return total == 0 ? 1 : (total + size - 1) / size;
    }

    /** The total in words for the page: "1 ärende", "12 ärenden", "fler än 1 000 ärenden". */
    public String totalWords() {
      String number = String.format(java.util.Locale.ROOT, "%,d", total).replace(',', ' ');
      return (totalIsLowerBound ? "fler än " + number : number) + (total == 1 && !totalIsLowerBound ? " ärende"
          : " ärenden");
    }
  }

  private final CaseService cases;
  private final Labels labels;

  CaseList(CaseService cases, Labels labels) {
    this.cases = cases;
    this.labels = labels;
  }

  public Page list(String q, int page, int size) {
    if (q != null && q.length() > MAX_QUERY) {
      throw new InvalidInput("Sökningen får vara högst " + MAX_QUERY + " tecken");
    }
    if (page < 0 || page > 100_000) {
      throw new InvalidInput("Sidan måste vara ett tal från 0");
    }
    if (size < 1 || size > MAX_SIZE) {
      throw new InvalidInput("Antal per sida måste vara mellan 1 och " + MAX_SIZE);
    }
    String query = q == null || q.isBlank() ? null : q.strip();
    String number = null;
    String name = null;
    if (query != null) {
      number = NUMBER.matcher(query).matches() ? query : null;
      // A name has letters (and spaces or hyphens); a case number has digits too, so it is not also a name.
      name = query.matches("[\\p{L} '\\-]{2,}") ? query : null;
      if (number == null && name == null) {
        return new Page(query, page, size, 0, false, false, List.of());
      }
    }
    var found = cases.visibleCases(number, name, page, size);
    List<Row> rows = found.items().stream().map(this::row).toList();
    return new Page(query, page, size, found.total(), found.totalIsLowerBound(), found.hasNext(), rows);
  }

  private Row row(VisibleCase c) {
    var r = c.record();
    return new Row(r.id(), r.caseNumber(),
        c.person() == null ? null : c.person().firstName() + " " + c.person().lastName(), r.caseType(),
        labels.processName(r.caseType()), r.district(), r.district() == null ? null : labels.label("district", r.district()),
        r.status(), labels.label(Labels.CASE_STATUS, r.status()), r.openedAt(), "/arenden/" + r.id());
  }
}
