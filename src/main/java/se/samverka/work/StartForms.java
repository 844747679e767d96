package se.samverka.work;

import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.springframework.stereotype.Service;
import se.samverka.errors.NotFound;
import se.samverka.security.Agencies;
import se.samverka.security.CurrentUser;
import se.samverka.workflow.SubmissionGate.Problem;
import se.samverka.workflow.SystemContext;

/**
 * The processes the caller may start from a form ({@code /ny}, {@code /api/processes}): the latest version of every
 * process definition with a start form on which the caller's groups hold the engine's create-instance permission
 * (granted from the modules' {@code ProcessGrant}s). Starting submits the start form with the caller's authentication,
 * so the gate checks it, and never with a business key of the client's: Samverka numbers the case.
 */
@Service
public class StartForms {

  static final String NOT_FOUND = "Processen finns inte, eller så får du inte starta den.";

  /** The Swedish titles of the start forms; another process is titled by its name. */
  static final Map<String, String> TITLES = Map.of(
      "sspf-arende", "Ny aktualisering till SSPF",
      "orosanmalan", "Ny orosanmälan",
      "linkopingsmodellen", "Nytt tips (Linköpingsmodellen)",
      "strangnasmodellen", "Nytt tips (Strängnäsmodellen)",
      "alkoholtillsyn", "Ny tillsyn");

  /** A process the caller may start. */
  public record Startable(String key, String title, String name, String definitionId) {}

  /** What a start left behind: the instance, its case number and its case or supervision. */
  public record Receipt(String processInstanceId, String processKey, String title, String caseNumber, String link,
      String linkText, Date started) {}

  private final RepositoryService repository;
  private final FormService formService;
  private final HistoryService history;
  private final SystemContext system;
  private final Agencies agencies;
  private final Forms forms;
  private final CaseLinks links;
  private final Map<String, Optional<FormDefinition>> formCache = new ConcurrentHashMap<>();

  StartForms(RepositoryService repository, FormService formService, HistoryService history, SystemContext system,
      Agencies agencies, Forms forms, CaseLinks links) {
    this.repository = repository;
    this.formService = formService;
    this.history = history;
    this.system = system;
    this.agencies = agencies;
    this.forms = forms;
    this.links = links;
  }

  /** The start forms of the caller, by title. */
  public List<Startable> startable() {
    agencies.requireCurrent();
    // As the caller: the engine lists only the definitions the caller's groups may create instances of.
    List<ProcessDefinition> definitions = repository.createProcessDefinitionQuery().latestVersion().active()
        .startablePermissionCheck().list();
    List<Startable> startable = new ArrayList<>();
    for (ProcessDefinition definition : definitions) {
      if (startForm(definition.getId()).isPresent()) {
        startable.add(new Startable(definition.getKey(), title(definition), definition.getName(), definition.getId()));
      }
    }
    startable.sort(java.util.Comparator.comparing(Startable::title));
    return startable;
  }

  public Startable require(String processKey) {
    if (processKey == null || !processKey.matches("[A-Za-z0-9_-]{1,64}")) {
      throw new NotFound(NOT_FOUND);
    }
    return startable().stream().filter(s -> s.key().equals(processKey)).findFirst()
        .orElseThrow(() -> new NotFound(NOT_FOUND));
  }

  public FormDefinition form(Startable process) {
    return startForm(process.definitionId()).orElseThrow(() -> new NotFound(NOT_FOUND));
  }

  /** Which components of the start form are hidden for what the user has entered so far (for the page's script). */
  public java.util.Set<String> hidden(String processKey, Map<String, String[]> parameters) {
    FormDefinition form = form(require(processKey));
    return forms.hidden(form, Map.of(), EnteredValues.fromParameters(form, parameters).values());
  }

  /** Starts the process with what the user entered; a refusal names the fields and starts nothing. */
  public Receipt start(String processKey, EnteredValues entered) {
    Startable process = require(processKey);
    FormDefinition form = form(process);
    Map<String, Object> submission = forms.submission(form, entered.values(), Map.of());
    List<Problem> problems = new ArrayList<>(entered.problems());
    problems.addAll(forms.check(form, submission, Map.of()));
    if (!problems.isEmpty()) {
      throw new FormRefused(problems, entered.values());
    }
    org.camunda.bpm.engine.runtime.ProcessInstance instance;
    try {
      instance = formService.submitStartForm(process.definitionId(), EnteredValues.toEngine(submission));
    } catch (RuntimeException e) {
      var refusal = TaskWork.refusal(e);
      if (refusal != null) {
        throw new FormRefused(forms.problemsOf(refusal, form), entered.values());
      }
      throw e;
    }
    return receipt(instance.getId());
  }

  /** The receipt of a start; only for the user who started it (404 otherwise). */
  public Receipt receipt(String processInstanceId) {
    CurrentUser user = agencies.requireCurrent();
    var instance = processInstanceId == null || !processInstanceId.matches("[A-Za-z0-9-]{1,64}") ? null
        : system.call(() -> history.createHistoricProcessInstanceQuery().processInstanceId(processInstanceId)
            .singleResult());
    if (instance == null || !user.userId().equals(instance.getStartUserId())) {
      throw new NotFound("Det finns ingen sådan start av dig.");
    }
    var definition = system.call(() -> repository.getProcessDefinition(instance.getProcessDefinitionId()));
    CaseLinks.Link link = links.link(links.ids(processInstanceId));
    return new Receipt(instance.getId(), definition.getKey(), title(definition), instance.getBusinessKey(),
        link == null ? null : link.href(), link == null ? null : link.text(), instance.getStartTime());
  }

  private static String title(ProcessDefinition definition) {
    return TITLES.getOrDefault(definition.getKey(),
        "Starta " + (definition.getName() == null ? definition.getKey() : definition.getName()));
  }

  private Optional<FormDefinition> startForm(String definitionId) {
    return formCache.computeIfAbsent(definitionId, id -> system.call(() -> {
      var data = formService.getStartFormData(id);
      if (data == null || data.getCamundaFormRef() == null) {
        return Optional.empty();
      }
      try (var json = formService.getDeployedStartForm(id)) {
        return Optional.of(FormDefinition.parse(json));
      } catch (java.io.IOException e) {
        throw new IllegalStateException(e);
      }
    }));
  }
}
