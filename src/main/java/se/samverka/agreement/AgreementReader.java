package se.samverka.agreement;

import java.io.StringReader;
import java.time.LocalDate;
import java.time.Period;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import se.samverka.agreement.Agreement.Activity;
import se.samverka.agreement.Agreement.Forum;
import se.samverka.agreement.Agreement.Lagesbild;
import se.samverka.agreement.Agreement.Municipality;
import se.samverka.agreement.Agreement.PriorityArea;
import se.samverka.agreement.Agreement.Signatory;
import se.samverka.agreement.Agreement.Source;
import se.samverka.agreement.Agreement.SupplementaryInput;

/**
 * Reads one agreement file. SnakeYAML composes the file into nodes only (no objects are constructed from it), and the
 * nodes' marks give the line of every problem. Every problem of the file is collected, in Swedish with the file and
 * line; the agreement is returned only when the file has none.
 */
final class AgreementReader {

  /** Codes of areas, activities, forums, districts and inputs, and process keys: what URLs and variables can carry. */
  static final Pattern CODE = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
  private static final Pattern MUNICIPALITY_CODE = Pattern.compile("[0-9]{4}");
  private static final int NAME = 200;
  private static final int TEXT = 2000;
  private static final int CODE_LENGTH = 64;

  /** The groups an agreement may name as responsible or participating, and the process keys it may name. */
  record Known(Set<String> groups, Set<String> processes) {}

  private final String source;
  private final Known known;
  private final List<String> problems = new ArrayList<>();
  private int periodLine = 1;

  private AgreementReader(String source, Known known) {
    this.source = source;
    this.known = known;
  }

  /** A file's agreement and the line of its period (for problems between files). */
  record Read(Agreement agreement, int periodLine) {}

  /** The file's agreement, or null when it has problems, which are added to {@code problems}. */
  static Read read(String source, String text, Known known, List<String> problems) {
    AgreementReader reader = new AgreementReader(source, known);
    Agreement agreement = reader.read(text);
    problems.addAll(reader.problems);
    return reader.problems.isEmpty() && agreement != null ? new Read(agreement, reader.periodLine) : null;
  }

  private Agreement read(String text) {
    Node root;
    try {
      LoaderOptions options = new LoaderOptions();
      options.setAllowDuplicateKeys(true);
      options.setMaxAliasesForCollections(10);
      options.setCodePointLimit(1_000_000);
      root = new Yaml(options).compose(new StringReader(text));
    } catch (MarkedYAMLException e) {
      Mark mark = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
      problem(mark == null ? 1 : mark.getLine() + 1, "filen är ingen giltig YAML ("
          + (e.getProblem() == null ? "okänt fel" : e.getProblem()) + ")");
      return null;
    } catch (YAMLException e) {
      problem(1, "filen är ingen giltig YAML");
      return null;
    }
    if (root == null) {
      problem(1, "filen är tom");
      return null;
    }
    Fields file = fields(root, "överenskommelsen", "municipality", "police-area", "title", "period", "signed",
        "signatories", "goal", "priority-areas", "follow-up", "forums", "districts", "supplementary-inputs",
        "lagesbild");
    if (file == null) {
      return null;
    }
    Fields municipalityFields = file.map("municipality", "kommun", "kommunen", "code", "name");
    Municipality municipality = null;
    if (municipalityFields != null) {
      String code = municipalityFields.text("code", "kod", 4);
      if (code != null && !MUNICIPALITY_CODE.matcher(code).matches()) {
        problem(municipalityFields.line("code"), "kommunens kod ska vara kommunkoden, fyra siffror (Strängnäs: 0486)");
      }
      municipality = new Municipality(code, municipalityFields.text("name", "namn", NAME));
    }
    String policeArea = file.text("police-area", "polisområde", NAME);
    String title = file.text("title", "rubrik", NAME);
    Fields period = file.map("period", "period", "perioden", "from", "to");
    periodLine = period == null ? 1 : period.line();
    LocalDate from = period == null ? null : period.date("from", "startdatum");
    LocalDate to = period == null ? null : period.date("to", "slutdatum");
    if (from != null && to != null && !from.isBefore(to)) {
      problem(period.line("to"), "perioden slutar " + to + ", inte efter att den börjar " + from);
    }
    Fields signed = file.map("signed", "undertecknande", "undertecknandet", "on", "place");
    LocalDate signedOn = signed == null ? null : signed.date("on", "datum");
    String signedAt = signed == null ? null : signed.text("place", "ort", NAME);
    List<Signatory> signatories = new ArrayList<>();
    file.list("signatories", "undertecknare", true).forEach((i, node) -> {
      Fields s = fields(node, "undertecknare " + i, "role", "party");
      if (s != null) {
        signatories.add(new Signatory(s.text("role", "roll", NAME), s.text("party", "part", NAME)));
      }
    });
    String goal = file.optionalText("goal", "mål", TEXT);
    List<PriorityArea> areas = priorityAreas(file);
    Activity followUp = null;
    if (file.has("follow-up")) {
      followUp = activity(file.get("follow-up"), "uppföljningen", null);
    }
    List<Forum> forums = forums(file);
    List<District> districts = districts(file);
    List<SupplementaryInput> inputs = inputs(file);
    Lagesbild lagesbild = null;
    Fields l = file.map("lagesbild", "lägesbild och åtgärdsplan", "lägesbilden och åtgärdsplanen", "process",
        "interval");
    if (l != null) {
      String process = l.text("process", "process", CODE_LENGTH);
      process(process, l.line("process"), "lägesbilden och åtgärdsplanen");
      lagesbild = new Lagesbild(process, l.period("interval", "intervall"));
    }
    if (!problems.isEmpty()) {
      return null;
    }
    return new Agreement(source, municipality, policeArea, title, from, to, signedOn, signedAt, signatories, goal,
        areas, followUp, forums, districts, inputs, lagesbild);
  }

  private List<PriorityArea> priorityAreas(Fields file) {
    List<PriorityArea> areas = new ArrayList<>();
    Set<Integer> numbers = new HashSet<>();
    Set<String> codes = new HashSet<>();
    file.list("priority-areas", "prioriteringsområden", true).forEach((i, node) -> {
      Integer number = null;
      if (node instanceof MappingNode map) {
        Node n = value(map, "number");
        if (n instanceof ScalarNode s && s.getValue().matches("[0-9]{1,2}")) {
          number = Integer.valueOf(s.getValue());
        }
      }
      String context = "prioriteringsområde " + (number != null ? number : i);
      Fields area = fields(node, context, "number", "code", "name", "activities");
      if (area == null) {
        return;
      }
      if (number == null) {
        if (area.has("number")) {
          problem(area.line("number"), context + ": numret ska vara ett heltal från 1 till 99");
        } else {
          problem(area.line(), context + " saknar nummer");
        }
      } else if (number < 1 || !numbers.add(number)) {
        problem(area.line("number"), number < 1 ? context + ": numret ska vara ett heltal från 1 till 99"
            : "prioriteringsområde " + number + " finns två gånger");
      }
      String code = area.code("code", "kod", codes, "prioriteringsområdet");
      String name = area.text("name", "namn", TEXT);
      List<Activity> activities = new ArrayList<>();
      Set<String> activityCodes = new HashSet<>();
      area.list("activities", "aktiviteter", true).forEach((j, activityNode) -> {
        Activity activity = activity(activityNode, "aktivitet " + j + " i " + context, activityCodes);
        if (activity != null) {
          activities.add(activity);
        }
      });
      areas.add(new PriorityArea(number == null ? 0 : number, code, name, activities));
    });
    return areas;
  }

  private Activity activity(Node node, String context, Set<String> codes) {
    Fields a = fields(node, context, "code", "name", "text", "responsible", "partners", "processes");
    if (a == null) {
      return null;
    }
    String code = a.code("code", "kod", codes == null ? new HashSet<>() : codes, "aktiviteten");
    String name = a.text("name", "namn", NAME);
    String text = a.optionalText("text", "text", TEXT);
    List<String> responsible = a.groups("responsible", "ansvariga", true);
    List<String> partners = a.strings("partners", "externa parter", false, NAME);
    List<String> processes = a.processes("processes");
    return new Activity(code, name, text == null ? name : text, responsible, partners, processes);
  }

  private List<Forum> forums(Fields file) {
    List<Forum> forums = new ArrayList<>();
    Set<String> codes = new HashSet<>();
    file.list("forums", "forum", true).forEach((i, node) -> {
      Fields f = fields(node, "forum " + i, "code", "name", "cadence", "interval", "groups", "partners", "processes");
      if (f != null) {
        forums.add(new Forum(f.code("code", "kod", codes, "forumet"), f.text("name", "namn", NAME),
            f.text("cadence", "mötesintervall i ord", NAME), f.period("interval", "intervall"),
            f.groups("groups", "deltagande grupper", true), f.strings("partners", "externa parter", false, NAME),
            f.processes("processes")));
      }
    });
    return forums;
  }

  private List<District> districts(Fields file) {
    List<District> districts = new ArrayList<>();
    Set<String> codes = new HashSet<>();
    Set<String> names = new HashSet<>();
    file.list("districts", "kommundelar", true).forEach((i, node) -> {
      Fields d = fields(node, "kommundel " + i, "code", "name");
      if (d != null) {
        String name = d.text("name", "namn", NAME);
        if (name != null && !names.add(name)) {
          problem(d.line("name"), "kommundelen " + name + " finns två gånger");
        }
        districts.add(new District(d.code("code", "kod", codes, "kommundelen"), name));
      }
    });
    return districts;
  }

  private List<SupplementaryInput> inputs(Fields file) {
    List<SupplementaryInput> inputs = new ArrayList<>();
    Set<String> codes = new HashSet<>();
    file.list("supplementary-inputs", "kompletterande underlag", true).forEach((i, node) -> {
      Fields s = fields(node, "underlag " + i, "code", "name", "source");
      if (s == null) {
        return;
      }
      String code = s.code("code", "kod", codes, "underlaget");
      String name = s.text("name", "namn", NAME);
      String sourceText = s.text("source", "källa", 20);
      Source kind = null;
      if ("samverka".equals(sourceText)) {
        kind = Source.SAMVERKA;
      } else if ("csv".equals(sourceText)) {
        kind = Source.CSV;
      } else if (sourceText != null) {
        problem(s.line("source"), "källan för underlag " + i + " ska vara samverka (finns i Samverka) eller csv "
            + "(laddas upp per period)");
      }
      inputs.add(new SupplementaryInput(code, name, kind));
    });
    return inputs;
  }

  private void process(String key, int line, String context) {
    if (key == null) {
      return;
    }
    if (!CODE.matcher(key).matches() || key.length() > CODE_LENGTH) {
      problem(line, "processnyckeln " + shortened(key) + " i " + context + " ska vara små bokstäver a–z, siffror och -");
    } else if (!known.processes().contains(key)) {
      problem(line, "processen " + key + " i " + context + " finns inte bland Samverkas processmodeller (bpmn/)");
    }
  }

  private void problem(int line, String message) {
    problems.add(source + " rad " + line + ": " + message);
  }

  private static String shortened(String value) {
    return "\"" + (value.length() > 40 ? value.substring(0, 40) + "…" : value) + "\"";
  }

  private static Node value(MappingNode map, String key) {
    for (NodeTuple tuple : map.getValue()) {
      if (tuple.getKeyNode() instanceof ScalarNode k && k.getValue().equals(key)) {
        return tuple.getValueNode();
      }
    }
    return null;
  }

  private static int lineOf(Node node) {
    return node.getStartMark().getLine() + 1;
  }

  /** The fields of a mapping, or null (with a problem) when the node is none. */
  private Fields fields(Node node, String context, String... allowed) {
    if (!(node instanceof MappingNode map)) {
      problem(lineOf(node), context + " ska vara en samling fält (namn: värde)");
      return null;
    }
    return new Fields(map, context, Set.of(allowed));
  }

  /** The fields of one mapping in its context ("prioriteringsområde 3"), with the checks of each kind of value. */
  private final class Fields {

    private final MappingNode node;
    private final String context;
    private final Map<String, Node> values = new LinkedHashMap<>();

    Fields(MappingNode node, String context, Set<String> allowed) {
      this.node = node;
      this.context = context;
      for (NodeTuple tuple : node.getValue()) {
        String key = tuple.getKeyNode() instanceof ScalarNode k ? k.getValue() : null;
        if (key == null || !allowed.contains(key)) {
          problem(lineOf(tuple.getKeyNode()), "okänt fält " + shortened(key == null ? "?" : key) + " i " + context);
        } else if (values.putIfAbsent(key, tuple.getValueNode()) != null) {
          problem(lineOf(tuple.getKeyNode()), "fältet " + key + " finns två gånger i " + context);
        }
      }
    }

    int line() {
      return lineOf(node);
    }

    int line(String key) {
      Node value = values.get(key);
      return value == null ? line() : lineOf(value);
    }

    boolean has(String key) {
      return values.containsKey(key);
    }

    Node get(String key) {
      return values.get(key);
    }

    private Node required(String key, String noun) {
      Node value = values.get(key);
      if (value == null || value instanceof ScalarNode s && s.getValue().isBlank()
          && !"tag:yaml.org,2002:str".equals(s.getTag().getValue())) {
        problem(value == null ? line() : lineOf(value), context + " saknar " + noun);
        return null;
      }
      return value;
    }

    String text(String key, String noun, int max) {
      Node value = required(key, noun);
      return value == null ? null : scalar(value, noun, max);
    }

    String optionalText(String key, String noun, int max) {
      Node value = values.get(key);
      return value == null ? null : scalar(value, noun, max);
    }

    private String scalar(Node value, String noun, int max) {
      if (!(value instanceof ScalarNode s)) {
        problem(lineOf(value), noun + " i " + context + " ska vara text");
        return null;
      }
      String text = s.getValue().strip();
      if (text.isEmpty()) {
        problem(lineOf(value), context + " saknar " + noun);
        return null;
      }
      if (text.length() > max) {
        problem(lineOf(value), noun + " i " + context + " är för lång (högst " + max + " tecken)");
        return null;
      }
      return text;
    }

    /** A code: a–z, digits and -, unique among {@code codes}. */
    String code(String key, String noun, Set<String> codes, String what) {
      String code = text(key, noun, CODE_LENGTH);
      if (code == null) {
        return null;
      }
      if (!CODE.matcher(code).matches()) {
        problem(line(key), "koden " + shortened(code) + " i " + context
            + " ska vara små bokstäver a–z, siffror och - (t.ex. akers-styckebruk)");
      } else if (!codes.add(code)) {
        problem(line(key), "koden " + code + " finns redan: " + what + " ska ha en egen kod");
      }
      return code;
    }

    LocalDate date(String key, String noun) {
      String text = text(key, noun, 40);
      if (text == null) {
        return null;
      }
      try {
        LocalDate date = LocalDate.parse(text);
        if (date.getYear() < 2000 || date.getYear() > 2100) {
          problem(line(key), noun + " i " + context + " ska ligga mellan år 2000 och 2100");
          return null;
        }
        return date;
      } catch (DateTimeParseException e) {
        problem(line(key), noun + " i " + context + " ska vara ett datum (ÅÅÅÅ-MM-DD), inte " + shortened(text));
        return null;
      }
    }

    Period period(String key, String noun) {
      String text = text(key, noun, 40);
      if (text == null) {
        return null;
      }
      try {
        Period period = Period.parse(text);
        if (period.isNegative() || period.isZero()) {
          throw new DateTimeParseException("", text, 0);
        }
        return period;
      } catch (DateTimeParseException e) {
        problem(line(key), noun + " i " + context + " ska vara en tidsperiod som P1W (varje vecka), P3M eller P2Y, "
            + "inte " + shortened(text));
        return null;
      }
    }

    Fields map(String key, String noun, String context, String... allowed) {
      Node value = required(key, noun);
      return value == null ? null : fields(value, context, allowed);
    }

    /** The items of a list by their number (from 1); a missing optional list is empty. */
    Map<Integer, Node> list(String key, String noun, boolean required) {
      Map<Integer, Node> items = new LinkedHashMap<>();
      Node value = required ? required(key, noun) : values.get(key);
      if (value == null) {
        return items;
      }
      if (!(value instanceof SequenceNode sequence)) {
        problem(lineOf(value), noun + " i " + context + " ska vara en lista");
        return items;
      }
      if (required && sequence.getValue().isEmpty()) {
        problem(lineOf(value), context + " saknar " + noun + " (listan är tom)");
      }
      int i = 0;
      for (Node item : sequence.getValue()) {
        items.put(++i, item);
      }
      return items;
    }

    List<String> strings(String key, String noun, boolean required, int max) {
      List<String> strings = new ArrayList<>();
      list(key, noun, required).values().forEach(item -> {
        String text = scalar(item, noun, max);
        if (text != null) {
          strings.add(text);
        }
      });
      return strings;
    }

    List<String> groups(String key, String noun, boolean required) {
      List<String> groups = new ArrayList<>();
      list(key, noun, required).values().forEach(item -> {
        String group = scalar(item, noun, CODE_LENGTH);
        if (group == null) {
          return;
        }
        if (!known.groups().contains(group)) {
          problem(lineOf(item), "gruppen " + shortened(group) + " i " + context
              + " är ingen känd grupp (samverka.groups)");
        } else if (groups.contains(group)) {
          problem(lineOf(item), "gruppen " + group + " står två gånger i " + context);
        } else {
          groups.add(group);
        }
      });
      return groups;
    }

    List<String> processes(String key) {
      List<String> processes = new ArrayList<>();
      list(key, "processer", false).values().forEach(item -> {
        String process = scalar(item, "processer", CODE_LENGTH + 10);
        if (process != null) {
          process(process, lineOf(item), context);
          if (!processes.contains(process)) {
            processes.add(process);
          }
        }
      });
      return processes;
    }
  }
}
