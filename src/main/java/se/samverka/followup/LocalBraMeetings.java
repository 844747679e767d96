package se.samverka.followup;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.samverka.agreement.Agreements;
import se.samverka.agreement.District;
import se.samverka.followup.bra.BraLokalProcess;
import se.samverka.followup.bra.Quarters;
import se.samverka.followup.bra.persistence.BraRepository;
import se.samverka.followup.bra.persistence.BraRepository.MeetingRow;
import se.samverka.workflow.EngineClock;
import se.samverka.workflow.InvalidFormInput;
import se.samverka.workflow.PersonalDataDetector;

/**
 * The local BRÅ meetings of each quarter, one per district of the agreement: held with notes and the questions raised
 * to central BRÅ, or recorded as "inget möte" when the quarter ended without one. No personal data: a personnummer in
 * the notes or a question is refused. The follow-up at central BRÅ reads {@link #questionsRaised(String)}.
 */
@Service
@Transactional
public class LocalBraMeetings {

  /** The organisations that may take part in a local BRÅ meeting (the options of the meeting form). */
  public static final List<String> ORGANISATIONS = List.of("kommun", "polis", "skola", "socialtjanst", "fritid",
      "faltare", "raddningstjanst", "bostadsbolag", "naringsliv", "civilsamhalle", "trossamfund");
  public static final int MAX_NOTES = 4000;
  public static final int MAX_QUESTION = 500;
  public static final int MAX_QUESTIONS = 20;

  /** A district's meeting of a quarter; {@code held} false is "inget möte"; empty when not yet recorded. */
  public record Meeting(String period, District district, boolean held, LocalDate meetingDate,
      List<String> participants, String notes, List<String> questions) {}

  /** A question raised to central BRÅ, with the district and the day of the meeting that raised it. */
  public record Question(String period, District district, LocalDate meetingDate, String question) {}

  /** A district and its meeting of the quarter, if recorded. */
  public record DistrictQuarter(District district, Optional<Meeting> meeting) {}

  private final BraRepository repository;
  private final Agreements agreements;
  private final PersonalDataDetector personalData;

  LocalBraMeetings(BraRepository repository, Agreements agreements, PersonalDataDetector personalData) {
    this.repository = repository;
    this.agreements = agreements;
    this.personalData = personalData;
  }

  /** Records a held meeting, once per district and quarter; a rule broken is a Swedish refusal at its field. */
  public void recordHeld(String period, String districtCode, LocalDate meetingDate, List<String> participants,
      String notes, String questionsText, String processInstanceId) {
    District district = district(districtCode);
    if (meetingDate == null) {
      throw new InvalidFormInput(BraLokalProcess.MEETING_DATE, "Ange mötesdatum");
    }
    if (meetingDate.isBefore(Quarters.firstDay(period)) || meetingDate.isAfter(Quarters.lastDay(period))) {
      throw new InvalidFormInput(BraLokalProcess.MEETING_DATE, "Mötesdatum ska ligga i kvartalet " + period + " ("
          + Quarters.firstDay(period) + " till " + Quarters.lastDay(period) + ")");
    }
    if (meetingDate.isAfter(EngineClock.today())) {
      throw new InvalidFormInput(BraLokalProcess.MEETING_DATE, "Mötet kan inte registreras före mötesdagen");
    }
    if (participants.isEmpty()) {
      throw new InvalidFormInput(BraLokalProcess.PARTICIPANTS, "Ange vilka organisationer som deltog");
    }
    if (!ORGANISATIONS.containsAll(participants)) {
      throw new InvalidFormInput(BraLokalProcess.PARTICIPANTS, "Deltagare: välj bland organisationerna i listan");
    }
    String text = notes == null ? "" : notes.trim();
    if (text.isEmpty() || text.length() > MAX_NOTES) {
      throw new InvalidFormInput(BraLokalProcess.NOTES, "Skriv anteckningar från mötet (högst " + MAX_NOTES
          + " tecken)");
    }
    if (personalData.containsIdentityNumber(text)) {
      throw new InvalidFormInput(BraLokalProcess.NOTES, "Anteckningarna innehåller ett personnummer. Lokalt BRÅ "
          + "dokumenterar inga personuppgifter: ta bort personnumret");
    }
    List<String> questions = questions(questionsText);
    if (repository.meeting(period, district.code()).isPresent()) {
      throw new InvalidFormInput("Mötet i " + district.name() + " för kvartalet " + period + " är redan registrerat");
    }
    String id = repository.insertMeeting(period, district.code(), true, meetingDate,
        participants.stream().distinct().toList(), text, processInstanceId, EngineClock.now());
    for (int i = 0; i < questions.size(); i++) {
      repository.insertQuestion(id, i + 1, questions.get(i));
    }
  }

  /** Records "inget möte" for a district whose quarter ended without a meeting; nothing when already recorded. */
  public void recordNotHeld(String period, String districtCode, String processInstanceId) {
    District district = district(districtCode);
    if (repository.meeting(period, district.code()).isEmpty()) {
      repository.insertMeeting(period, district.code(), false, null, List.of(), null, processInstanceId,
          EngineClock.now());
    }
  }

  /** The questions of the form, one a line: blank lines dropped, each at most 500 characters, no personnummer. */
  List<String> questions(String text) {
    List<String> questions = new ArrayList<>();
    if (text == null) {
      return questions;
    }
    for (String line : text.split("\\R")) {
      String question = line.strip();
      if (question.isEmpty()) {
        continue;
      }
      if (question.length() > MAX_QUESTION) {
        throw new InvalidFormInput(BraLokalProcess.QUESTIONS, "Fråga " + (questions.size() + 1) + " är längre än "
            + MAX_QUESTION + " tecken: korta den eller dela upp den på flera rader");
      }
      if (personalData.containsIdentityNumber(question)) {
        throw new InvalidFormInput(BraLokalProcess.QUESTIONS, "Fråga " + (questions.size() + 1) + " innehåller ett "
            + "personnummer. Frågor till central BRÅ får inte innehålla personuppgifter");
      }
      questions.add(question);
    }
    if (questions.size() > MAX_QUESTIONS) {
      throw new InvalidFormInput(BraLokalProcess.QUESTIONS, "Högst " + MAX_QUESTIONS + " frågor per möte");
    }
    return questions;
  }

  /** Every district of the agreement with its meeting of the quarter, in the agreement's order. */
  @Transactional(readOnly = true)
  public List<DistrictQuarter> quarter(String period) {
    Map<String, MeetingRow> rows = new java.util.HashMap<>();
    repository.meetings(period).forEach(row -> rows.put(row.district(), row));
    return agreements.districts().stream()
        .map(d -> new DistrictQuarter(d, Optional.ofNullable(rows.get(d.code())).map(row -> meeting(row, d))))
        .toList();
  }

  /** The meetings recorded for the quarter (held or not), in the agreement's order of districts. */
  @Transactional(readOnly = true)
  public List<Meeting> meetings(String period) {
    return quarter(period).stream().flatMap(q -> q.meeting().stream()).toList();
  }

  /** The questions the local BRÅ of the quarter raised to central BRÅ, district by district. */
  @Transactional(readOnly = true)
  public List<Question> questionsRaised(String period) {
    return meetings(period).stream().flatMap(m -> m.questions().stream()
        .map(q -> new Question(period, m.district(), m.meetingDate(), q))).toList();
  }

  private Meeting meeting(MeetingRow row, District district) {
    return new Meeting(row.period(), district, row.held(), row.meetingDate(), row.participants(), row.notes(),
        row.held() ? repository.questions(row.id()) : List.of());
  }

  private District district(String code) {
    return agreements.district(code).orElseThrow(() -> new InvalidFormInput("Kommundelen finns inte i "
        + "överenskommelsen"));
  }
}
