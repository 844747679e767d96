package se.samverka.cases;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.samverka.cases.CaseService.VisibleCase;
import se.samverka.errors.InvalidInput;
import se.samverka.workflow.Labels;

/**
 * The caller's list of cases: the cases its agency may see (the access rule decides each one), newest first, paged, and
 * searchable by case number (exact or prefix) and, within the cases where the agency may see the young person, by
 * name. A case it may not see is never listed, counted or matched.
 */
@Service
@Transactional
public class CaseList {

  public static final int MAX_QUERY = 100;
  public static final int MAX_SIZE = 100;
  /** How many process instances a case-number prefix may stand for. */
  static final int MAX_NUMBERED = 1000;

  /** One row: the case number, the young person (null: not known or not to be seen), the kind, district, status. */
  public record Row(String id, String caseNumber, String personName, String caseType, String typeName,
      String district, String districtName, String status, String statusName, Instant openedAt, String link) {}

  public record Page(String q, int page, int size, int total, List<Row> items) {

    public int pages() {
      return total == 0 ? 1 : (total + size - 1) / size;
    }
  }

  private final CaseService cases;
  private final CaseNumbers numbers;
  private final Labels labels;

  CaseList(CaseService cases, CaseNumbers numbers, Labels labels) {
    this.cases = cases;
    this.numbers = numbers;
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
    Set<String> numbered = null;
    String name = null;
    if (query != null) {
      numbered = numbers.instancesNumbered(query, MAX_NUMBERED);
      // A name has letters (and spaces or hyphens); a case number has digits too, so it is not also a name.
      name = query.matches("[\\p{L} '\\-]{2,}") ? query : null;
    }
    var found = cases.visibleCases(numbered, name, page, size);
    Map<String, String> caseNumbers = numbers.of(found.items().stream()
        .map(c -> c.record().processInstanceId()).filter(java.util.Objects::nonNull).toList());
    List<Row> rows = found.items().stream().map(c -> row(c, caseNumbers)).toList();
    return new Page(query, page, size, found.total(), rows);
  }

  private Row row(VisibleCase c, Map<String, String> caseNumbers) {
    var r = c.record();
    return new Row(r.id(), caseNumbers.get(r.processInstanceId()),
        c.person() == null ? null : c.person().firstName() + " " + c.person().lastName(), r.caseType(),
        labels.processName(r.caseType()), r.district(), r.district() == null ? null : labels.label("district", r.district()),
        r.status(), labels.label(Labels.CASE_STATUS, r.status()), r.openedAt(), "/arenden/" + r.id());
  }
}
