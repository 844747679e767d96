package se.samverka.followup.est.web;

import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import se.samverka.followup.est.EstPictures;
import se.samverka.followup.est.EstReports;
import se.samverka.followup.est.EstReports.IncidentInput;
import se.samverka.followup.est.EstWeek;
import se.samverka.followup.est.persistence.EstRepository.Action;
import se.samverka.followup.est.persistence.EstRepository.Category;
import se.samverka.followup.est.persistence.EstRepository.Incident;
import se.samverka.security.CurrentUser;

/**
 * EST over HTTP. {@code /api/est/incidents}: a reporting unit's member reports (POST), lists its unit's reports of the
 * current week (GET) and corrects one of them while its week is open (PUT); anyone else 403, another unit's report 404.
 * {@code /api/est/categories}: every EST participant. {@code /api/est/weeks/{week}}: the meeting every week, a unit
 * published weeks only (else 404). {@code /api/est/actions}: the meeting all, a unit its own.
 */
@RestController
class EstApiController {

  /** An incident as the API returns it (no personal data is stored, so everything may be shown to its unit). */
  record IncidentView(String id, String week, String unit, String category, String district, String place,
      String occurredAt, int severity, boolean recurring, String description) {

    static IncidentView of(Incident i) {
      return new IncidentView(i.id(), i.week(), i.unit(), i.category(), i.district(), i.place(),
          i.occurredAt().toString(), i.severity(), i.recurring(), i.description());
    }
  }

  /** What a client sends; JSON strings, numbers and booleans are all read as text and checked by the service. */
  record IncidentRequest(Object unit, Object category, Object district, Object place, Object occurredAt,
      Object severity, Object recurring, Object description) {

    IncidentInput input() {
      return new IncidentInput(s(unit), s(category), s(district), s(place), s(occurredAt), s(severity),
          recurring instanceof Boolean b ? (b ? "ja" : "nej") : s(recurring), s(description));
    }

    private static String s(Object value) {
      return value == null ? null : value instanceof String || value instanceof Number ? value.toString() : "\u0000";
    }
  }

  record WeekView(String week, String label, boolean published, String summary, String meetingNote,
      EstPictures.Figures figures, List<Action> actions, List<Action> actionsSinceLastWeek) {}

  private final EstReports reports;
  private final EstPictures pictures;
  private final EstAccess access;

  EstApiController(EstReports reports, EstPictures pictures, EstAccess access) {
    this.access = access;
    this.reports = reports;
    this.pictures = pictures;
  }

  @GetMapping("/api/est/categories")
  List<Category> categories() {
    access.participant();
    return reports.categories();
  }

  @GetMapping("/api/est/incidents")
  List<IncidentView> incidents() {
    CurrentUser user = access.reporter();
    return reports.ownReports(user, reports.currentWeek().key()).stream().map(IncidentView::of).toList();
  }

  @PostMapping("/api/est/incidents")
  @ResponseStatus(HttpStatus.CREATED)
  IncidentView report(@RequestBody IncidentRequest request) {
    CurrentUser user = access.reporter();
    return IncidentView.of(reports.report(user, request.input()));
  }

  @PutMapping("/api/est/incidents/{id}")
  IncidentView correct(@PathVariable String id, @RequestBody IncidentRequest request) {
    CurrentUser user = access.reporter();
    return IncidentView.of(reports.correct(user, id, request.input()));
  }

  @GetMapping("/api/est/weeks/{week}")
  WeekView week(@PathVariable String week) {
    CurrentUser user = access.participant();
    var shown = pictures.visibleWeek(user, week);
    EstWeek estWeek = EstWeek.parse(shown.week());
    return new WeekView(shown.week(), estWeek.label(), shown.published(), shown.summary(), shown.meetingNote(),
        pictures.figures(estWeek), pictures.actions(shown.week()), pictures.actionsSinceLastWeek(estWeek));
  }

  @GetMapping("/api/est/actions")
  List<Action> actions() {
    return pictures.visibleActions(access.participant());
  }

  @GetMapping("/api/est/units")
  Map<String, String> units() {
    access.participant();
    return reports.units();
  }

}
