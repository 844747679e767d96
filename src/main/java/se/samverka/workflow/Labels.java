package se.samverka.workflow;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.core.ResolvableType;
import org.springframework.core.env.Environment;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * Swedish words for the codes Samverka stores and routes by, so that no page shows {@code mariefred}, {@code OPPNAT} or
 * {@code mal-uppnadda} where a person expects a word.
 *
 * <p>Where the words come from, first match wins: the modules' words for codes they keep as data ({@link CodeWords}:
 * the districts of the agreement); the options of the deployed forms ({@code forms/**}{@code /*.form},
 * field key → value → label, files in path order); the groups ({@code samverka.groups}) and the units' groups
 * ({@code samverka.units}); the process names (the {@code name} of each process in {@code bpmn/**}); and
 * {@code labels/sv.properties} for the codes no form offers (agencies, case statuses and events, closure reasons,
 * deadline statuses, information categories). A code without a word is shown as the code and logged once as missing.
 *
 * <p>Configuration is read from the environment rather than from the security module, so that this module stays free
 * of dependencies on the others.
 */
@Component
public class Labels {

  /** Kinds of code that are not form fields; their words come from configuration or {@code labels/sv.properties}. */
  public static final String AGENCY = "agency";
  public static final String GROUP = "group";
  public static final String PROCESS = "process";
  public static final String CASE_STATUS = "caseStatus";
  public static final String CASE_EVENT = "caseEvent";
  public static final String CLOSURE_REASON = "closureReason";
  public static final String DEADLINE_STATUS = "deadlineStatus";
  public static final String DEADLINE_STATE = "deadlineState";
  public static final String COMMITMENT_STATUS = "commitmentStatus";
  public static final String CATEGORY = "category";
  public static final String LEGAL_GROUND = "legalGround";
  /** The question of a form field, by its key (the label of its first form). */
  public static final String FIELD = "field";

  private static final Logger LOG = LoggerFactory.getLogger(Labels.class);
  private static final Pattern PROCESS_ELEMENT = Pattern.compile("<(?:\\w+:)?process\\s([^>]*)>");
  private static final Pattern ATTRIBUTE = Pattern.compile("(\\w+)=\"([^\"]*)\"");

  private final Map<String, Map<String, String>> words = new LinkedHashMap<>();
  private final Set<String> reported = ConcurrentHashMap.newKeySet();
  /** Modules' words for codes they keep as data ({@link CodeWords}), asked first; none without Spring. */
  private java.util.function.Supplier<java.util.stream.Stream<CodeWords>> sources = java.util.stream.Stream::empty;

  @Autowired
  public Labels(Environment environment, ObjectProvider<CodeWords> sources) {
    this(environment);
    this.sources = sources::orderedStream;
  }

  /** Words from the configuration and the classpath and these modules' words; for tests without Spring. */
  public Labels(Environment environment, List<CodeWords> sources) {
    this(environment);
    this.sources = sources::stream;
  }

  public Labels(Environment environment) {
    this(stringMap(environment, "samverka.agencies"), stringMap(environment, "samverka.groups"),
        Binder.get(environment).bind("samverka.units", Bindable.<Map<String, Map<String, Map<String, String>>>>of(
            ResolvableType.forClassWithGenerics(Map.class, ResolvableType.forClass(String.class),
                ResolvableType.forClassWithGenerics(Map.class, ResolvableType.forClass(String.class),
                    ResolvableType.forClassWithGenerics(Map.class, String.class, String.class))))).orElse(Map.of()),
        stringMap(environment, "samverka.legal-grounds"));
  }

  /**
   * Words from the classpath and the given configuration: agencies (group → agency), groups (group → name), units
   * (agency → unit code → {label, group}) and legal grounds (code → text). Public for tests without Spring.
   */
  public Labels(Map<String, String> agencies, Map<String, String> groups,
      Map<String, Map<String, Map<String, String>>> units, Map<String, String> legalGrounds) {
    readForms();
    groups.forEach((group, name) -> put(GROUP, group, name));
    units.forEach((agency, ofAgency) -> ofAgency.forEach((code, unit) -> {
      if (unit.get("label") != null) {
        // A unit's group is named by the unit: "enhetSkolaPaulinska" → "Paulinska skolan".
        put(AGENCY, agency + ":" + code, unit.get("label"));
        if (unit.get("group") != null) {
          put(GROUP, unit.get("group"), unit.get("label"));
        }
      }
    }));
    legalGrounds.forEach((code, text) -> put(LEGAL_GROUND, code, text));
    readProcesses();
    readProperties();
    // What configuration names must have a word; a missing one is said once, at start.
    agencies.forEach((group, agency) -> {
      label(GROUP, group);
      label(AGENCY, agency);
    });
  }

  private static Map<String, String> stringMap(Environment environment, String name) {
    return Binder.get(environment).bind(name, Bindable.mapOf(String.class, String.class)).orElse(Map.of());
  }

  /**
   * The Swedish word for a code of a field or kind ({@code label("district", "mariefred")} → "Mariefred"); the code
   * itself when none is known (logged once), the empty string for null.
   */
  public String label(String fieldKey, String code) {
    if (code == null) {
      return "";
    }
    String word = sources.get().map(source -> source.words(fieldKey).get(code)).filter(java.util.Objects::nonNull)
        .findFirst().orElseGet(() -> words.getOrDefault(fieldKey, Map.of()).get(code));
    if (word != null) {
      return word;
    }
    if (reported.add(fieldKey + "." + code)) {
      LOG.warn("Ord saknas för koden {}.{}; koden visas", fieldKey, abbreviated(code));
    }
    return code;
  }

  /** Words for several codes, joined with ", ". */
  public String labels(String fieldKey, Collection<String> codes) {
    return codes == null ? "" : String.join(", ", codes.stream().map(c -> label(fieldKey, c)).toList());
  }

  /** Whether a word is known for the code (for tests and for choosing a fallback). */
  public boolean has(String fieldKey, String code) {
    return code != null && (words.getOrDefault(fieldKey, Map.of()).containsKey(code)
        || sources.get().anyMatch(source -> source.words(fieldKey).containsKey(code)));
  }

  /**
   * The options of a field (or kind): code → word, the modules' words ({@link CodeWords}) first, then in the order the
   * forms first offered them.
   */
  public Map<String, String> options(String fieldKey) {
    Map<String, String> options = new LinkedHashMap<>();
    sources.get().forEach(source -> source.words(fieldKey).forEach(options::putIfAbsent));
    words.getOrDefault(fieldKey, Map.of()).forEach(options::putIfAbsent);
    return java.util.Collections.unmodifiableMap(options);
  }

  /** The question a form field asks ({@code remarkLevel} → "Anmärkningar"), or the key. */
  public String fieldName(String fieldKey) {
    return label(FIELD, fieldKey);
  }

  /**
   * A process variable's value in words: a form option's word for a choice, "Ja"/"Nej" for a boolean, the words of
   * each option for a list (a checklist), the text itself otherwise.
   */
  public String value(String fieldKey, Object value) {
    if (value == null) {
      return "";
    }
    if (value instanceof Boolean b) {
      return b ? "Ja" : "Nej";
    }
    if (value instanceof Collection<?> list) {
      return String.join(", ", list.stream().map(v -> value(fieldKey, v)).toList());
    }
    String text = value.toString();
    return has(fieldKey, text) ? label(fieldKey, text) : text;
  }

  /** The name of a process (its BPMN {@code name}), e.g. {@code orosanmalan} → "Orosanmälan …". */
  public String processName(String processKey) {
    return label(PROCESS, processKey);
  }

  /** The name of a group ({@code samordnare} → "SSPF-samordnare"). */
  public String groupName(String groupId) {
    return label(GROUP, groupId);
  }

  /** The name of an agency or a unit of one ({@code socialtjanst} → "socialtjänsten"). */
  public String agencyName(String agency) {
    return label(AGENCY, agency);
  }

  /**
   * Who someone is at work, from their groups: the first group that belongs to an agency, and the agency (or the unit,
   * if they work in one) when it adds anything: "Fältare, socialtjänsten", "Skola, Paulinska skolan", "SSPF-samordnare".
   */
  public String roleAndAgency(List<String> groups, String agency, String unit) {
    String role = groups.stream().filter(g -> has(GROUP, g) && !g.startsWith("enhet"))
        .filter(g -> !"camunda-admin".equals(g) || groups.size() == 1).findFirst().map(this::groupName).orElse(null);
    String where = unit != null && has(AGENCY, unit) ? agencyName(unit) : agency == null ? null : agencyName(agency);
    if (role == null) {
      return where == null ? "" : where;
    }
    if (where == null || role.toLowerCase(java.util.Locale.ROOT).contains(stem(where))) {
      return role;
    }
    return role + ", " + where;
  }

  private static String stem(String agencyName) {
    String lower = agencyName.toLowerCase(java.util.Locale.ROOT);
    return lower.endsWith("en") && lower.length() > 4 ? lower.substring(0, lower.length() - 2) : lower;
  }

  private void put(String fieldKey, String code, String word) {
    words.computeIfAbsent(fieldKey, k -> new LinkedHashMap<>()).putIfAbsent(code, word);
  }

  private void readForms() {
    ObjectMapper json = new ObjectMapper();
    for (Resource form : resources("classpath*:forms/**/*.form")) {
      try (InputStream in = form.getInputStream()) {
        collect(json.readTree(in));
      } catch (IOException e) {
        throw new IllegalStateException("Formuläret kan inte läsas: " + form.getFilename(), e);
      }
    }
  }

  private void collect(JsonNode parent) {
    for (JsonNode component : parent.path("components")) {
      if (component.hasNonNull("key") && component.hasNonNull("label")) {
        put(FIELD, component.path("key").asText(), component.path("label").asText());
      }
      if (component.hasNonNull("key") && component.has("values")) {
        for (JsonNode option : component.path("values")) {
          put(component.path("key").asText(), option.path("value").asText(), option.path("label").asText());
        }
      }
      if (component.has("components")) {
        collect(component);
      }
    }
  }

  private void readProcesses() {
    for (Resource model : resources("classpath*:bpmn/**/*.bpmn")) {
      try (InputStream in = model.getInputStream()) {
        Matcher process = PROCESS_ELEMENT.matcher(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        while (process.find()) {
          Map<String, String> attributes = new LinkedHashMap<>();
          Matcher attribute = ATTRIBUTE.matcher(process.group(1));
          while (attribute.find()) {
            attributes.put(attribute.group(1), attribute.group(2));
          }
          if (attributes.containsKey("id") && attributes.containsKey("name")) {
            put(PROCESS, attributes.get("id"), unescape(attributes.get("name")));
          }
        }
      } catch (IOException e) {
        throw new IllegalStateException("Processmodellen kan inte läsas: " + model.getFilename(), e);
      }
    }
  }

  private static String unescape(String xml) {
    return xml.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&apos;", "'")
        .replace("&amp;", "&");
  }

  private void readProperties() {
    Properties properties = new Properties();
    try (InputStream in = Labels.class.getResourceAsStream("/labels/sv.properties")) {
      if (in == null) {
        throw new IllegalStateException("labels/sv.properties saknas");
      }
      try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
        properties.load(reader);
      }
    } catch (IOException e) {
      throw new IllegalStateException("labels/sv.properties kan inte läsas", e);
    }
    properties.stringPropertyNames().stream().sorted().forEach(name -> {
      int dot = name.indexOf('.');
      if (dot > 0) {
        put(name.substring(0, dot), name.substring(dot + 1), properties.getProperty(name));
      }
    });
    // The information categories are also the options of the consent form.
    options("consentCategories").forEach((code, word) -> put(CATEGORY, code, word));
  }

  private static List<Resource> resources(String pattern) {
    try {
      return Arrays.stream(new PathMatchingResourcePatternResolver(Labels.class.getClassLoader())
              .getResources(pattern))
          .sorted(Comparator.comparing(r -> String.valueOf(r.getFilename()))).toList();
    } catch (IOException e) {
      throw new IllegalStateException("Kan inte läsa " + pattern, e);
    }
  }

  private static String abbreviated(String code) {
    return code.length() > 60 ? code.substring(0, 60) + "…" : code;
  }
}
