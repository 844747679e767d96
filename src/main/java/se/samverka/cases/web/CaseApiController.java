package se.samverka.cases.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import se.samverka.cases.BreachReason;
import se.samverka.cases.CaseList;
import se.samverka.cases.CaseSheets;
import se.samverka.cases.CaseSheets.CaseSheet;
import se.samverka.cases.CaseModel.ChronologyEntry;
import se.samverka.cases.CaseModel.Disclosure;
import se.samverka.cases.CaseModel.Note;
import se.samverka.cases.CaseService;
import se.samverka.cases.Deadlines;
import se.samverka.cases.Deadlines.Deadline;
import se.samverka.cases.IdentityNumber;
import se.samverka.cases.LegalGrounds;
import se.samverka.cases.MyDeadlines;
import se.samverka.security.Agencies;
import se.samverka.workflow.EngineClock;

/** Case data over HTTP, always filtered by the caller's agency through {@link CaseService}. */
@RestController
@RequestMapping("/api")
class CaseApiController {

  private final CaseService cases;
  private final LegalGrounds legalGrounds;
  private final Deadlines deadlines;
  private final Agencies agencies;
  private final CaseSheets sheets;
  private final CaseList caseList;
  private final MyDeadlines myDeadlines;

  CaseApiController(CaseService cases, LegalGrounds legalGrounds, Deadlines deadlines, Agencies agencies,
      CaseSheets sheets, CaseList caseList, MyDeadlines myDeadlines) {
    this.cases = cases;
    this.myDeadlines = myDeadlines;
    this.sheets = sheets;
    this.caseList = caseList;
    this.legalGrounds = legalGrounds;
    this.deadlines = deadlines;
    this.agencies = agencies;
  }

  /**
   * The case in words for the caller (what its agency may see, and why), or the limited sheet for a user with a task
   * in a case its agency may not see; 404 otherwise.
   */
  @GetMapping("/cases/{caseId}")
  CaseSheet view(@PathVariable String caseId) {
    return sheets.sheet(caseId);
  }

  /**
   * The cases the caller's agency may see, newest first; {@code q} matches the case number (exact or prefix) and,
   * within the cases where the agency may see the young person, the name.
   */
  @GetMapping("/cases")
  CaseList.Page list(@RequestParam(required = false) String q, @RequestParam(defaultValue = "0") int page,
      @RequestParam(defaultValue = "25") int size) {
    return caseList.list(q, page, size);
  }

  /** The young person's cases in one chronology, filtered by the consent and disclosure rule. */
  @GetMapping("/cases/{caseId}/chronology")
  List<ChronologyEntry> chronology(@PathVariable String caseId) {
    return cases.chronology(caseId);
  }

  @GetMapping("/cases/{caseId}/notes")
  List<Note> notes(@PathVariable String caseId) {
    return cases.notes(caseId);
  }

  @PostMapping("/cases/{caseId}/notes")
  @ResponseStatus(HttpStatus.CREATED)
  void addNote(@PathVariable String caseId, @Valid @RequestBody NoteRequest request) {
    cases.addOwnNote(caseId, request.category(), request.text());
  }

  @PostMapping("/cases/{caseId}/disclosures")
  @ResponseStatus(HttpStatus.CREATED)
  Disclosure disclose(@PathVariable String caseId, @Valid @RequestBody DisclosureRequest request) {
    return cases.recordDisclosure(caseId, request.toAgency(), request.category(), request.legalGround(),
        request.justification());
  }

  @PostMapping("/cases/{caseId}/consent/withdrawal")
  ResponseEntity<Map<String, String>> withdrawConsent(@PathVariable String caseId) {
    cases.withdrawConsent(caseId);
    return ResponseEntity.ok(Map.of("status", "Samtycket är återkallat. Inga uppgifter delas längre med stöd av det."));
  }

  /**
   * The open deadlines of the caller's groups, soonest first, at most {@code size} (100; 1–500); only those of cases the
   * caller's agency may see, since a deadline tells what kind of case exists (see {@link MyDeadlines}).
   */
  @GetMapping("/deadlines")
  List<Deadline> myDeadlines(@RequestParam(required = false) String size) {
    return myDeadlines.open(agencies.requireCurrent().groups(), size);
  }

  /** Every deadline of a case (404 unless the caller's agency is involved in it). */
  @GetMapping("/cases/{caseId}/deadlines")
  List<Deadline> caseDeadlines(@PathVariable String caseId) {
    cases.view(caseId);
    return deadlines.ofCase(caseId);
  }

  /**
   * Records why a breached deadline was breached ({@code reason}: a code of {@link BreachReason}; {@code comment}:
   * optional, at most 500 characters, no personnummer). For the owning group's members and the managers of its agency;
   * 404 to anyone else, 409 when the deadline is not breached, 400 for a missing or unknown reason or a refused comment.
   */
  @PutMapping("/cases/{caseId}/deadlines/{deadlineId}/breach-reason")
  Deadline recordBreachReason(@PathVariable String caseId, @PathVariable String deadlineId,
      @RequestBody BreachReasonRequest request) {
    return deadlines.recordBreachReason(caseId, deadlineId, request.reason(), request.comment());
  }

  /** The reasons a breach may be recorded with: code → words. */
  @GetMapping("/deadlines/breach-reasons")
  Map<String, String> breachReasons() {
    Map<String, String> reasons = new java.util.LinkedHashMap<>();
    for (BreachReason reason : BreachReason.values()) {
      reasons.put(reason.name(), reason.label());
    }
    return reasons;
  }

  @GetMapping("/legal-grounds")
  Map<String, String> legalGrounds() {
    return legalGrounds.all();
  }

  /** Checks an identity number without storing it (for forms that validate as you type). */
  @PostMapping("/identity-numbers/validation")
  Map<String, Object> validate(@Valid @RequestBody IdentityNumberRequest request) {
    try {
      var number = IdentityNumber.parse(request.number(), EngineClock.today());
      return Map.of("valid", true, "coordinationNumber", number.coordinationNumber());
    } catch (IllegalArgumentException e) {
      return Map.of("valid", false, "message", e.getMessage());
    }
  }

  record NoteRequest(@NotBlank(message = "Kategori saknas") String category,
      @NotBlank(message = "Text saknas") @Size(max = 4000, message = "Högst 4000 tecken") String text) {}

  record DisclosureRequest(@NotBlank(message = "Mottagare saknas") String toAgency,
      @NotBlank(message = "Kategori saknas") String category,
      @NotBlank(message = "Rättslig grund saknas") String legalGround,
      @NotBlank(message = "Motivering saknas") @Size(max = 2000, message = "Högst 2000 tecken") String justification) {}

  record BreachReasonRequest(String reason, String comment) {}

  record IdentityNumberRequest(@NotBlank(message = "Nummer saknas") String number) {}
}
