package se.samverka.tasklist;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;
import se.samverka.errors.InvalidInput;

/**
 * What a task list asks for, checked: the queue ({@code mina} or a group), filters, sort and page. Every value comes
 * from a request, so each is checked for form and length and refused in Swedish, naming the field and never echoing
 * the value.
 */
public record TaskFilter(String queue, String process, Integer dueWithinDays, boolean overdue, String district,
    String caseNumber, String processInstanceId, String sort, int page, int size) {

  public static final String MINE = "mina";
  public static final String BY_DUE = "due";
  public static final String BY_CREATED = "created";
  public static final int MAX_SIZE = 100;
  public static final int DEFAULT_SIZE = 25;
  public static final int MAX_PAGE = 1000;
  public static final int MAX_DAYS = 3650;

  private static final Pattern CODE = Pattern.compile("[a-z0-9][a-z0-9_-]{0,63}");
  /** Group ids are codes too, some in camel case ({@code enhetSkolaPaulinska}). */
  private static final Pattern GROUP = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_-]{0,63}");
  private static final Pattern CASE_NUMBER = Pattern.compile("[A-Z]{2,8}-[0-9]{4}-[0-9]{4,9}");
  private static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9:._-]{0,63}");

  /** A refused filter: 400 with {@code fields} {field: Swedish message}. */
  public static class InvalidFilter extends InvalidInput {

    private final Map<String, String> fields;

    InvalidFilter(Map<String, String> fields) {
      super("Filtret är felaktigt: " + String.join(" ", fields.values()));
      this.fields = Map.copyOf(fields);
    }

    public Map<String, String> fields() {
      return fields;
    }

    @Override
    public Map<String, Object> details() {
      return Map.of("fields", fields);
    }
  }

  public static TaskFilter defaults() {
    return new TaskFilter(MINE, null, null, false, null, null, null, BY_DUE, 0, DEFAULT_SIZE);
  }

  /** Parses the request's values (null when absent); refuses every bad one at once. */
  public static TaskFilter parse(String queue, String process, String dueWithinDays, String overdue, String district,
      String caseNumber, String processInstanceId, String sort, String page, String size) {
    Map<String, String> errors = new LinkedHashMap<>();
    String q = blank(queue) ? MINE : queue.strip();
    if (!GROUP.matcher(q).matches()) {
      errors.put("queue", "Kön ska vara \"mina\" eller en av dina grupper.");
    }
    String p = code(process, "process", "Processen är okänd.", errors);
    Integer days = null;
    if (!blank(dueWithinDays)) {
      days = integer(dueWithinDays, 0, MAX_DAYS);
      if (days == null) {
        errors.put("dueWithinDays", "Ange antal dagar som ett heltal mellan 0 och " + MAX_DAYS + ".");
      }
    }
    boolean late = false;
    if (!blank(overdue)) {
      String o = overdue.strip();
      if (o.equals("true") || o.equals("on") || o.equals("ja")) {
        late = true;
      } else if (!(o.equals("false") || o.equals("nej"))) {
        errors.put("overdue", "Försenade ska vara true eller false.");
      }
    }
    String d = code(district, "district", "Kommundelen är okänd.", errors);
    String number = null;
    if (!blank(caseNumber)) {
      number = caseNumber.strip().toUpperCase(java.util.Locale.ROOT);
      if (number.length() > 40 || !CASE_NUMBER.matcher(number).matches()) {
        errors.put("caseNumber", "Ärendenumret ska se ut som SSPF-2026-0042.");
        number = null;
      }
    }
    String instance = null;
    if (!blank(processInstanceId)) {
      instance = processInstanceId.strip();
      if (!ID.matcher(instance).matches()) {
        errors.put("processInstanceId", "Processinstansens id är ogiltigt.");
        instance = null;
      }
    }
    String order = blank(sort) ? BY_DUE : sort.strip();
    if (!order.equals(BY_DUE) && !order.equals(BY_CREATED)) {
      errors.put("sort", "Sortera på \"due\" (förfallodag) eller \"created\" (skapad).");
    }
    int pageNumber = 0;
    if (!blank(page)) {
      Integer n = integer(page, 0, MAX_PAGE);
      if (n == null) {
        errors.put("page", "Sidan ska vara ett heltal mellan 0 och " + MAX_PAGE + ".");
      } else {
        pageNumber = n;
      }
    }
    int pageSize = DEFAULT_SIZE;
    if (!blank(size)) {
      Integer n = integer(size, 1, MAX_SIZE);
      if (n == null) {
        errors.put("size", "Antal per sida ska vara ett heltal mellan 1 och " + MAX_SIZE + ".");
      } else {
        pageSize = n;
      }
    }
    if (!errors.isEmpty()) {
      throw new InvalidFilter(errors);
    }
    return new TaskFilter(q, p, days, late, d, number, instance, order, pageNumber, pageSize);
  }

  public boolean isMine() {
    return MINE.equals(queue);
  }

  public TaskFilter withQueue(String newQueue) {
    return new TaskFilter(newQueue, process, dueWithinDays, overdue, district, caseNumber, processInstanceId, sort,
        page, size);
  }

  public TaskFilter withPage(int newPage) {
    return new TaskFilter(queue, process, dueWithinDays, overdue, district, caseNumber, processInstanceId, sort,
        newPage, size);
  }

  private static String code(String value, String field, String message, Map<String, String> errors) {
    if (blank(value)) {
      return null;
    }
    String v = value.strip();
    if (!CODE.matcher(v).matches()) {
      errors.put(field, message);
      return null;
    }
    return v;
  }

  private static Integer integer(String value, int min, int max) {
    String v = value.strip();
    if (v.length() > 9 || !v.matches("-?[0-9]+")) {
      return null;
    }
    int n = Integer.parseInt(v);
    return n < min || n > max ? null : n;
  }

  private static boolean blank(String value) {
    return value == null || value.isBlank();
  }
}
