package se.samverka.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import se.samverka.support.Http;
import se.samverka.support.PostgresIntegrationTest;

/**
 * {@code GET /api/deadlines} at size: the caller's groups' open deadlines, soonest first, of cases its agency may see,
 * read in slices so that a long list is never read whole, and without a deadline of a case the agency may not see even
 * when its own group owns it.
 */
@PostgresIntegrationTest
class MyDeadlinesIntegrationTests {

  @Autowired
  Http http;

  @Autowired
  JdbcTemplate jdbc;

  @Test
  void theSoonestVisibleDeadlinesComeFirstPastASliceOfHiddenOnes() {
    // 250 police cases (social services may not see them; no consent, no disclosure) whose deadlines social services'
    // group owns and which fall due first, then 150 cases of social services' own. Long ago, so they come before
    // whatever else the database holds.
    jdbc.update("""
        insert into person (id, coordination_number, first_name, last_name, birth_date, owner_agency, created_by,
          created_at) values ('frist-person', false, 'Frist', 'Test', date '2012-01-01', 'socialtjanst', 'test',
          current_timestamp)""");
    List<String> visible = new ArrayList<>();
    LocalDateTime base = LocalDateTime.of(1990, 1, 1, 8, 0);
    for (int i = 0; i < 400; i++) {
      boolean own = i >= 250;
      String caseId = "frist-arende-" + i;
      jdbc.update("""
          insert into sv_case (id, case_type, status, person_id, owner_agency, opened_at, created_by)
          values (?, 'orosanmalan', 'OPPNAT', 'frist-person', ?, current_timestamp, 'test')""", caseId,
          own ? "socialtjanst" : "polis");
      jdbc.update("""
          insert into deadline (id, case_id, kind, legal_reference, owner_group, due_at, status, created_at)
          values (?, ?, 'forhandsbedomning', 'SoL 11 kap. 1 a §', 'socialtjanst', ?, 'OPEN', current_timestamp)""",
          "frist-" + i, caseId, Timestamp.valueOf(base.plusMinutes(i)));
      if (own) {
        visible.add(caseId);
      }
    }

    var listed = http.get("socialtjanst", "/api/deadlines?size=120");
    assertThat(listed.status()).as(listed.body()).isEqualTo(200);
    List<String> cases = new ArrayList<>();
    listed.json().forEach(d -> cases.add(d.path("caseId").asText()));
    assertThat(cases).containsExactlyElementsOf(visible.subList(0, 120));

    var byDefault = http.get("socialtjanst", "/api/deadlines");
    assertThat(byDefault.json().size()).isEqualTo(MyDeadlines.DEFAULT_SIZE);
    assertThat(byDefault.json().get(0).path("caseId").asText()).isEqualTo(visible.get(0));

    // The police own none of these deadlines; their group's list does not show social services' ones.
    List<String> police = new ArrayList<>();
    http.get("polis", "/api/deadlines?size=500").json().forEach(d -> police.add(d.path("caseId").asText()));
    assertThat(police).noneMatch(id -> id.startsWith("frist-arende-"));
  }

  @Test
  void aSizeOutsideOneTo500IsASwedish400() {
    for (String size : List.of("0", "501", "abc", "-1", "9".repeat(3000))) {
      var answer = http.get("socialtjanst", "/api/deadlines?size=" + size);
      assertThat(answer.status()).as(size).isEqualTo(400);
      assertThat(answer.json().path("detail").asText()).contains("mellan 1 och 500");
      assertThat(answer.body()).doesNotContain("999999");
    }
  }
}
