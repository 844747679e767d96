package se.samverka.followup.report;

import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.samverka.agreement.Agreement;
import se.samverka.agreement.Agreements;
import se.samverka.followup.report.ReportContent.Cell;
import se.samverka.followup.report.ReportContent.Row;
import se.samverka.followup.report.ReportContent.Section;
import se.samverka.followup.report.ReportContent.Table;
import se.samverka.followup.report.persistence.ReportRepository;
import se.samverka.workflow.EngineClock;

/**
 * PLACEHOLDER for the compiler helper's ReportCompiler (issue 12): the lead takes that helper's version at merge. This
 * one compiles a small but real report: the agreement's priority areas with their activities, and the supplementary
 * inputs (those uploaded for the period with their figures, the others as missing). Reads, writes nothing.
 */
@Service
@Transactional(readOnly = true)
public class ReportCompiler {

  private final Agreements agreements;
  private final ReportRepository repository;

  public ReportCompiler(Agreements agreements, ReportRepository repository) {
    this.agreements = agreements;
    this.repository = repository;
  }

  public ReportContent compile(ReportPeriod period) {
    Agreement agreement = agreements.inForce(period.to());
    List<Section> sections = new ArrayList<>();
    List<Row> areas = new ArrayList<>();
    for (Agreement.PriorityArea area : agreement.priorityAreas()) {
      areas.add(Row.of(area.number() + ". " + area.name(), Cell.count(area.activities().size())));
    }
    sections.add(new Section("omraden", "Prioriterade områden", null, List.of(new Table("omraden",
        "Överenskommelsens prioriterade områden", List.of("Område", "Aktiviteter"), areas, agreement.title()))));
    var uploads = repository.uploads(period.code());
    List<Table> inputs = new ArrayList<>();
    for (Agreement.SupplementaryInput input : agreement.supplementaryInputs()) {
      if (input.source() != Agreement.Source.CSV) {
        continue;
      }
      var upload = uploads.stream().filter(u -> u.inputCode().equals(input.code())).findFirst();
      List<Row> rows = upload.map(u -> repository.figures(u.id()).stream()
          .map(f -> Row.of(f.measure() + (f.district() == null ? "" : " (" + f.district() + ")"),
              Cell.text(Numbers.decimal(f.value()))))
          .toList()).orElse(List.of());
      inputs.add(new Table(input.code(), input.name(), List.of("Mått", "Värde"), rows,
          upload.isPresent() ? "Uppladdad fil" : "Saknas för perioden"));
    }
    sections.add(new Section("underlag", "Kompletterande underlag", null, inputs));
    return new ReportContent("Uppföljning av samverkansöverenskommelsen, " + period.label(), period.code(),
        period.from(), period.to(), agreement.title(), EngineClock.now(), sections);
  }
}
