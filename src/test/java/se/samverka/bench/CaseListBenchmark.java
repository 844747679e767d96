package se.samverka.bench;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import se.samverka.cases.CaseListReadModel;
import se.samverka.cases.CaseService;
import se.samverka.cases.CaseService.CasePage;
import se.samverka.cases.LegacyCaseList;
import se.samverka.cases.persistence.CaseRepository;
import se.samverka.security.Agencies;
import se.samverka.support.Http;

/**
 * The case-list benchmark of issue 10: one agency's case list ({@code GET /api/cases?page=0&size=25}), a case-number
 * search and a name search at growing numbers of cases (default 10⁴, 10⁵, 10⁶) spread over 200 municipalities, on
 * PostgreSQL, side by side on the same data with the list as it was before V28 (every case the agency might see
 * loaded and the access rule applied to each, {@link LegacyCaseList#inMemoryList}, test code only). Not a test: the
 * Maven profile {@code bench} runs it ({@code mvn -Pbench verify -Dit.test=CaseListBenchmark}). It asserts only that
 * both sides give the same answer, never a time; the report goes to standard output and to
 * {@code target/bench/case-list-benchmark.md}.
 *
 * <p>Settings (system properties): {@code bench.sizes} (default {@code 10000,100000,1000000}), {@code bench.warmup}
 * (5), {@code bench.samples} (30), {@code bench.cellBudget} (seconds of measuring per cell before it stops early with
 * fewer samples, default 300).
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = {
    "samverka.demo.enabled=true",
    "samverka.demo.password=demo",
    "camunda.bpm.admin-user.id=admin",
    "camunda.bpm.admin-user.password=demo",
    "camunda.bpm.job-execution.enabled=false",
    "camunda.bpm.metrics.db-reporter-activate=false"})
@Import({BenchPostgresConfiguration.class, Http.class})
class CaseListBenchmark {

  /**
   * A measured user: the account, its groups (as the demo account has them) and its agency. The SSPF coordinator of
   * municipality 0 sees that municipality's cases that name it; the police are one agency for every municipality (as
   * Polisen is), owning a fifth of all cases and named by a third of the consents everywhere.
   */
  record User(String account, List<String> groups, String agency) {}

  static final List<User> USERS = List.of(new User("samordnare", List.of("samordnare"), "sspf"),
      new User("polis", List.of("polis", "enhetPolisStrangnas"), "polis"));
  static final String[] AGENCIES = {"skola", "socialtjanst", "polis", "sspf", "fritid"};
  /**
   * Other municipalities' codes for their agencies (prefixed {@code k001-} …), but the police, who are one agency. The
   * SSPF function's code there does not contain "sspf": the old path's coarse filter ({@code parties like '%sspf%'})
   * would otherwise pick up every consent of the deployment, which would flatter the new path.
   */
  static final String[] OTHER_AGENCIES = {"skola", "socialtjanst", "", "samordning", "fritid"};
  static final String[] FIRST = {"Alva", "Elsa", "Maja", "Vera", "Alma", "Saga", "Ella", "Wilma", "Ebba", "Stella",
      "Noah", "Hugo", "William", "Liam", "Lucas", "Oliver", "Elias", "Adam", "Vincent", "Åke", "Örjan", "Ärla", "Nils",
      "Leo", "Sixten", "Otto", "Harry", "Theo", "Ines", "Agnes"};
  static final ObjectMapper JSON = new ObjectMapper();

  final long[] sizes = Arrays.stream(System.getProperty("bench.sizes", "10000,100000,1000000").split(","))
      .map(String::trim).mapToLong(Long::parseLong).toArray();
  final int warmup = Integer.getInteger("bench.warmup", 5);
  final int samples = Integer.getInteger("bench.samples", 30);
  final Duration cellBudget = Duration.ofSeconds(Long.getLong("bench.cellBudget", 300));
  /** The old path is measured only while the agency sees at most this many cases (each call reads them all). */
  final long oldMaxVisible = Long.getLong("bench.oldMaxVisible", 100_000);
  /** Measuring budget per cell of the old path, which takes seconds per call for a large agency. */
  final Duration oldBudget = Duration.ofSeconds(Long.getLong("bench.oldBudget", 60));

  @Autowired DataSource dataSource;
  @Autowired JdbcClient jdbc;
  @Autowired CaseService caseService;
  @Autowired CaseRepository repository;
  @Autowired CaseListReadModel model;
  @Autowired Agencies agencies;
  @Autowired IdentityService identity;
  @LocalServerPort int port;

  final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
  final StringBuilder report = new StringBuilder();

  @Test
  void measuresTheCaseListOnTheReadModelAndInMemory() throws Exception {
    LocalDateTime base = LocalDateTime.now().truncatedTo(ChronoUnit.SECONDS);
    createFunctions(base);
    LegacyCaseList legacy = new LegacyCaseList(repository, jdbc);
    line("# Case-list benchmark (raw output)");
    line("");
    line("PostgreSQL: " + scalar("select version()"));
    line("Settings: shared_buffers " + BenchPostgresConfiguration.SHARED_BUFFERS + ", work_mem "
        + BenchPostgresConfiguration.WORK_MEM + "; " + warmup + " warm-up + up to " + samples
        + " measured requests per cell, at most " + cellBudget.toSeconds()
        + " s of measuring per cell (old path: " + oldBudget.toSeconds() + " s, and only up to " + oldMaxVisible
        + " visible cases); count cap " + caseService.caseCountCap() + ".");
    line("");
    List<String> summary = new ArrayList<>();
    long filled = scalarLong("select count(*) from sv_case");
    for (long size : sizes) {
      long started = System.nanoTime();
      fill(filled + 1, size);
      filled = size;
      long loaded = System.nanoTime();
      int rebuilt = model.rebuild();
      long modelled = System.nanoTime();
      execute("vacuum analyze");
      long analyzed = System.nanoTime();
      long cases = scalarLong("select count(*) from sv_case");
      long rows = scalarLong("select count(*) from sv_case_visibility");
      long agencyRows = scalarLong("select count(*) from sv_case_visibility where agency = 'sspf'");
      long policeRows = scalarLong("select count(*) from sv_case_visibility where agency = 'polis'");
      line("## " + cases + " cases");
      line("");
      line(String.format(Locale.ROOT, "Loaded in %.0f s; read model rebuilt (`CaseListReadModel.rebuild`, %d cases,"
          + " %d rows, %d of them for agency sspf, %d for polis) in %.0f s; VACUUM ANALYZE %.0f s; database %s.",
          (loaded - started) / 1e9, rebuilt, rows, agencyRows, policeRows, (modelled - loaded) / 1e9,
          (analyzed - modelled) / 1e9, scalar("select pg_size_pretty(pg_database_size(current_database()))")));
      LocalDate today = LocalDate.now();
      for (User user : USERS) {
        measureUser(user, cases, today, legacy, summary);
      }
    }
    line("## Summary (milliseconds p50 / p95 / max)");
    line("");
    line("| cases | user (agency) | request | total | **new: `GET /api/cases` over HTTP** | new: `CaseService.visibleCases` in the JVM"
        + " | old: in-memory rule loop in the JVM |");
    line("|---:|---|---|---:|---|---|---|");
    summary.forEach(this::line);
    line("");
    Path out = Path.of("target", "bench", "case-list-benchmark.md");
    Files.createDirectories(out.getParent());
    Files.writeString(out, report, StandardCharsets.UTF_8);
    System.out.println(report);
  }

  void measureUser(User user, long cases, LocalDate today, LegacyCaseList legacy, List<String> summary)
      throws Exception {
    JsonNode first = JSON.readTree(get(user, "/api/cases?page=0&size=25"));
    long visible = asUser(user, () -> (long) legacy.verdictCount(agencies.requireCurrent(), today));
    boolean old = visible <= oldMaxVisible;
    JsonNode items = first.path("items");
    String visibleNumber = items.get(items.size() / 2).path("caseNumber").asText();
    String lastName = null;
    for (JsonNode item : items) {
      String person = item.path("personName").asText("");
      if (!item.path("personName").isNull() && !person.isEmpty()) {
        lastName = person.substring(person.indexOf(' ') + 1);
        break;
      }
    }
    line("### " + user.account() + " (agency " + user.agency() + ", groups " + user.groups() + ")");
    line("");
    line("Visible by the rule: " + visible + " cases" + (old ? "" : " (old path not measured: each call would read"
        + " them all)") + "; number searched: `" + visibleNumber + "`; name searched: `" + lastName + "`.");
    line("");
    String[][] queries = {{"list", null}, {"number", visibleNumber}, {"name", lastName}};
    for (String[] query : queries) {
      String q = query[1];
      String number = query[0].equals("number") ? q : null;
      String name = query[0].equals("name") ? q : null;
      String path = "/api/cases?page=0&size=25" + (q == null ? "" : "&q=" + URLEncoder.encode(q,
          StandardCharsets.UTF_8));
      JsonNode answer = JSON.readTree(get(user, path));
      String label = query[0] + (q == null ? "" : " `" + q + "`");
      Cell http = measure(() -> timed(() -> get(user, path)), cellBudget, warmup);
      Cell inJvm = measure(() -> timed(() -> asUser(user, () -> caseService.visibleCases(number, name, 0, 25))),
          cellBudget, warmup);
      Cell before = new Cell();
      if (old) {
        // Both sides answer alike: the same first page, the same total (the new one capped).
        CasePage was = asUser(user, () -> legacy.inMemoryList(agencies.requireCurrent(), today, number,
            name == null ? null : name.toLowerCase(Locale.ROOT), 0, 25));
        assertThat(answer.path("items").findValuesAsText("id")).as(label)
            .containsExactlyElementsOf(was.items().stream().map(c -> c.record().id()).toList());
        assertThat(answer.path("total").asInt()).as(label).isEqualTo(Math.min(was.total(),
            caseService.caseCountCap()));
        before = measure(() -> timed(() -> asUser(user, () -> legacy.inMemoryList(agencies.requireCurrent(), today,
            number, name == null ? null : name.toLowerCase(Locale.ROOT), 0, 25))), oldBudget,
            visible > 10_000 ? 1 : warmup);
      }
      Cell was = before;
      summary.add(String.format(Locale.ROOT, "| %,d | %s (%s) | %s | %d%s | **%s** | %s | %s |", cases,
          user.account(), user.agency(), label, answer.path("total").asInt(),
          answer.path("totalIsLowerBound").asBoolean() ? "+" : "", http.stats(), inJvm.stats(),
          old ? was.stats() + (was.values.size() < samples ? " (n=" + was.values.size() + ")" : "")
              : "not measured"));
      line("- " + label + ": total " + answer.path("total").asInt() + (answer.path("totalIsLowerBound").asBoolean()
          ? " (lower bound)" : "") + "; new over HTTP " + http.stats() + ", new in the JVM " + inJvm.stats()
          + ", old in the JVM " + before.stats() + " (ms p50 / p95 / max, n = " + http.values.size() + " / "
          + inJvm.values.size() + " / " + before.values.size() + ")");
    }
    line("");
    explain(user, today, visibleNumber, lastName);
  }

  // --- data -------------------------------------------------------------------------------------------------------

  void createFunctions(LocalDateTime base) throws SQLException {
    execute("""
        create or replace function bench_cid(n bigint) returns varchar language sql immutable as
        $$ select md5('case:' || n)::uuid::text $$""");
    execute("""
        create or replace function bench_opened(n bigint) returns timestamp language sql immutable as
        $$ select timestamp '%s' - make_interval(secs => ((n * 2654435761) %% 31536000)::double precision) $$"""
        .formatted(base));
    // Municipality n % 200; municipality 0 is the measured one, with the configured agency codes.
    execute("""
        create or replace function bench_agency(n bigint, k int) returns varchar language sql immutable as
        $$ select case when n %% 200 = 0 or k = 2 then (array['%s'])[k + 1]
                       else 'k' || lpad((n %% 200)::text, 3, '0') || '-' || (array['%s'])[k + 1] end $$"""
        .formatted(String.join("','", AGENCIES), String.join("','", OTHER_AGENCIES)));
    execute("""
        create or replace function bench_owner(n bigint) returns varchar language sql immutable as
        $$ select bench_agency(n, ((n / 200) % 5)::int) $$""");
  }

  /**
   * Cases {@code from..to}: a person each (first name from a list, one of 17 576 last names), the case (opened over the
   * year before the run, owned by one of five agencies of its municipality), in two cases of three a consent naming
   * the owner and the municipality's SSPF function (with {@code grund} or without; one in seven has expired, one in
   * eleven is withdrawn), and in one case of thirteen a disclosure from the owner to the SSPF function on a legal
   * ground other than consent (category {@code skola}: the case without the person).
   */
  void fill(long from, long to) throws SQLException {
    String range = "from generate_series(" + from + ", " + to + ") as g(n)";
    String first = "(array['" + String.join("','", FIRST) + "'])[(g.n % " + FIRST.length + ")::int + 1]";
    execute("insert into person (id, identity_number, coordination_number, first_name, last_name, birth_date,"
        + " owner_agency, created_by, created_at) select md5('person:' || g.n)::uuid::text, null, false, " + first
        + ", 'Bench' || chr(65 + ((g.n / 7) % 26)::int) || chr(97 + ((g.n / 182) % 26)::int)"
        + " || chr(97 + ((g.n / 4732) % 26)::int) || 'son',"
        + " date '2008-01-01' + (g.n % 3000)::int, bench_owner(g.n), 'bench', bench_opened(g.n) " + range);
    execute("insert into sv_case (id, case_type, status, person_id, process_instance_id, district, concerns,"
        + " owner_agency, opened_at, created_by, case_number) select bench_cid(g.n), 'sspf-arende',"
        + " case when g.n % 4 = 0 then 'AVSLUTAT' else 'OPPET' end, md5('person:' || g.n)::uuid::text, null,"
        + " 'mariefred', '', bench_owner(g.n), bench_opened(g.n), 'bench',"
        + " 'SSPF-' || extract(year from bench_opened(g.n))::int || '-' || lpad(g.n::text, 7, '0') " + range);
    execute("insert into consent (id, case_id, given_by_guardian1, given_by_guardian2, given_by_youth, parties,"
        + " categories, valid_from, valid_to, withdrawn_at, withdrawn_by, recorded_by, recorded_at)"
        + " select md5('consent:' || g.n)::uuid::text, bench_cid(g.n), true, true, true,"
        + " bench_owner(g.n) || ',' || bench_agency(g.n, 3) || case when g.n % 3 = 1 then ',polis' else '' end,"
        + " case when g.n % 3 = 1 then 'grund,skola' else 'skola' end, bench_opened(g.n)::date,"
        + " bench_opened(g.n)::date + case when g.n % 7 = 0 then 30 else 400 end,"
        + " case when g.n % 11 = 0 then bench_opened(g.n) + interval '1 day' end,"
        + " case when g.n % 11 = 0 then 'bench' end, 'bench', bench_opened(g.n) " + range + " where g.n % 3 <> 0");
    execute("insert into disclosure (id, case_id, from_agency, to_agency, category, legal_ground, justification,"
        + " decided_by, decided_at) select md5('disclosure:' || g.n)::uuid::text, bench_cid(g.n), bench_owner(g.n),"
        + " bench_agency(g.n, 3), 'skola', 'osl-10-28', 'Mätning', 'bench', bench_opened(g.n) " + range
        + " where g.n % 13 = 0 and bench_owner(g.n) <> bench_agency(g.n, 3)");
  }

  // --- requests ---------------------------------------------------------------------------------------------------

  interface Timed {
    double run() throws Exception;
  }

  interface Call {
    Object run() throws Exception;
  }

  static double timed(Call call) throws Exception {
    long start = System.nanoTime();
    call.run();
    return (System.nanoTime() - start) / 1e6;
  }

  <T> T asUser(User user, Supplier<T> call) {
    identity.setAuthentication(user.account(), user.groups());
    try {
      return call.get();
    } finally {
      identity.clearAuthentication();
    }
  }

  String get(User user, String path) throws Exception {
    var request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
        .timeout(Duration.ofMinutes(10))
        .header("Authorization", "Basic " + Base64.getEncoder()
            .encodeToString((user.account() + ":" + Http.PASSWORD).getBytes(StandardCharsets.UTF_8)))
        .GET().build();
    var response = client.send(request, BodyHandlers.ofString());
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    return response.body();
  }

  Cell measure(Timed call, Duration budget, int warmups) throws Exception {
    for (int i = 0; i < warmups; i++) {
      call.run();
    }
    Cell cell = new Cell();
    long deadline = System.nanoTime() + budget.toNanos();
    for (int i = 0; i < samples && System.nanoTime() < deadline; i++) {
      cell.values.add(call.run());
    }
    return cell;
  }

  static final class Cell {
    final List<Double> values = new ArrayList<>();

    double p(int percentile) {
      List<Double> sorted = values.stream().sorted().toList();
      int rank = (int) Math.ceil(percentile / 100.0 * sorted.size());
      return sorted.get(Math.max(0, rank - 1));
    }

    String stats() {
      return values.isEmpty() ? "–" : String.format(Locale.ROOT, "%.1f / %.1f / %.1f", p(50), p(95), p(100));
    }
  }

  /** The plans of the read model's queries for this agency (the shape {@code CaseRepository} builds). */
  void explain(User user, LocalDate today, String number, String lastName) throws SQLException {
    String units = user.account().equals("polis") ? "(v.unit is null or v.unit in ('polis:lpo-strangnas'))"
        : "v.unit is null";
    String where = " from sv_case_visibility v%s where v.agency = '" + user.agency() + "' and " + units
        + " and (v.valid_from is null or v.valid_from <= date '" + today + "')"
        + " and (v.valid_until is null or v.valid_until >= date '" + today + "')";
    String page = "select distinct v.opened_at, v.case_id" + where
        + "%s order by v.opened_at desc, v.case_id desc limit 26 offset 0";
    line("```");
    plan("page", page.formatted("", ""));
    plan("capped count", ("select count(*) from (select distinct v.opened_at, v.case_id" + where
        + " order by v.opened_at desc, v.case_id desc limit 1001) capped").formatted(""));
    plan("number search", page.formatted("", " and (v.number_key like '" + number + "%' escape '!')"));
    plan("name search", page.formatted(" left join person p on p.id = v.person_id",
        " and ((v.sees_person and lower(p.first_name || ' ' || p.last_name) like '%"
            + lastName.toLowerCase(Locale.ROOT) + "%' escape '!'))"));
    line("```");
    line("");
  }

  void plan(String label, String sql) throws SQLException {
    line("-- " + label);
    try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("explain (analyze, buffers, timing off) " + sql)) {
      while (rs.next()) {
        line(rs.getString(1));
      }
    }
  }

  // --- helpers ----------------------------------------------------------------------------------------------------

  void execute(String sql) throws SQLException {
    try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
      s.execute(sql);
    }
  }

  String scalar(String sql) {
    return jdbc.sql(sql).query(String.class).single();
  }

  long scalarLong(String sql) {
    return jdbc.sql(sql).query(Long.class).single();
  }

  void line(String text) {
    report.append(text).append('\n');
  }
}
