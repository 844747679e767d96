package se.samverka.followup.report.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import se.samverka.errors.Conflict;
import se.samverka.errors.InvalidInput;
import se.samverka.followup.report.FollowUpReports;
import se.samverka.followup.report.FollowUpReports.InvalidUpload;
import se.samverka.followup.report.ReportCsv;
import se.samverka.followup.report.ReportPeriod;
import se.samverka.followup.report.SupplementaryInputCsv;
import se.samverka.security.Agencies;

/**
 * The half-yearly follow-up reports of central BRÅ. Before approval a report holds the steering group's working
 * material (exact counts of every agency's work, the coordinator's comment), so only the safety coordinator, who
 * comments it and uploads its inputs, and the steering group, which approves it, read the reports and their archived
 * PDF and CSV; the year's public summary (every count below 5 hidden) also the communicators who publish it. Everyone
 * else, every other agency and the outside reporters, is refused (403). Only the coordinator uploads, and only while
 * the report is not approved (409 after). A forged period is a Swedish 400, a period without a report 404.
 */
@Controller
class ReportPageController {

  static final String READERS = "hasAnyAuthority('trygghetssamordnare', 'styrgrupp')";
  static final String SUMMARY_READERS = "hasAnyAuthority('trygghetssamordnare', 'styrgrupp', 'kommunikator')";
  static final String UPLOADERS = "hasAuthority('trygghetssamordnare')";
  static final String BAD_PERIOD = "Okänd period: skriv halvåret som ÅÅÅÅ-H1 eller ÅÅÅÅ-H2 (till exempel 2026-H1)";
  static final String BAD_YEAR = "Okänt år: skriv året med fyra siffror (till exempel 2026)";

  /** A refused upload, shown next to the form of its input. */
  record UploadError(String input, String message, List<SupplementaryInputCsv.RowError> rows) {}

  private final FollowUpReports reports;
  private final Agencies agencies;

  ReportPageController(FollowUpReports reports, Agencies agencies) {
    this.reports = reports;
    this.agencies = agencies;
  }

  @GetMapping("/uppfoljning")
  @PreAuthorize(READERS)
  String list(Model model) {
    model.addAttribute("reports", reports.all());
    return "uppfoljningar";
  }

  @GetMapping("/uppfoljning/{period}")
  @PreAuthorize(READERS)
  String report(@PathVariable String period, Model model, HttpServletResponse response) {
    Optional<ReportPeriod> parsed = halfYear(period);
    if (parsed.isEmpty()) {
      response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
      model.addAttribute("fel", BAD_PERIOD);
      return list(model);
    }
    return page(parsed.get(), model);
  }

  private String page(ReportPeriod period, Model model) {
    var report = reports.of(period);
    model.addAttribute("report", report);
    model.addAttribute("inputs", reports.inputs(period));
    model.addAttribute("mayUpload", !report.approved()
        && agencies.requireCurrent().isMemberOf("trygghetssamordnare"));
    model.addAttribute("maxKilobytes", FollowUpReports.MAX_UPLOAD_BYTES / 1024);
    return "uppfoljning";
  }

  @PostMapping("/uppfoljning/{period}/underlag/{input}")
  @PreAuthorize(UPLOADERS)
  String upload(@PathVariable String period, @PathVariable String input,
      @RequestParam(name = "fil", required = false) MultipartFile file, Model model, RedirectAttributes redirect,
      HttpServletResponse response) throws IOException {
    ReportPeriod parsed = halfYear(period).orElseThrow(() -> new InvalidInput(BAD_PERIOD));
    try {
      FollowUpReports.checkSize(file == null ? 0 : file.getSize());
      var upload = reports.upload(parsed, input, file == null ? null : file.getOriginalFilename(),
          file == null ? new byte[0] : file.getBytes(), agencies.requireCurrent().userId());
      redirect.addFlashAttribute("uppladdat", upload.inputCode());
      return "redirect:/uppfoljning/" + parsed.code() + "#underlag-" + upload.inputCode();
    } catch (InvalidUpload e) {
      response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
      model.addAttribute("uploadError", new UploadError(input, e.getMessage(), e.rows()));
    } catch (Conflict e) {
      response.setStatus(HttpServletResponse.SC_CONFLICT);
      model.addAttribute("fel", e.getMessage());
    }
    return page(parsed, model);
  }

  @GetMapping("/uppfoljning/{period}/rapport.pdf")
  @PreAuthorize(READERS)
  ResponseEntity<byte[]> pdf(@PathVariable String period) {
    ReportPeriod parsed = halfYear(period).orElseThrow(() -> new InvalidInput(BAD_PERIOD));
    return download(reports.pdf(parsed), MediaType.APPLICATION_PDF, "uppfoljning-" + parsed.code() + ".pdf");
  }

  @GetMapping("/uppfoljning/{period}/rapport.csv")
  @PreAuthorize(READERS)
  ResponseEntity<byte[]> csv(@PathVariable String period) {
    ReportPeriod parsed = halfYear(period).orElseThrow(() -> new InvalidInput(BAD_PERIOD));
    return download(reports.csv(parsed).getBytes(StandardCharsets.UTF_8),
        new MediaType("text", "csv", StandardCharsets.UTF_8), "uppfoljning-" + parsed.code() + ".csv");
  }

  @GetMapping("/uppfoljning/ar/{year}/sammanfattning")
  @PreAuthorize(SUMMARY_READERS)
  String summary(@PathVariable String year, Model model) {
    model.addAttribute("summary", reports.publicSummary(year(year)));
    model.addAttribute("year", year(year));
    return "uppfoljning-sammanfattning";
  }

  @GetMapping("/uppfoljning/ar/{year}/sammanfattning.csv")
  @PreAuthorize(SUMMARY_READERS)
  ResponseEntity<byte[]> summaryCsv(@PathVariable String year) {
    int y = year(year);
    return download(ReportCsv.write(reports.publicSummary(y)).getBytes(StandardCharsets.UTF_8),
        new MediaType("text", "csv", StandardCharsets.UTF_8), "uppfoljning-" + y + "-sammanfattning.csv");
  }

  private static int year(String year) {
    return ReportPeriod.parse(year).filter(p -> !isHalfYear(p)).map(p -> p.from().getYear())
        .orElseThrow(() -> new InvalidInput(BAD_YEAR));
  }

  private static Optional<ReportPeriod> halfYear(String period) {
    return ReportPeriod.parse(period).filter(ReportPageController::isHalfYear);
  }

  /** A half-year ({@code 2026-H1}), not a year ({@code 2026}): the year's code is its year alone. */
  private static boolean isHalfYear(ReportPeriod period) {
    return !period.code().equals(String.valueOf(period.from().getYear()));
  }

  private static ResponseEntity<byte[]> download(byte[] body, MediaType type, String name) {
    return ResponseEntity.ok().contentType(type)
        .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name).build().toString())
        .body(body);
  }
}
