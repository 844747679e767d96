package se.samverka.dashboard;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Service;
import se.samverka.agreement.Agreement;
import se.samverka.agreement.Agreements;
import se.samverka.annualwork.AasArProcess;
import se.samverka.annualwork.KmkArProcess;
import se.samverka.licensing.AlkoholtillsynProcess;
import se.samverka.workflow.EngineClock;
import se.samverka.workflow.Labels;

/**
 * What each activity of the agreement's priority areas has done in a period (the areas and activities of the agreement
 * that governs the period's last day, or today if that is later: {@link Agreements#inForce}): the cases of its
 * processes started and completed (from the flow read model), and for the licensing activities the supervisions done,
 * the AAS courses held and passed and the KMK certifications ({@link LicensingPanel}). A manager sees the figures of
 * the processes whose home agency is the manager's own; an overview viewer sees all, with small counts suppressed.
 */
@Service
public class PriorityAreaPanel {

  /** What the measure column says of an activity that no process carries yet. */
  public static final String NO_PROCESS = "ingen process ännu";
  /** What it says, to a manager, of an activity carried by another agency's processes. */
  public static final String OTHER_AGENCY = "inga siffror för din myndighet";

  private final Agreements agreements;
  private final DashboardQueries queries;
  private final LicensingPanel licensing;
  private final Labels labels;

  PriorityAreaPanel(Agreements agreements, DashboardQueries queries, LicensingPanel licensing, Labels labels) {
    this.agreements = agreements;
    this.queries = queries;
    this.licensing = licensing;
    this.labels = labels;
  }

  /** One figure of an activity; {@code figure} is null when there is none to show (the measure says why). */
  public record Line(String activity, String measure, Figure figure) {}

  public record AreaView(String code, int number, String name, List<Line> lines) {}

  /**
   * The areas of the agreement; {@code anyFigure} false when the viewer sees no figure at all ("Din myndighet har inga
   * siffror här").
   */
  public record Panel(Agreement agreement, List<AreaView> areas, boolean anyFigure) {}

  public Panel panel(DashboardViewer viewer, Period period) {
    java.time.LocalDate end = period.to().atEndOfMonth();
    java.time.LocalDate today = EngineClock.today();
    Agreement agreement = agreements.inForce(end.isAfter(today) ? today : end);
    List<Agreement.PriorityArea> all = agreement.priorityAreas();
    Set<String> visible = new LinkedHashSet<>();
    all.forEach(a -> a.activities().forEach(act -> deployed(act).stream()
        .filter(key -> licensing.visible(viewer, key)).forEach(visible::add)));
    Map<String, long[]> flow = new LinkedHashMap<>();
    if (!visible.isEmpty()) {
      queries.flow(visible, viewer.manager() ? viewer.agencies() : null, period.from().atDay(1),
              period.to().atEndOfMonth(), DashboardQueries.Period.MONTH)
          .forEach(p -> {
            long[] sums = flow.computeIfAbsent(p.processKey(), k -> new long[2]);
            sums[0] += p.started();
            sums[1] += p.completed();
          });
    }
    Extras extras = new Extras(period, visible);
    List<AreaView> views = new ArrayList<>();
    for (Agreement.PriorityArea area : all) {
      List<Line> lines = new ArrayList<>();
      for (Agreement.Activity activity : area.activities()) {
        if (deployed(activity).isEmpty()) {
          lines.add(new Line(activity.name(), NO_PROCESS, null));
          continue;
        }
        List<String> shown = deployed(activity).stream().filter(visible::contains).toList();
        if (shown.isEmpty()) {
          lines.add(new Line(activity.name(), OTHER_AGENCY, null));
          continue;
        }
        for (String key : shown) {
          long[] sums = flow.getOrDefault(key, new long[2]);
          String name = labels.processName(key);
          lines.add(new Line(activity.name(), "Startade: " + name, Figure.count(sums[0], viewer)));
          lines.add(new Line(activity.name(), "Avslutade: " + name, Figure.count(sums[1], viewer)));
          extras.of(key).forEach((measure, n) -> lines.add(new Line(activity.name(), measure,
              Figure.count(n, viewer))));
        }
      }
      views.add(new AreaView(area.code(), area.number(), area.name(), lines));
    }
    return new Panel(agreement, views, !visible.isEmpty());
  }

  /** The activity's processes that have a model (the agreement may name one still to come). */
  private List<String> deployed(Agreement.Activity activity) {
    return activity.processes().stream().filter(key -> labels.has(Labels.PROCESS, key)).toList();
  }

  /** The licensing figures of an activity's process, each counted once per page. */
  private final class Extras {
    private final Period period;
    private final Set<String> visible;
    private long[] courses;

    Extras(Period period, Set<String> visible) {
      this.period = period;
      this.visible = visible;
    }

    Map<String, Long> of(String key) {
      Map<String, Long> figures = new LinkedHashMap<>();
      if (!visible.contains(key)) {
        return figures;
      }
      switch (key) {
        case AlkoholtillsynProcess.KEY -> figures.put("Genomförda tillsyner", licensing.supervisionsDone(period));
        case AasArProcess.KEY -> {
          if (courses == null) {
            courses = licensing.coursesAndPassed(period);
          }
          figures.put("AAS-kurser", courses[0]);
          figures.put("Godkända på AAS-provet", courses[1]);
        }
        case KmkArProcess.KEY -> figures.put("KMK-certifieringar", licensing.certifications(period));
        default -> { }
      }
      return figures;
    }
  }
}
