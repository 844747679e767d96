package se.samverka.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.BoundaryEvent;
import org.camunda.bpm.model.bpmn.instance.EndEvent;
import org.camunda.bpm.model.bpmn.instance.ExclusiveGateway;
import org.camunda.bpm.model.bpmn.instance.FlowElement;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.IntermediateCatchEvent;
import org.camunda.bpm.model.bpmn.instance.Message;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.camunda.bpm.model.bpmn.instance.ServiceTask;
import org.camunda.bpm.model.bpmn.instance.StartEvent;
import org.camunda.bpm.model.bpmn.instance.SubProcess;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnEdge;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnShape;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaExecutionListener;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaTaskListener;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.stereotype.Component;

/**
 * The conventions of ARCHITECTURE.md, checked over every BPMN file under {@code bpmn/<module>/}: the process id is the
 * file name, element ids name what they are, every delegate expression resolves to exactly one bean of the owning
 * module with the right interface, every user task has a candidate group and a deployed form, every start event that
 * people start has a form, the history time to live is set, and the diagram interchange covers every element.
 */
class BpmnModelTests {

  private static final Pattern BEAN = Pattern.compile("\\$\\{([a-zA-Z]+)}");
  private static final Map<Class<? extends BaseElement>, String> SUFFIXES = new HashMap<>();

  static {
    SUFFIXES.put(StartEvent.class, "StartEvent");
    SUFFIXES.put(EndEvent.class, "EndEvent");
    SUFFIXES.put(UserTask.class, "Task");
    SUFFIXES.put(ServiceTask.class, "Task");
    SUFFIXES.put(ExclusiveGateway.class, "Gateway");
    SUFFIXES.put(org.camunda.bpm.model.bpmn.instance.ParallelGateway.class, "Gateway");
    SUFFIXES.put(SequenceFlow.class, "Flow");
    SUFFIXES.put(BoundaryEvent.class, "Timer");
    SUFFIXES.put(IntermediateCatchEvent.class, "TimerEvent");
    SUFFIXES.put(SubProcess.class, "SubProcess");
    SUFFIXES.put(Message.class, "Message");
  }

  static Stream<Path> models() throws IOException {
    try (Stream<Path> files = Files.walk(Path.of("bpmn"))) {
      return files.filter(p -> p.toString().endsWith(".bpmn")).sorted().toList().stream();
    }
  }

  private static String module(Path model) {
    return model.getParent().getFileName().toString();
  }

  private static String key(Path model) {
    return model.getFileName().toString().replace(".bpmn", "");
  }

  @ParameterizedTest
  @MethodSource("models")
  void processIdIsTheFileNameAndHistoryTimeToLiveIsSet(Path model) {
    BpmnModelInstance instance = Bpmn.readModelFromFile(model.toFile());
    var processes = instance.getModelElementsByType(Process.class);
    assertThat(processes).hasSize(1);
    Process process = processes.iterator().next();
    assertThat(process.getId()).isEqualTo(key(model));
    assertThat(process.isExecutable()).isTrue();
    assertThat(process.getCamundaHistoryTimeToLiveString()).as("historyTimeToLive of %s", model).isNotBlank();
  }

  @ParameterizedTest
  @MethodSource("models")
  void elementIdsNameWhatTheyAre(Path model) {
    BpmnModelInstance instance = Bpmn.readModelFromFile(model.toFile());
    List<String> wrong = new ArrayList<>();
    SUFFIXES.forEach((type, suffix) -> instance.getModelElementsByType(type).forEach(element -> {
      String id = element.getId();
      if (!id.matches("[A-Z][A-Za-z0-9]*" + suffix)) {
        wrong.add(id + " (expected PascalCase ending in " + suffix + ")");
      }
    }));
    assertThat(wrong).as("element ids in %s", model).isEmpty();
  }

  @ParameterizedTest
  @MethodSource("models")
  void everyDelegateExpressionResolvesToOneBeanOfTheOwningModule(Path model) throws ClassNotFoundException {
    BpmnModelInstance instance = Bpmn.readModelFromFile(model.toFile());
    Map<String, List<Class<?>>> beans = beansOf("se.samverka." + module(model));
    List<String> problems = new ArrayList<>();
    for (ServiceTask task : instance.getModelElementsByType(ServiceTask.class)) {
      assertThat(task.getCamundaClass()).as("camunda:class on %s", task.getId()).isNull();
      check(task.getId(), task.getCamundaDelegateExpression(), JavaDelegate.class, beans, problems);
    }
    for (CamundaExecutionListener listener : instance.getModelElementsByType(CamundaExecutionListener.class)) {
      check(listener.getParentElement().getParentElement().getAttributeValue("id"),
          listener.getCamundaDelegateExpression(), ExecutionListener.class, beans, problems);
    }
    for (CamundaTaskListener listener : instance.getModelElementsByType(CamundaTaskListener.class)) {
      check(listener.getParentElement().getParentElement().getAttributeValue("id"),
          listener.getCamundaDelegateExpression(), TaskListener.class, beans, problems);
    }
    assertThat(problems).as("delegate expressions in %s", model).isEmpty();
  }

  private static void check(String elementId, String expression, Class<?> expected,
      Map<String, List<Class<?>>> beans, List<String> problems) {
    if (expression == null) {
      problems.add(elementId + " has no delegateExpression");
      return;
    }
    Matcher matcher = BEAN.matcher(expression);
    if (!matcher.matches()) {
      problems.add(elementId + ": " + expression + " is not a plain bean reference");
      return;
    }
    List<Class<?>> candidates = beans.getOrDefault(matcher.group(1), List.of());
    if (candidates.size() != 1) {
      problems.add(elementId + ": " + matcher.group(1) + " matches " + candidates.size() + " beans of the module");
    } else if (!expected.isAssignableFrom(candidates.get(0))) {
      problems.add(elementId + ": " + candidates.get(0).getSimpleName() + " is not a " + expected.getSimpleName());
    }
  }

  private static Map<String, List<Class<?>>> beansOf(String basePackage) throws ClassNotFoundException {
    var scanner = new ClassPathScanningCandidateComponentProvider(false);
    scanner.addIncludeFilter(new AnnotationTypeFilter(Component.class));
    Map<String, List<Class<?>>> beans = new HashMap<>();
    for (BeanDefinition definition : scanner.findCandidateComponents(basePackage)) {
      Class<?> type = Class.forName(definition.getBeanClassName());
      Component component = type.getAnnotation(Component.class);
      if (component != null && !component.value().isEmpty()) {
        beans.computeIfAbsent(component.value(), name -> new ArrayList<>()).add(type);
      }
    }
    return beans;
  }

  @ParameterizedTest
  @MethodSource("models")
  void everyUserTaskHasACandidateGroupAndADeployedForm(Path model) throws IOException {
    BpmnModelInstance instance = Bpmn.readModelFromFile(model.toFile());
    Set<String> forms = formIds(module(model));
    for (UserTask task : instance.getModelElementsByType(UserTask.class)) {
      assertThat(task.getCamundaCandidateGroups()).as("candidate group of %s", task.getId()).isNotBlank();
      assertThat(task.getCamundaFormRef()).as("form of %s", task.getId()).isIn(forms);
      assertThat(task.getCamundaFormRefBinding()).as("form binding of %s", task.getId()).isEqualTo("deployment");
    }
  }

  @ParameterizedTest
  @MethodSource("models")
  void everyStartEventThatPeopleStartHasADeployedForm(Path model) throws IOException {
    BpmnModelInstance instance = Bpmn.readModelFromFile(model.toFile());
    Set<String> forms = formIds(module(model));
    for (StartEvent start : instance.getModelElementsByType(StartEvent.class)) {
      boolean startedByPeople = start.getEventDefinitions().isEmpty() && start.getParentElement() instanceof Process;
      if (startedByPeople) {
        assertThat(start.getCamundaFormRef()).as("form of %s", start.getId()).isIn(forms);
        assertThat(start.getCamundaFormRefBinding()).isEqualTo("deployment");
      }
    }
  }

  @ParameterizedTest
  @MethodSource("models")
  void diagramInterchangeCoversEveryElement(Path model) {
    BpmnModelInstance instance = Bpmn.readModelFromFile(model.toFile());
    Set<String> drawn = new HashSet<>();
    instance.getModelElementsByType(BpmnShape.class).forEach(s -> drawn.add(s.getBpmnElement().getId()));
    instance.getModelElementsByType(BpmnEdge.class).forEach(e -> drawn.add(e.getBpmnElement().getId()));
    List<String> missing = new ArrayList<>();
    for (FlowElement element : instance.getModelElementsByType(FlowElement.class)) {
      if ((element instanceof FlowNode || element instanceof SequenceFlow) && !drawn.contains(element.getId())) {
        missing.add(element.getId());
      }
    }
    assertThat(missing).as("elements without a shape or edge in %s", model).isEmpty();
  }

  private static Set<String> formIds(String module) throws IOException {
    ObjectMapper json = new ObjectMapper();
    Set<String> ids = new HashSet<>();
    Path folder = Path.of("forms", module);
    if (Files.isDirectory(folder)) {
      try (Stream<Path> files = Files.list(folder)) {
        for (Path form : files.filter(p -> p.toString().endsWith(".form")).toList()) {
          ids.add(json.readTree(form.toFile()).path("id").asText());
        }
      }
    }
    return ids;
  }
}
