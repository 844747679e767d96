package se.samverka.followup;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.samverka.followup.bra.LagesbildProcess;
import se.samverka.followup.bra.persistence.BraRepository;
import se.samverka.followup.bra.persistence.BraRepository.LagesbildRow;
import se.samverka.followup.bra.persistence.BraRepository.MeasureRow;
import se.samverka.workflow.EngineClock;
import se.samverka.workflow.InvalidFormInput;
import se.samverka.workflow.PersonalDataDetector;

/**
 * The lägesbild and action plan of law 2023:196, one per period: the municipality's and the police's pictures, the
 * joint picture and priorities, the cause analysis, the citizen dialogues and the measures the steering group decided.
 * Kept once decided and never changed; the measures are offered as the activities of the next agreement period.
 */
@Service
@Transactional
public class ActionPlans {

  public static final int MAX_TEXT = 4000;
  private static final int MAX_MEASURE_TEXT = 500;
  private static final int MAX_RESPONSIBLE = 200;
  private static final int MAX_PERIOD = 40;

  /** A measure of the plan: the problem, the goal, how it is measured, who is responsible and when. */
  public record Measure(String problem, String goal, String indicator, String responsible, String period) {}

  /** The texts of the lägesbild, as written in the tasks. */
  public record Picture(String municipalityMapping, String municipalityOther, String municipalityAnalysis,
      String municipalityCauses, String policeMapping, String policeOther, String policeAnalysis,
      String jointPicture, String jointPriorities, String causeAnalysis, Integer dialoguesHeld,
      String dialoguesDescription, String residentsSaid) {}

  /** A decided plan: its period, the lägesbild and the measures in order. */
  public record ActionPlan(String period, Picture picture, List<Measure> measures, Instant decidedAt) {}

  private static final ObjectMapper JSON = new ObjectMapper();

  private final BraRepository repository;
  private final PersonalDataDetector personalData;

  ActionPlans(BraRepository repository, PersonalDataDetector personalData) {
    this.repository = repository;
    this.personalData = personalData;
  }

  /**
   * The measures of the decision form, in its order: blank slots are skipped, a slot begun must be filled in whole, and
   * at least one measure is needed. {@code field} gives the value of {@code measure<n><Field>}.
   */
  public List<Measure> measures(java.util.function.BiFunction<Integer, String, String> field) {
    List<Measure> measures = new ArrayList<>();
    for (int n = 1; n <= LagesbildProcess.MAX_MEASURES; n++) {
      List<String> values = new ArrayList<>();
      for (String name : LagesbildProcess.MEASURE_FIELDS) {
        String value = field.apply(n, name);
        values.add(value == null ? "" : value.strip());
      }
      if (values.stream().allMatch(String::isEmpty)) {
        continue;
      }
      for (int i = 0; i < values.size(); i++) {
        String key = LagesbildProcess.measureField(n, LagesbildProcess.MEASURE_FIELDS.get(i));
        int max = i == 3 ? MAX_RESPONSIBLE : i == 4 ? MAX_PERIOD : MAX_MEASURE_TEXT;
        if (values.get(i).isEmpty()) {
          throw new InvalidFormInput(key, "Åtgärd " + n + " är inte ifylld: ange problem, mål, indikator, ansvarig "
              + "och period");
        }
        if (values.get(i).length() > max) {
          throw new InvalidFormInput(key, "Åtgärd " + n + ": högst " + max + " tecken per fält");
        }
        if (personalData.containsIdentityNumber(values.get(i))) {
          throw new InvalidFormInput(key, "Åtgärd " + n + " innehåller ett personnummer. Åtgärdsplanen får inte "
              + "innehålla personuppgifter");
        }
      }
      measures.add(new Measure(values.get(0), values.get(1), values.get(2), values.get(3), values.get(4)));
    }
    if (measures.isEmpty()) {
      throw new InvalidFormInput(LagesbildProcess.measureField(1, "Problem"),
          "Åtgärdsplanen behöver minst en åtgärd");
    }
    return measures;
  }

  /** Keeps the decided plan of the period; a period already decided is refused (a decision is never overwritten). */
  public void decide(String period, String processInstanceId, Picture picture, List<Measure> measures) {
    if (measures.isEmpty()) {
      throw new InvalidFormInput("Åtgärdsplanen behöver minst en åtgärd");
    }
    if (repository.hasLagesbild(period)) {
      throw new InvalidFormInput("Åtgärdsplanen för perioden " + period + " är redan beslutad");
    }
    repository.insertLagesbild(new LagesbildRow(period, processInstanceId, picture.municipalityMapping(),
        picture.municipalityOther(), picture.municipalityAnalysis(), picture.municipalityCauses(),
        picture.policeMapping(), picture.policeOther(), picture.policeAnalysis(), picture.jointPicture(),
        picture.jointPriorities(), picture.causeAnalysis(), picture.dialoguesHeld(), picture.dialoguesDescription(),
        picture.residentsSaid(), EngineClock.now()));
    for (int i = 0; i < measures.size(); i++) {
      Measure m = measures.get(i);
      repository.insertMeasure(period, new MeasureRow(i + 1, m.problem(), m.goal(), m.indicator(), m.responsible(),
          m.period()));
    }
  }

  /** The periods with a decided plan, newest first. */
  @Transactional(readOnly = true)
  public List<String> periods() {
    return repository.lagesbildPeriods();
  }

  @Transactional(readOnly = true)
  public Optional<ActionPlan> plan(String period) {
    return repository.lagesbild(period).map(row -> new ActionPlan(row.period(), new Picture(row.municipalityMapping(),
        row.municipalityOther(), row.municipalityAnalysis(), row.municipalityCauses(), row.policeMapping(),
        row.policeOther(), row.policeAnalysis(), row.jointPicture(), row.jointPriorities(), row.causeAnalysis(),
        row.dialoguesHeld(), row.dialoguesDescription(), row.residentsSaid()),
        repository.measures(period).stream().map(m -> new Measure(m.problem(), m.goal(), m.indicator(),
            m.responsible(), m.period())).toList(), row.decidedAt()));
  }

  /**
   * The measures as the activities of the next agreement period, in the shape of the agreement file's activities
   * ({@code code}, {@code name}, {@code text}, {@code responsible}, {@code partners}, {@code processes}): the goal is
   * the name, the problem, goal, indicator and period the text, the responsible party (free text) a partner. Whoever
   * writes the next agreement file names the responsible groups of Samverka and the processes.
   */
  public static String activitiesYaml(ActionPlan plan) {
    StringBuilder yaml = new StringBuilder();
    yaml.append("# Åtgärdsplan ").append(plan.period()).append(" (lag 2023:196), beslutad av styrgruppen ")
        .append(plan.decidedAt()).append(".\n# Aktiviteterna för nästa överenskommelseperiod (fyll i responsible med")
        .append(" Samverkas grupper och processes med processerna).\n");
    yaml.append("activities:\n");
    int n = 0;
    for (Measure m : plan.measures()) {
      n++;
      yaml.append("  - code: ").append(quote("atgard-" + n)).append('\n');
      yaml.append("    name: ").append(quote(m.goal())).append('\n');
      yaml.append("    text: ").append(quote(text(m))).append('\n');
      yaml.append("    responsible: []\n");
      yaml.append("    partners: [").append(quote(m.responsible())).append("]\n");
      yaml.append("    processes: []\n");
    }
    return yaml.toString();
  }

  /** As {@link #activitiesYaml}, in JSON, with where it comes from. */
  public static String activitiesJson(ActionPlan plan) {
    ObjectNode root = JSON.createObjectNode();
    root.put("source", "lagesbild-atgardsplan " + plan.period());
    root.put("decidedAt", plan.decidedAt().toString());
    ArrayNode activities = root.putArray("activities");
    int n = 0;
    for (Measure m : plan.measures()) {
      n++;
      ObjectNode a = activities.addObject();
      a.put("code", "atgard-" + n);
      a.put("name", m.goal());
      a.put("text", text(m));
      a.putArray("responsible");
      a.putArray("partners").add(m.responsible());
      a.putArray("processes");
    }
    return root.toPrettyString();
  }

  private static String text(Measure m) {
    return "Problem: " + m.problem() + " Mål: " + m.goal() + " Indikator: " + m.indicator() + " Period: "
        + m.period();
  }

  /** A YAML double-quoted scalar: backslash, quote and control characters escaped. */
  static String quote(String text) {
    StringBuilder out = new StringBuilder("\"");
    for (char c : text.toCharArray()) {
      switch (c) {
        case '\\' -> out.append("\\\\");
        case '"' -> out.append("\\\"");
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        case '\t' -> out.append("\\t");
        default -> {
          if (c < 0x20 || c == 0x7f) {
            out.append(String.format("\\x%02x", (int) c));
          } else {
            out.append(c);
          }
        }
      }
    }
    return out.append('"').toString();
  }
}
