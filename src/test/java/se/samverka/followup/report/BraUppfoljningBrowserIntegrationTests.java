package se.samverka.followup.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import se.samverka.followup.report.persistence.ReportRepository;
import se.samverka.support.BrowserIntegrationTest;
import se.samverka.support.Http;
import se.samverka.support.WorkApi;
import se.samverka.workflow.EngineClock;

/**
 * The follow-up pages in a real Chromium on the demo data (the last ended half-year's report, compiled, with the
 * safety survey uploaded and the other inputs missing, waiting for the coordinator's comment) and on an approved report
 * with its public summary: each passes axe-core without a serious or critical violation, reflows at 320 px, runs under
 * the Content-Security-Policy and its links answer; a refused upload lists its bad rows next to the file field.
 */
class BraUppfoljningBrowserIntegrationTests extends BrowserIntegrationTest {

  @Autowired
  FollowUpReports reports;

  @Autowired
  ReportRepository repository;

  @Test
  void theCoordinatorFindsTheDemoReportUploadsAFileWithBadRowsAndOpensTheCommentTask() throws Exception {
    ReportPeriod period = ReportPeriod.halfYearBefore(EngineClock.today());
    browser.login("trygghetssamordnare", Http.PASSWORD).open("/");
    browser.followLink("Halvårsuppföljning av överenskommelsen").checkPage("the follow-up reports");
    assertThat(browser.pageText()).contains("Uppföljning av " + period.label(),
        "Sammanställd, väntar på trygghetssamordnarens kommentar");
    browser.followLink("Uppföljning av " + period.label()).checkPage("the demo's follow-up report")
        .assertLinksAnswer("the demo's follow-up report");
    assertThat(browser.pageText()).contains("Trygghetsmätningar och medborgarundersökningar", "Uppladdat",
        "trygghetsmatning.csv", "Saknas för perioden", "Inte kommenterad ännu.");
    assertThat(browser.findAll("table caption")).isNotEmpty();

    Path bad = Files.createTempFile("faltrapporter", ".csv");
    try {
      Files.writeString(bad, "mått;kommundel;värde\nKontakter med unga;Atlantis;12\n", StandardCharsets.UTF_8);
      browser.find("#fil-faltrapporter").sendKeys(bad.toAbsolutePath().toString());
      browser.find("#underlag-faltrapporter button[type=submit]").click();
      browser.waitForLoad();
    } finally {
      Files.deleteIfExists(bad);
    }
    browser.checkPage("a refused upload");
    assertThat(browser.text("#fil-faltrapporter-fel")).contains("Rad 2: kommundelen", "Inget sparades");
    assertThat(browser.find("#fil-faltrapporter").getAttribute("aria-describedby")).contains("fil-faltrapporter-fel");
    assertThat(reports.inputs(period)).filteredOn(i -> i.code().equals("faltrapporter"))
        .allSatisfy(i -> assertThat(i.upload()).isNull());

    var task = new WorkApi(http).tasks("trygghetssamordnare", null, BraUppfoljningProcess.KEY).get(0);
    browser.open("/uppgifter/" + task.path("id").asText()).checkPage("the comment task");
    assertThat(browser.pageText()).contains("Kommentera uppföljningen", "/uppfoljning/" + period.code());
  }

  @Test
  void theSteeringGroupReadsAnApprovedReportItsFilesAndTheYearsPublicSummaryWhichTheCommunicatorsRead() {
    ReportPeriod period = ReportPeriod.halfYear(2046, 2);
    reports.begin(period, "browser-test");
    if (!reports.of(period).approved()) {
      repository.comment(period.code(), FollowUpReports.COMMENTED, "Ett lugnare år i Mariefred.",
          "trygghetssamordnare", Instant.now());
      reports.approve(period, "styrgrupp");
    }
    browser.login("styrgrupp", Http.PASSWORD).open("/uppfoljning/" + period.code())
        .checkPage("an approved follow-up report").assertLinksAnswer("an approved follow-up report");
    assertThat(browser.pageText()).contains("Godkänd av styrgruppen", "Rapporten som PDF", "Rapporten som CSV-fil",
        "Offentlig sammanfattning av året 2046", "Ett lugnare år i Mariefred.");
    browser.followLink("Offentlig sammanfattning av året 2046").checkPage("the public summary");
    browser.open("/uppfoljning/2046-H9").checkPage("the reports with a forged period");
    assertThat(browser.pageText()).contains("Okänd period");
    browser.logout();

    browser.login("kommunikator", Http.PASSWORD).open("/uppfoljning/ar/2046/sammanfattning")
        .checkPage("the public summary for the communicators");
    assertThat(browser.pageText()).contains("färre än 5");
  }
}
