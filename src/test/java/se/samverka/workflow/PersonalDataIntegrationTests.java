package se.samverka.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import se.samverka.sspf.SspfSteps;
import se.samverka.support.Http;
import se.samverka.support.PostgresIntegrationTest;
import se.samverka.support.TestPersons;

/**
 * Forms submitted through the engine's REST API ({@code submit-form}, as Camunda Tasklist does) store every field as a
 * process variable. The personal fields must end up in the case store and nowhere in the engine's runtime or history
 * tables, in no notation.
 */
@PostgresIntegrationTest
class PersonalDataIntegrationTests {

  @Autowired
  Http http;

  @Autowired
  JdbcTemplate jdbc;

  @Test
  void personalFieldsOfSubmittedFormsReachNoEngineTable() {
    var steps = new SspfSteps(http);
    String description = "Unik fritext om oron 7f3c9a";
    String number = TestPersons.identityNumber(16);
    String twelve = TestPersons.twelveDigits(number);
    String instance = steps.refer("skola", SspfSteps.referral(number, "Förnamnunik", description));
    var task = steps.task("samordnare", instance, "AssessReferralTask");
    String caseId = steps.caseId("samordnare", task.path("id").asText());
    steps.complete("samordnare", instance, "AssessReferralTask", Map.of("riskLevel", "hog",
        "partiesNeeded", List.of("skola"), "assessmentDecision", "fortsatt", "consentObtainedBy", "samordnare",
        "pd_plan_bedomning", "Bedömningstext unik 55e1b2"));

    List<String> secrets = List.of(number.replace("-", ""), number, twelve, "Förnamnunik", "Testsson",
        "7f3c9a", "55e1b2");
    List<String> findings = new ArrayList<>();
    List<String> tables = jdbc.queryForList("""
        select table_name from information_schema.tables
        where table_schema = current_schema() and (table_name like 'act\\_ru\\_%' or table_name like 'act\\_hi\\_%'
          or table_name = 'act_ge_bytearray')""", String.class);
    assertThat(tables).contains("act_ru_variable", "act_hi_varinst", "act_hi_detail", "act_ge_bytearray");
    for (String table : tables) {
      for (String secret : secrets) {
        Long rows = jdbc.queryForObject("select count(*) from " + table + " t where t::text like ?", Long.class,
            "%" + secret + "%");
        if (rows > 0) {
          findings.add(table + " holds " + secret);
        }
      }
    }
    for (String secret : secrets) {
      Long blobs = jdbc.queryForObject("select count(*) from act_ge_bytearray where position(? in bytes_) > 0",
          Long.class, secret.getBytes(StandardCharsets.UTF_8));
      if (blobs > 0) {
        findings.add("act_ge_bytearray bytes hold " + secret);
      }
    }
    assertThat(findings).isEmpty();

    // Nothing lost: the same values are in the case store, and the engine holds the case id only.
    assertThat(jdbc.queryForObject("select count(*) from person where identity_number = ?", Long.class, twelve))
        .isEqualTo(1);
    assertThat(jdbc.queryForList("select body from note where case_id = ?", String.class, caseId))
        .contains(description, "Bedömningstext unik 55e1b2");
    assertThat(http.get("admin", "/engine-rest/history/variable-instance?processInstanceId=" + instance).json()
        .findValuesAsText("name")).contains("caseId", "district", "concernCategories").noneMatch(n -> n.startsWith("pd_"));
    assertThat(http.get("admin", "/engine-rest/history/detail?processInstanceId=" + instance).json()
        .findValuesAsText("variableName")).noneMatch(n -> n.startsWith("pd_"));
  }
}
