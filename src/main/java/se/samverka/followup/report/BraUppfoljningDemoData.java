package se.samverka.followup.report;

import static se.samverka.followup.report.BraUppfoljningProcess.*;

import java.nio.charset.StandardCharsets;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import se.samverka.workflow.EngineClock;

/**
 * The half-year follow-up on the first start of a fresh demo database, after the other demo data: the last ended
 * half-year's bra-uppfoljning is started by hand (so the half-yearly timer keeps its date), its report compiled from the
 * demo's data, and the safety coordinator has uploaded one input, the safety survey; the other uploaded inputs are
 * missing, and the report waits for the coordinator's comment. Kept in the followup module, as it writes the report's
 * own tables.
 */
@Component
@ConditionalOnProperty(name = "samverka.demo.data", havingValue = "true")
class BraUppfoljningDemoData {

  private static final Logger log = LoggerFactory.getLogger(BraUppfoljningDemoData.class);
  static final String INPUT = "trygghetsmatningar";
  static final String SURVEY = """
      mått;kommundel;värde
      Andel som känner sig trygga ute sent på kvällen (%);Strängnäs tätort;64,5
      Andel som känner sig trygga ute sent på kvällen (%);Mariefred;71
      Andel som känner sig trygga ute sent på kvällen (%);Åkers styckebruk;52,5
      Andel som känner sig trygga ute sent på kvällen (%);;63
      Antal svarande;;1 204
      """;

  private final RuntimeService runtimeService;
  private final HistoryService historyService;
  private final FollowUpReports reports;
  private final TransactionTemplate transactions;

  BraUppfoljningDemoData(RuntimeService runtimeService, HistoryService historyService, FollowUpReports reports,
      TransactionTemplate transactions) {
    this.runtimeService = runtimeService;
    this.historyService = historyService;
    this.reports = reports;
    this.transactions = transactions;
  }

  @EventListener(ApplicationReadyEvent.class)
  @Order(90)
  public void create() {
    if (historyService.createHistoricProcessInstanceQuery().processDefinitionKey(KEY).count() > 0) {
      return;
    }
    ReportPeriod period = ReportPeriod.halfYearBefore(EngineClock.today());
    transactions.executeWithoutResult(status -> {
      runtimeService.createProcessInstanceByKey(KEY).startBeforeActivity(CLAIM_PERIOD).execute();
      reports.upload(period, INPUT, "trygghetsmatning.csv", SURVEY.getBytes(StandardCharsets.UTF_8),
          COORDINATOR_GROUP);
    });
    log.info("Demo: halvårsuppföljningen av {} sammanställd och väntar på trygghetssamordnarens kommentar",
        period.label());
  }
}
