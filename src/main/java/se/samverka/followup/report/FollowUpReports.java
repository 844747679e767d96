package se.samverka.followup.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.samverka.agreement.Agreement;
import se.samverka.agreement.Agreements;
import se.samverka.agreement.District;
import se.samverka.errors.Conflict;
import se.samverka.errors.InvalidInput;
import se.samverka.errors.NotFound;
import se.samverka.followup.report.persistence.ReportRepository;
import se.samverka.followup.report.persistence.ReportRepository.Figure;
import se.samverka.followup.report.persistence.ReportRepository.StoredReport;
import se.samverka.followup.report.persistence.ReportRepository.Upload;
import se.samverka.workflow.EngineClock;
import se.samverka.workflow.PersonalDataDetector;

/**
 * The follow-up reports of bra-uppfoljning: compiled and stored when the process begins, compiled again with each
 * uploaded supplementary input while the report is not approved, commented by the coordinator, returned or approved by
 * the steering group, and on approval archived as PDF and CSV with their SHA-256 (after the second half-year with the
 * year's public summary). An approved report is never written again: every change checks the status, and the
 * repository's statements say so too.
 */
@Service
@Transactional
public class FollowUpReports {

  public static final String DRAFT = "UTKAST";
  public static final String COMMENTED = "KOMMENTERAD";
  public static final String RETURNED = "ATERVISAD";
  public static final String APPROVED = ReportRepository.APPROVED;
  /** The largest file accepted as one supplementary input. */
  public static final int MAX_UPLOAD_BYTES = 512 * 1024;

  static final String UPLOAD_AFTER_APPROVAL = "Rapporten är godkänd av styrgruppen och kan inte ändras. Underlag kan "
      + "inte längre laddas upp för perioden.";

  /** A report as the pages show it. */
  public record Report(ReportPeriod period, StoredReport stored, ReportContent content) {

    public boolean approved() {
      return APPROVED.equals(stored.status());
    }

    public String status() {
      return switch (stored.status()) {
        case APPROVED -> "Godkänd av styrgruppen";
        case COMMENTED -> "Kommenterad, väntar på styrgruppens godkännande";
        case RETURNED -> "Återförvisad till trygghetssamordnaren";
        default -> "Sammanställd, väntar på trygghetssamordnarens kommentar";
      };
    }

    public boolean hasPublicSummary() {
      return stored.publicSummary() != null;
    }
  }

  /** A supplementary input of the period: from the agreement, with its upload if one was made. */
  public record Input(String code, String name, boolean uploadable, Upload upload) {}

  /** A refused file: every bad row with its line and reason. */
  public static class InvalidUpload extends InvalidInput {

    private final transient List<SupplementaryInputCsv.RowError> rows;

    public InvalidUpload(String message, List<SupplementaryInputCsv.RowError> rows) {
      super(message);
      this.rows = List.copyOf(rows);
    }

    public List<SupplementaryInputCsv.RowError> rows() {
      return rows;
    }

    @Override
    public Map<String, Object> details() {
      return Map.of("rader", rows);
    }
  }

  private final ReportCompiler compiler;
  private final ReportRepository repository;
  private final Agreements agreements;
  private final PersonalDataDetector personalData;
  private final ObjectMapper json;

  FollowUpReports(ReportCompiler compiler, ReportRepository repository, Agreements agreements,
      PersonalDataDetector personalData, ObjectMapper json) {
    this.compiler = compiler;
    this.repository = repository;
    this.agreements = agreements;
    this.personalData = personalData;
    this.json = json;
  }

  // --- called by the process

  /** Compiles and stores the period's report when the process begins (once: a repeated call keeps the stored one). */
  public void begin(ReportPeriod period, String instanceId) {
    if (repository.find(period.code()).isEmpty()) {
      ReportContent content = compiler.compile(period);
      repository.insert(UUID.randomUUID().toString(), period.code(), period.from(), period.to(), instanceId, DRAFT,
          write(content), content.compiledAt());
    }
  }

  public void comment(ReportPeriod period, String comment, String by) {
    if (!repository.comment(period.code(), COMMENTED, comment, by, EngineClock.now())) {
      throw new Conflict("Rapporten är redan godkänd och kan inte kommenteras");
    }
  }

  public void returnForChanges(ReportPeriod period, String reason) {
    if (!repository.returnForChanges(period.code(), RETURNED, reason)) {
      throw new Conflict("Rapporten är redan godkänd");
    }
  }

  /**
   * Approves the report and archives it: the PDF and CSV are made from the stored content, with their SHA-256; after
   * the second half-year also the public summary of the year. False when it was approved already.
   */
  public boolean approve(ReportPeriod period, String by) {
    StoredReport stored = repository.findForUpdate(period.code())
        .orElseThrow(() -> new NotFound("Det finns ingen uppföljning för " + period.label()));
    if (APPROVED.equals(stored.status())) {
      return false;
    }
    var approvedAt = EngineClock.now();
    ReportContent content = read(stored.content());
    byte[] pdf = ReportPdf.render(ReportXhtml.page(content, stored.comment(), by, approvedAt));
    String csv = ReportCsv.write(content);
    String summary = null;
    if (period.isSecondHalf()) {
      ReportPeriod year = ReportPeriod.year(period.from().getYear());
      summary = write(PublicSummary.of(compiler.compile(year), "Uppföljning av samverkansöverenskommelsen, "
          + year.label() + " – offentlig sammanfattning"));
    }
    return repository.approve(period.code(), by, approvedAt, pdf, sha256(pdf), csv,
        sha256(csv.getBytes(StandardCharsets.UTF_8)), summary);
  }

  // --- the uploads

  /** The supplementary inputs of the agreement governing the period, each with its upload if any. */
  @Transactional(readOnly = true)
  public List<Input> inputs(ReportPeriod period) {
    List<Upload> uploads = repository.uploads(period.code());
    return agreements.inForce(period.to()).supplementaryInputs().stream()
        .map(i -> new Input(i.code(), i.name(), i.source() == Agreement.Source.CSV,
            uploads.stream().filter(u -> u.inputCode().equals(i.code())).findFirst().orElse(null)))
        .toList();
  }

  /**
   * Stores an uploaded input of the period and compiles the report again with it. Refused (nothing stored) when the
   * report is approved (409), the input is not one the agreement uploads (404), the file is too large or any row is bad
   * (400, every bad row with its line and reason).
   */
  public Upload upload(ReportPeriod period, String inputCode, String fileName, byte[] file, String by) {
    StoredReport stored = repository.findForUpdate(period.code())
        .orElseThrow(() -> new NotFound("Det finns ingen uppföljning för " + period.label()));
    if (APPROVED.equals(stored.status())) {
      throw new Conflict(UPLOAD_AFTER_APPROVAL);
    }
    Agreement agreement = agreements.inForce(period.to());
    Agreement.SupplementaryInput input = agreement.supplementaryInputs().stream()
        .filter(i -> i.code().equals(inputCode) && i.source() == Agreement.Source.CSV).findFirst()
        .orElseThrow(() -> new NotFound("Underlaget finns inte bland överenskommelsens uppladdade underlag"));
    if (file == null || file.length == 0) {
      throw new InvalidUpload("Välj en CSV-fil att ladda upp.", List.of());
    }
    checkSize(file.length);
    var result = SupplementaryInputCsv.parse(file, text -> district(agreement, text),
        personalData::containsIdentityNumber);
    if (!result.errors().isEmpty()) {
      throw new InvalidUpload("Filen laddades inte upp: rätta raderna nedan och försök igen. Inget sparades.",
          result.errors());
    }
    Upload upload = new Upload(UUID.randomUUID().toString(), period.code(), input.code(), fileName(fileName), by,
        EngineClock.now(), result.rows().size());
    repository.replaceUpload(upload, result.rows().stream()
        .map(r -> new Figure((int) r.line(), r.measure(), r.district(), r.value())).toList());
    ReportContent content = compiler.compile(period);
    if (!repository.recompile(period.code(), stored.status(), write(content), content.compiledAt())) {
      throw new Conflict(UPLOAD_AFTER_APPROVAL);
    }
    return upload;
  }

  /** Refuses a file larger than {@link #MAX_UPLOAD_BYTES} before it is read. */
  public static void checkSize(long bytes) {
    if (bytes > MAX_UPLOAD_BYTES) {
      throw new InvalidUpload("Filen är för stor: högst " + MAX_UPLOAD_BYTES / 1024 + " kB får laddas upp. Inget "
          + "sparades.", List.of());
    }
  }

  @Transactional(readOnly = true)
  public List<Figure> figures(Upload upload) {
    return repository.figures(upload.id());
  }

  private static Optional<String> district(Agreement agreement, String text) {
    return agreement.districts().stream()
        .filter(d -> d.code().equalsIgnoreCase(text) || d.name().equalsIgnoreCase(text))
        .map(District::code).findFirst();
  }

  /** The name of the file without its folders, at most 200 characters. */
  static String fileName(String name) {
    if (name == null || name.isBlank()) {
      return null;
    }
    String plain = name.replaceAll(".*[/\\\\]", "").replaceAll("[\\x00-\\x1F\\x7F]", "").strip();
    return plain.length() > 200 ? plain.substring(0, 200) : plain;
  }

  // --- the pages

  @Transactional(readOnly = true)
  public List<Report> all() {
    return repository.periods().stream().map(p -> of(ReportPeriod.parse(p).orElseThrow())).toList();
  }

  /** The report of the period, or 404. */
  @Transactional(readOnly = true)
  public Report of(ReportPeriod period) {
    StoredReport stored = repository.find(period.code())
        .orElseThrow(() -> new NotFound("Det finns ingen uppföljning för " + period.label()));
    return new Report(period, stored, read(stored.content()));
  }

  /** The archived PDF of an approved report, or 404. */
  @Transactional(readOnly = true)
  public byte[] pdf(ReportPeriod period) {
    Report report = of(period);
    if (!report.approved()) {
      throw new NotFound("Rapporten är inte godkänd ännu; PDF-filen görs när styrgruppen godkänner den");
    }
    return repository.pdf(period.code()).orElseThrow();
  }

  /** The archived CSV of an approved report, or 404. */
  @Transactional(readOnly = true)
  public String csv(ReportPeriod period) {
    Report report = of(period);
    if (!report.approved()) {
      throw new NotFound("Rapporten är inte godkänd ännu; CSV-filen görs när styrgruppen godkänner den");
    }
    return report.stored().csv();
  }

  /** The public summary of the year, kept with its approved second half-year, or 404. */
  @Transactional(readOnly = true)
  public ReportContent publicSummary(int year) {
    ReportPeriod h2 = ReportPeriod.halfYear(year, 2);
    return repository.find(h2.code()).filter(s -> APPROVED.equals(s.status()) && s.publicSummary() != null)
        .map(s -> read(s.publicSummary()))
        .orElseThrow(() -> new NotFound("Det finns ingen godkänd offentlig sammanfattning för året " + year));
  }

  static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private String write(ReportContent content) {
    try {
      return json.writeValueAsString(content);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("Uppföljningens innehåll kunde inte sparas", e);
    }
  }

  ReportContent read(String content) {
    try {
      return json.readValue(content, ReportContent.class);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("Uppföljningens sparade innehåll kunde inte läsas", e);
    }
  }
}
