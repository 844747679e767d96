package se.samverka.sspf.web;

import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import se.samverka.cases.CaseService;
import se.samverka.sspf.SspfArendeProcess;
import se.samverka.sspf.SteeringReports;
import se.samverka.sspf.persistence.SteeringReportRepository.SteeringReport;
import se.samverka.workflow.SystemContext;

/** SSPF actions that are not tasks: report acute risk in a running case, read the steering-group reports. */
@RestController
@RequestMapping("/api/sspf")
class SspfApiController {

  private final CaseService cases;
  private final RuntimeService runtimeService;
  private final SystemContext system;
  private final SteeringReports reports;

  SspfApiController(CaseService cases, RuntimeService runtimeService, SystemContext system, SteeringReports reports) {
    this.cases = cases;
    this.runtimeService = runtimeService;
    this.system = system;
    this.reports = reports;
  }

  /** The reporter's own account of the acute concern, which the report of concern carries. */
  record AcuteRiskReport(String account) {}

  /**
   * Acute risk to the child: the running case records that a report of concern is required, and goes on. The caller's
   * own account of the concern is required; it becomes their note in the case and goes with the report.
   */
  @PostMapping("/cases/{caseId}/acute-risk")
  ResponseEntity<Map<String, String>> acuteRisk(@PathVariable String caseId,
      @RequestBody(required = false) AcuteRiskReport report) {
    var view = cases.view(caseId); // 404 unless the caller's agency is involved in the case
    String processInstanceId = view.caseRecord().processInstanceId();
    if (view.caseRecord().closedAt() != null || processInstanceId == null) {
      throw new IllegalArgumentException("Ärendet är avslutat. Gör orosanmälan direkt till socialtjänsten.");
    }
    if (view.caseRecord().personId() == null) {
      // A report of concern needs the child's identity, which a consultation does not have.
      throw new IllegalArgumentException("Ärendet är en konsultation utan identitet. Den som aktualiserade ärendet "
          + "ska göra orosanmälan direkt till socialtjänsten.");
    }
    if (report == null || report.account() == null || report.account().isBlank()) {
      throw new IllegalArgumentException("Beskriv oron med egna ord (account): beskrivningen följer med orosanmälan "
          + "till socialtjänsten");
    }
    cases.addOwnNote(caseId, "grund", report.account());
    system.run(() -> runtimeService.createMessageCorrelation(SspfArendeProcess.MESSAGE_ACUTE_RISK)
        .processInstanceId(processInstanceId).correlate());
    return ResponseEntity.status(HttpStatus.ACCEPTED)
        .body(Map.of("status", "Akut oro är registrerad i ärendet. En orosanmälan ska göras."));
  }

  /** The steering-group reports: for the steering group, the coordinator and managers. */
  @GetMapping("/reports")
  @PreAuthorize("hasAnyAuthority('styrgrupp', 'samordnare', 'chef')")
  List<SteeringReport> reports() {
    return reports.all();
  }
}
