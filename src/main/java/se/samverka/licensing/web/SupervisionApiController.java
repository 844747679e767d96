package se.samverka.licensing.web;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import se.samverka.errors.NotFound;
import se.samverka.licensing.RestaurantReports;
import se.samverka.licensing.Supervision;
import se.samverka.licensing.SupervisionPlans;
import se.samverka.licensing.Supervisions;
import se.samverka.licensing.persistence.SupervisionRepository.PlanEntry;
import se.samverka.security.Agencies;
import se.samverka.workflow.FormValues;
import se.samverka.workflow.InvalidFormInput;

/** Supervisions, the yearly plan and the registration of received restaurant reports over HTTP. */
@RestController
class SupervisionApiController {

  /** A received restaurant report: premises id, the calendar year it covers, and when it came in. */
  record ReportReceived(String premisesId, Integer year, String receivedOn) {}

  private final Supervisions supervisions;
  private final SupervisionPlans plans;
  private final RestaurantReports reports;
  private final Agencies agencies;

  SupervisionApiController(Supervisions supervisions, SupervisionPlans plans, RestaurantReports reports,
      Agencies agencies) {
    this.supervisions = supervisions;
    this.plans = plans;
    this.reports = reports;
    this.agencies = agencies;
  }

  @GetMapping("/api/supervisions")
  @SupervisionAccess.Readers
  List<Supervision> all() {
    return supervisions.all();
  }

  @GetMapping("/api/supervisions/{id}")
  @SupervisionAccess.Readers
  Supervision one(@PathVariable String id) {
    return supervisions.find(id).orElseThrow(() -> new NotFound("Tillsynen finns inte"));
  }

  @GetMapping("/api/supervision-plans/{year}")
  @SupervisionAccess.Readers
  List<PlanEntry> plan(@PathVariable int year) {
    return plans.plan(year);
  }

  /** Whether and when the plan of {@code year} was sent to the county administrative board. */
  @GetMapping("/api/supervision-plans/{year}/submission")
  @SupervisionAccess.Readers
  Map<String, Object> planSubmission(@PathVariable int year) {
    var sentOn = plans.sentOn(year);
    return sentOn.<Map<String, Object>>map(day -> Map.of("year", year, "sentToCountyBoard", true,
        "sentOn", day.toString())).orElseGet(() -> Map.of("year", year, "sentToCountyBoard", false));
  }

  /** The communications of a supervision with the licence holder: round, day, documents sent, response time. */
  @GetMapping("/api/supervisions/{id}/communications")
  @SupervisionAccess.Readers
  List<se.samverka.licensing.persistence.SupervisionRepository.Communication> communications(@PathVariable String id) {
    supervisions.find(id).orElseThrow(() -> new NotFound("Tillsynen finns inte"));
    return supervisions.communications(id);
  }

  @PostMapping("/api/restaurant-reports")
  @SupervisionAccess.Writers
  ResponseEntity<Map<String, Object>> reportReceived(@RequestBody ReportReceived report) {
    String userId = agencies.actingUserId();
    if (report.premisesId() == null || report.year() == null) {
      throw new InvalidFormInput("Ange premisesId och year (rapportåret)");
    }
    LocalDate receivedOn = FormValues.requiredDate(report.receivedOn(), "receivedOn (datum då rapporten kom in)");
    boolean added = reports.register(report.premisesId(), report.year(), receivedOn, userId);
    return ResponseEntity.status(added ? HttpStatus.CREATED : HttpStatus.OK)
        .body(Map.of("registrerad", added, "premisesId", report.premisesId(), "year", report.year()));
  }
}
