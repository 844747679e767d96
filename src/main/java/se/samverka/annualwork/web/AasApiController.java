package se.samverka.annualwork.web;

import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import se.samverka.annualwork.AasCourses;
import se.samverka.annualwork.AasCourses.CourseView;
import se.samverka.workflow.EngineClock;

/**
 * The AAS courses over HTTP: participants (names of bar staff, personal data) and their test results are registered
 * here and never through a task form, so they stay out of the engine. Only the alcohol licensing officers may use it.
 */
@RestController
@RequestMapping("/api/aas")
@PreAuthorize(AasApiController.OFFICERS)
class AasApiController {

  /** Who may see and register AAS courses: the alcohol licensing officers. */
  static final String OFFICERS = "hasAuthority('alkoholhandlaggare')";

  /** A participant to register. */
  record NewParticipant(String name, String premisesId, String role) {}

  /** A written-test result. */
  record Result(Boolean passed, String diplomaNumber) {}

  private final AasCourses courses;

  AasApiController(AasCourses courses) {
    this.courses = courses;
  }

  @GetMapping("/courses")
  ResponseEntity<List<CourseView>> courses(@RequestParam(required = false) String year) {
    int wanted;
    try {
      wanted = year == null || year.isBlank() ? EngineClock.today().getYear() : Integer.parseInt(year.trim());
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("Ogiltigt år '" + year + "': ange år med fyra siffror, t.ex. 2027");
    }
    if (wanted < 2000 || wanted > 2999) {
      throw new IllegalArgumentException("Ogiltigt år '" + year + "': ange år med fyra siffror, t.ex. 2027");
    }
    List<CourseView> list = courses.courses(wanted);
    return ResponseEntity.ok(list);
  }

  @PostMapping("/courses/{courseId}/participants")
  ResponseEntity<?> register(@PathVariable String courseId, @RequestBody(required = false) NewParticipant body) {
    if (body == null) {
      throw new IllegalArgumentException("Ange deltagaren: name, premisesId och role");
    }
    return ResponseEntity.status(HttpStatus.CREATED)
        .body(courses.register(courseId, body.name(), body.premisesId(), body.role()));
  }

  @PutMapping("/participants/{participantId}/result")
  ResponseEntity<?> result(@PathVariable String participantId, @RequestBody(required = false) Result body) {
    if (body == null) {
      throw new IllegalArgumentException("Ange resultatet: passed och diplomaNumber");
    }
    return ResponseEntity.ok(courses.recordResult(participantId, body.passed(), body.diplomaNumber()));
  }
}
