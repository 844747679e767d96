package se.samverka.licensing.web;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import se.samverka.licensing.RestaurantReports;
import se.samverka.licensing.Supervision;
import se.samverka.licensing.SupervisionPlans;
import se.samverka.licensing.Supervisions;
import se.samverka.licensing.persistence.SupervisionRepository.PlanEntry;
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
  private final SupervisionReaders readers;

  SupervisionApiController(Supervisions supervisions, SupervisionPlans plans, RestaurantReports reports,
      SupervisionReaders readers) {
    this.supervisions = supervisions;
    this.plans = plans;
    this.reports = reports;
    this.readers = readers;
  }

  @GetMapping("/api/supervisions")
  List<Supervision> all() {
    readers.requireReader();
    return supervisions.all();
  }

  @GetMapping("/api/supervisions/{id}")
  ResponseEntity<?> one(@PathVariable String id) {
    readers.requireReader();
    return supervisions.find(id).<ResponseEntity<?>>map(ResponseEntity::ok)
        .orElseGet(() -> ResponseEntity.status(HttpStatus.NOT_FOUND).body(Map.of("fel", "Ingen tillsyn med id " + id)));
  }

  @GetMapping("/api/supervision-plans/{year}")
  List<PlanEntry> plan(@PathVariable int year) {
    readers.requireReader();
    return plans.plan(year);
  }

  @PostMapping("/api/restaurant-reports")
  ResponseEntity<Map<String, Object>> reportReceived(@RequestBody ReportReceived report) {
    String userId = readers.requireWriter();
    if (report.premisesId() == null || report.year() == null) {
      throw new InvalidFormInput("Ange premisesId och year (rapportåret)");
    }
    LocalDate receivedOn = FormValues.requiredDate(report.receivedOn(), "receivedOn (datum då rapporten kom in)");
    boolean added = reports.register(report.premisesId(), report.year(), receivedOn, userId);
    return ResponseEntity.status(added ? HttpStatus.CREATED : HttpStatus.OK)
        .body(Map.of("registrerad", added, "premisesId", report.premisesId(), "year", report.year()));
  }

  @ExceptionHandler(InvalidFormInput.class)
  ResponseEntity<Map<String, String>> invalid(InvalidFormInput e) {
    return ResponseEntity.badRequest().body(Map.of("fel", e.getMessage()));
  }

  @ExceptionHandler(AccessDeniedException.class)
  ResponseEntity<Map<String, String>> denied(AccessDeniedException e) {
    return ResponseEntity.status(HttpStatus.FORBIDDEN).body(Map.of("fel", e.getMessage()));
  }
}
