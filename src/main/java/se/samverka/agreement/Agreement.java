package se.samverka.agreement;

import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Optional;

/**
 * One cooperation agreement as loaded from its file: the municipality and police area that signed it, its period (both
 * days included), the signatories, the priority areas with their activities, the follow-up, the forums of the shared
 * picture, the districts, the supplementary inputs of the lägesbild and how often the lägesbild and action plan of law
 * 2023:196 are made. Every list is in the file's order.
 */
public record Agreement(String source, Municipality municipality, String policeArea, String title, LocalDate from,
    LocalDate to, LocalDate signedOn, String signedAt, List<Signatory> signatories, String goal,
    List<PriorityArea> priorityAreas, Activity followUp, List<Forum> forums, List<District> districts,
    List<SupplementaryInput> supplementaryInputs, Lagesbild lagesbild) {

  public Agreement {
    signatories = List.copyOf(signatories);
    priorityAreas = List.copyOf(priorityAreas);
    forums = List.copyOf(forums);
    districts = List.copyOf(districts);
    supplementaryInputs = List.copyOf(supplementaryInputs);
  }

  /** The municipality: its code (kommunkod, four digits) and name. */
  public record Municipality(String code, String name) {}

  /** Who signed for which party ("Kommunstyrelsens ordförande", "Strängnäs kommun"). */
  public record Signatory(String role, String party) {}

  /** A priority area: its number in the agreement, a code and its Swedish name. */
  public record PriorityArea(int number, String code, String name, List<Activity> activities) {

    public PriorityArea {
      activities = List.copyOf(activities);
    }
  }

  /**
   * An activity of the action plan: a code (unique within its area), a short name, the agreement's own wording, the
   * groups responsible for it, parties without an account (security companies, landlords), and the processes that
   * carry it (none yet: the activity is done outside Samverka).
   */
  public record Activity(String code, String name, String text, List<String> responsible, List<String> partners,
      List<String> processes) {

    public Activity {
      responsible = List.copyOf(responsible);
      partners = List.copyOf(partners);
      processes = List.copyOf(processes);
    }
  }

  /** A forum of the shared picture (EST, local and central BRÅ, SSPF): how often it meets and who takes part. */
  public record Forum(String code, String name, String cadence, Period interval, List<String> groups,
      List<String> partners, List<String> processes) {

    public Forum {
      groups = List.copyOf(groups);
      partners = List.copyOf(partners);
      processes = List.copyOf(processes);
    }
  }

  /** Where a supplementary input of the lägesbild comes from. */
  public enum Source {
    /** Samverka holds the data itself (reports of concern, EST reporting). */
    SAMVERKA("Finns i Samverka"),
    /** Uploaded as a CSV file per period (police statistics, surveys, reports of others). */
    CSV("Laddas upp som CSV-fil per period");

    private final String label;

    Source(String label) {
      this.label = label;
    }

    public String label() {
      return label;
    }
  }

  /** A supplementary input of the local lägesbild, as the agreement lists them. */
  public record SupplementaryInput(String code, String name, Source source) {}

  /** The lägesbild and action plan of law 2023:196: the process that makes them and how often. */
  public record Lagesbild(String process, Period interval) {}

  /** Whether the period includes the day. */
  public boolean covers(LocalDate day) {
    return !day.isBefore(from) && !day.isAfter(to);
  }

  /** "2023-06-21 – 2026-12-31". */
  public String periodLabel() {
    return from + " – " + to;
  }

  public Optional<District> district(String code) {
    return districts.stream().filter(d -> d.code().equals(code)).findFirst();
  }

  public Optional<PriorityArea> priorityArea(int number) {
    return priorityAreas.stream().filter(a -> a.number() == number).findFirst();
  }

  /** The activities of the priority areas that this process carries, each with its area, in the file's order. */
  public List<AreaActivity> activitiesOf(String processKey) {
    return priorityAreas.stream().flatMap(area -> area.activities().stream()
            .filter(activity -> activity.processes().contains(processKey))
            .map(activity -> new AreaActivity(area, activity)))
        .toList();
  }

  /** An activity together with the priority area it belongs to. */
  public record AreaActivity(PriorityArea area, Activity activity) {}
}
