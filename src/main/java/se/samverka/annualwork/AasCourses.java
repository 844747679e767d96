package se.samverka.annualwork;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.samverka.annualwork.persistence.AasRepository;
import se.samverka.annualwork.persistence.AasRepository.Course;
import se.samverka.licensing.PremisesRegister;
import se.samverka.workflow.EngineClock;

/**
 * The AAS courses of a year, their participants (bar staff: names are personal data and stay in this module's tables)
 * and the written-test results with diploma numbers. A passed test counts towards the premises' AAS-trained staff.
 */
@Service
@Transactional
public class AasCourses {

  /** Who takes the course: serving staff, the person responsible for serving, owners and door staff. */
  public static final List<String> ROLES =
      List.of("serveringspersonal", "serveringsansvarig", "agare", "ordningsvakt", "entrevard");

  /** A course with its participants, for the API. */
  public record CourseView(String id, int year, int number, LocalDate plannedDate, String venue,
      List<AasParticipant> participants) {}

  /** The counts of a year, for the yearly report. */
  public record YearCounts(int year, int courses, int participants, int passed) {}

  /** The courses of a year dated within a range: courses, participants, passed, failed and without result. */
  public record PeriodCounts(int year, long courses, long participants, long passed, long failed,
      long withoutResult) {}

  /** A course or participant that does not exist. */
  public static class NotFound extends se.samverka.errors.NotFound {
    NotFound(String message) {
      super(message);
    }
  }

  private final AasRepository repository;
  private final PremisesRegister premises;

  AasCourses(AasRepository repository, PremisesRegister premises) {
    this.repository = repository;
    this.premises = premises;
  }

  /** Creates the year's courses, numbered after any the year already has; returns their ids. */
  public List<String> planYear(int year, int count, String processInstanceId) {
    int last = repository.lastCourseNumber(year);
    List<String> ids = new ArrayList<>();
    for (int i = 1; i <= count; i++) {
      ids.add(repository.insertCourse(year, last + i, processInstanceId, EngineClock.now()));
    }
    return ids;
  }

  public void planCourse(String courseId, LocalDate date, String venue) {
    course(courseId);
    repository.planCourse(courseId, date, venue);
  }

  @Transactional(readOnly = true)
  public List<CourseView> courses(int year) {
    return repository.courses(year).stream().map(c -> new CourseView(c.id(), c.year(), c.number(), c.plannedDate(),
        c.venue(), repository.participants(c.id()))).toList();
  }

  public AasParticipant register(String courseId, String name, String premisesId, String role) {
    course(courseId);
    String cleanName = name == null ? "" : name.trim();
    if (cleanName.isEmpty() || cleanName.length() > 200) {
      throw new IllegalArgumentException("Ange deltagarens namn (högst 200 tecken)");
    }
    String cleanRole = role == null ? "" : role.trim().toLowerCase(Locale.ROOT);
    if (!ROLES.contains(cleanRole)) {
      throw new IllegalArgumentException("Okänd roll '" + role + "': ange en av " + String.join(", ", ROLES));
    }
    if (premisesId == null || premises.find(premisesId).isEmpty()) {
      throw new IllegalArgumentException("Okänt serveringsställe '" + premisesId + "': välj ett ur registret över "
          + "serveringsställen");
    }
    String id = repository.insertParticipant(courseId, cleanName, premisesId, cleanRole, EngineClock.now());
    return repository.participant(id).orElseThrow();
  }

  /**
   * Records the written test: a passed test needs a diploma number that no one else has; a failed one has none. The
   * premises' count of AAS-trained staff follows.
   */
  public AasParticipant recordResult(String participantId, Boolean passed, String diplomaNumber) {
    AasParticipant participant = repository.participant(participantId)
        .orElseThrow(() -> new NotFound("Deltagaren finns inte"));
    if (passed == null) {
      throw new IllegalArgumentException("Ange om deltagaren klarade det skriftliga provet (passed: true eller false)");
    }
    String diploma = diplomaNumber == null || diplomaNumber.isBlank() ? null : diplomaNumber.trim();
    if (passed && diploma == null) {
      throw new IllegalArgumentException("Ange diplomnumret för den som klarade provet");
    }
    if (!passed && diploma != null) {
      throw new IllegalArgumentException("Den som inte klarade provet får inget diplom: lämna diplomnumret tomt");
    }
    if (diploma != null && (diploma.length() > 40 || !diploma.matches("[A-Za-z0-9/-]+"))) {
      throw new IllegalArgumentException("Diplomnumret får ha högst 40 tecken: bokstäver, siffror, - och /");
    }
    if (diploma != null && repository.diplomaTaken(diploma, participantId)) {
      throw new IllegalArgumentException("Diplomnumret " + diploma + " är redan utfärdat till en annan deltagare");
    }
    repository.recordResult(participantId, passed, diploma, EngineClock.now());
    premises.setAasTrainedStaff(participant.premisesId(), repository.passedAt(participant.premisesId()));
    return repository.participant(participantId).orElseThrow();
  }

  /** Participants of the course who still have no test result. */
  @Transactional(readOnly = true)
  public int withoutResult(String courseId) {
    return repository.withoutResult(courseId);
  }

  @Transactional(readOnly = true)
  public int participants(String courseId) {
    return repository.participants(courseId).size();
  }

  @Transactional(readOnly = true)
  public YearCounts counts(int year) {
    return new YearCounts(year, repository.courses(year).size(), repository.participantsOfYear(year),
        repository.passedOfYear(year));
  }

  /** The courses dated from {@code from} to {@code to} (both in), by year, with their participants: counts only. */
  @Transactional(readOnly = true)
  public List<PeriodCounts> countsBetween(LocalDate from, LocalDate to) {
    return repository.countsBetween(from, to);
  }

  private Course course(String courseId) {
    return repository.course(courseId).orElseThrow(() -> new NotFound("Kursen finns inte"));
  }
}
