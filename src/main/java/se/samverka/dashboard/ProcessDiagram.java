package se.samverka.dashboard;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.Activity;
import org.camunda.bpm.model.bpmn.instance.Association;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.BoundaryEvent;
import org.camunda.bpm.model.bpmn.instance.BusinessRuleTask;
import org.camunda.bpm.model.bpmn.instance.CallActivity;
import org.camunda.bpm.model.bpmn.instance.CatchEvent;
import org.camunda.bpm.model.bpmn.instance.Collaboration;
import org.camunda.bpm.model.bpmn.instance.ComplexGateway;
import org.camunda.bpm.model.bpmn.instance.ConditionalEventDefinition;
import org.camunda.bpm.model.bpmn.instance.EndEvent;
import org.camunda.bpm.model.bpmn.instance.ErrorEventDefinition;
import org.camunda.bpm.model.bpmn.instance.Event;
import org.camunda.bpm.model.bpmn.instance.EventBasedGateway;
import org.camunda.bpm.model.bpmn.instance.EventDefinition;
import org.camunda.bpm.model.bpmn.instance.ExclusiveGateway;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.Gateway;
import org.camunda.bpm.model.bpmn.instance.InclusiveGateway;
import org.camunda.bpm.model.bpmn.instance.Lane;
import org.camunda.bpm.model.bpmn.instance.LoopCharacteristics;
import org.camunda.bpm.model.bpmn.instance.ManualTask;
import org.camunda.bpm.model.bpmn.instance.MessageEventDefinition;
import org.camunda.bpm.model.bpmn.instance.MessageFlow;
import org.camunda.bpm.model.bpmn.instance.MultiInstanceLoopCharacteristics;
import org.camunda.bpm.model.bpmn.instance.ParallelGateway;
import org.camunda.bpm.model.bpmn.instance.Participant;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.ReceiveTask;
import org.camunda.bpm.model.bpmn.instance.ScriptTask;
import org.camunda.bpm.model.bpmn.instance.SendTask;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.camunda.bpm.model.bpmn.instance.ServiceTask;
import org.camunda.bpm.model.bpmn.instance.SignalEventDefinition;
import org.camunda.bpm.model.bpmn.instance.StartEvent;
import org.camunda.bpm.model.bpmn.instance.SubProcess;
import org.camunda.bpm.model.bpmn.instance.TerminateEventDefinition;
import org.camunda.bpm.model.bpmn.instance.TextAnnotation;
import org.camunda.bpm.model.bpmn.instance.ThrowEvent;
import org.camunda.bpm.model.bpmn.instance.TimerEventDefinition;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnDiagram;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnEdge;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnPlane;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnShape;
import org.camunda.bpm.model.bpmn.instance.dc.Bounds;
import org.camunda.bpm.model.bpmn.instance.di.DiagramElement;
import org.camunda.bpm.model.bpmn.instance.di.Waypoint;
import org.springframework.stereotype.Component;

/**
 * Draws a deployed BPMN process as SVG on the server, from its diagram interchange (the shapes' bounds and the flows'
 * waypoints that the modeller saved), with each step's figures on it: a badge with the cases waiting there, the fill
 * and a five-square meter for the heat class of the time spent there, a {@code <title>} in words, and a link to the
 * case numbers at the step.
 *
 * <p>No Java library draws BPMN DI as SVG (bpmn-js is JavaScript; Flowable's and Activiti's generators draw their own
 * models as PNG), so this is Samverka's own, for what Samverka's processes use: tasks, sub-processes and call
 * activities, events with their timer, message, signal, error, conditional and terminate markers, the gateways, pools,
 * lanes, sequence and message flows, text annotations. The output is well-formed XML for inline use in an HTML page:
 * every text from the model is escaped, there are no {@code style} attributes and no scripts (the pages' strict
 * Content-Security-Policy), colours are presentation attributes the page's CSS may override, and a step's link is an
 * SVG {@code <a>} a keyboard reaches with Tab.
 */
@Component
public class ProcessDiagram {

  static final double FONT_SIZE = 12;
  static final double LINE = 14;
  private static final double MARGIN = 24;
  private static final String INK = "#1f1f1f";
  private static final String BADGE = "#1b4f8a";
  private static final String NO_DIAGRAM = "Processen saknar ritning i sin BPMN-fil och kan inte visas som bild. "
      + "Tabellen visar samma uppgifter.";

  /** The process as SVG, every count in full; empty when the model has no diagram. */
  public String svg(BpmnModelInstance model, Map<String, StepFigure> figures, Function<String, String> stepLink) {
    return svg(model, figures, stepLink, false);
  }

  /**
   * The process as SVG; empty when the model has no diagram interchange to draw from.
   *
   * @param figures step (flow node id) → its figures; steps not in the diagram are left out of the picture
   * @param stepLink step id → the URL of its case numbers, or {@code null} for no link (e.g. aggregates only)
   * @param aggregateOnly counts below 5 are shown as "färre än 5" ("&lt;5" in the badge)
   */
  public String svg(BpmnModelInstance model, Map<String, StepFigure> figures, Function<String, String> stepLink,
      boolean aggregateOnly) {
    BpmnPlane plane = plane(model);
    if (plane == null) {
      return "";
    }
    List<BpmnShape> shapes = new ArrayList<>();
    List<BpmnEdge> edges = new ArrayList<>();
    for (DiagramElement element : plane.getDiagramElements()) {
      if (element instanceof BpmnShape shape && shape.getBounds() != null && element(shape) != null) {
        shapes.add(shape);
      } else if (element instanceof BpmnEdge edge && edge.getWaypoints().size() >= 2 && element(edge) != null) {
        edges.add(edge);
      }
    }
    if (shapes.isEmpty()) {
      return "";
    }
    Box box = box(shapes, edges);
    String prefix = "pd-" + idPart(processKey(model, plane));
    Map<String, StepFigure> safeFigures = figures == null ? Map.of() : figures;
    Function<String, String> links = stepLink == null ? step -> null : stepLink;

    StringBuilder out = new StringBuilder(32_768);
    out.append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"pd\" role=\"group\" aria-labelledby=\"")
        .append(prefix).append("-rubrik\" viewBox=\"").append(n(box.minX)).append(' ').append(n(box.minY))
        .append(' ').append(n(box.width())).append(' ').append(n(box.height())).append("\" width=\"")
        .append(n(box.width())).append("\" height=\"").append(n(box.height()))
        .append("\" font-family=\"system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif\" font-size=\"")
        .append(n(FONT_SIZE)).append("\">");
    out.append("<title id=\"").append(prefix).append("-rubrik\">")
        .append(esc("Processbild: " + processName(model, plane))).append("</title>");
    out.append("<defs><marker id=\"").append(prefix).append("-pil\" viewBox=\"0 0 10 10\" refX=\"10\" refY=\"5\" ")
        .append("markerWidth=\"7\" markerHeight=\"7\" markerUnits=\"userSpaceOnUse\" orient=\"auto\">")
        .append("<path d=\"M0,0 L10,5 L0,10 z\" fill=\"").append(INK).append("\"/></marker>")
        .append("<marker id=\"").append(prefix).append("-oppen\" viewBox=\"0 0 10 10\" refX=\"10\" refY=\"5\" ")
        .append("markerWidth=\"9\" markerHeight=\"9\" markerUnits=\"userSpaceOnUse\" orient=\"auto\">")
        .append("<path d=\"M0,0 L10,5 L0,10 z\" fill=\"#ffffff\" stroke=\"").append(INK)
        .append("\" stroke-width=\"1\"/></marker></defs>");

    // Pools, lanes and expanded sub-processes first (largest first), then flows, then the steps, then boundary events.
    List<BpmnShape> containers = new ArrayList<>();
    List<BpmnShape> nodes = new ArrayList<>();
    List<BpmnShape> boundaries = new ArrayList<>();
    List<BpmnShape> annotations = new ArrayList<>();
    for (BpmnShape shape : shapes) {
      BaseElement element = element(shape);
      if (element instanceof Participant || element instanceof Lane
          || element instanceof SubProcess && shape.isExpanded()) {
        containers.add(shape);
      } else if (element instanceof BoundaryEvent) {
        boundaries.add(shape);
      } else if (element instanceof FlowNode) {
        nodes.add(shape);
      } else if (element instanceof TextAnnotation) {
        annotations.add(shape);
      }
    }
    containers.sort(Comparator.comparingDouble((BpmnShape s) -> -area(s.getBounds())));
    Comparator<BpmnShape> reading = Comparator.comparingDouble((BpmnShape s) -> s.getBounds().getX())
        .thenComparingDouble(s -> s.getBounds().getY());
    nodes.sort(reading);
    boundaries.sort(reading);

    // Where the names of events and gateways go, kept apart from one another; flow names then keep clear of them.
    List<Area> occupied = new ArrayList<>();
    Map<BpmnShape, TextBlock> outsideLabels = new HashMap<>();
    List<Area> labelAreas = new ArrayList<>();
    List<BpmnShape> steps = new ArrayList<>(nodes);
    steps.addAll(boundaries);
    for (BpmnShape shape : steps) {
      occupied.add(Area.of(shape.getBounds()));
      FlowNode node = (FlowNode) element(shape);
      String name = clean(node.getName());
      if (name == null || node instanceof Activity) {
        continue;
      }
      TextBlock block = outsideLabel(shape, name);
      for (int i = 0; i < 6 && collides(block.area(), labelAreas); i++) {
        block = block.moved(0, block.lineHeight());
      }
      labelAreas.add(block.area());
      outsideLabels.put(shape, block);
    }
    occupied.addAll(labelAreas);
    Map<String, List<Bounds>> attached = new HashMap<>();
    for (BpmnShape shape : boundaries) {
      Activity host = ((BoundaryEvent) element(shape)).getAttachedTo();
      if (host != null && host.getId() != null) {
        attached.computeIfAbsent(host.getId(), k -> new ArrayList<>()).add(shape.getBounds());
      }
    }
    Map<String, Long> nameCounts = new HashMap<>();
    for (FlowNode node : model.getModelElementsByType(FlowNode.class)) {
      nameCounts.merge(stepName(node), 1L, Long::sum);
    }
    Set<String> sharedNames = new HashSet<>();
    nameCounts.forEach((name, count) -> {
      if (count > 1) {
        sharedNames.add(name);
      }
    });
    Context context = new Context(prefix, safeFigures, links, aggregateOnly, outsideLabels, occupied, attached,
        sharedNames);
    out.append("<g class=\"pd-behallare\">");
    for (BpmnShape shape : containers) {
      if (element(shape) instanceof SubProcess) {
        step(out, shape, context);
      } else {
        pool(out, shape);
      }
    }
    out.append("</g><g class=\"pd-floden\">");
    for (BpmnEdge edge : edges) {
      edge(out, edge, context);
    }
    out.append("</g><g class=\"pd-steg\">");
    for (BpmnShape shape : annotations) {
      annotation(out, shape);
    }
    for (BpmnShape shape : nodes) {
      step(out, shape, context);
    }
    for (BpmnShape shape : boundaries) {
      step(out, shape, context);
    }
    out.append("</g></svg>");
    return out.toString();
  }

  /**
   * Everything the page shows for one process: the picture (or a Swedish note when it has no diagram), the table
   * alternative and the legend.
   *
   * @param scale the heat scale the figures' levels were set from (see {@link StepFigure#withHeat(Map)})
   */
  public DiagramView view(BpmnModelInstance model, Map<String, StepFigure> figures, Function<String, String> stepLink,
      HeatScale scale, boolean aggregateOnly) {
    Map<String, StepFigure> safeFigures = figures == null ? Map.of() : figures;
    Function<String, String> links = stepLink == null ? step -> null : stepLink;
    String svg = svg(model, safeFigures, links, aggregateOnly);
    BpmnPlane plane = plane(model);
    String title = processName(model, plane);

    Map<String, Bounds> placed = new HashMap<>();
    if (plane != null) {
      for (DiagramElement element : plane.getDiagramElements()) {
        if (element instanceof BpmnShape shape && shape.getBounds() != null && element(shape) != null
            && element(shape).getId() != null) {
          placed.put(element(shape).getId(), shape.getBounds());
        }
      }
    }
    List<String> steps = new ArrayList<>(safeFigures.keySet());
    steps.sort(Comparator.comparing((String s) -> !placed.containsKey(s))
        .thenComparingDouble(s -> placed.containsKey(s) ? placed.get(s).getX() : 0)
        .thenComparingDouble(s -> placed.containsKey(s) ? placed.get(s).getY() : 0)
        .thenComparing(s -> stepName(model, s)));
    Map<String, Long> sameName = new HashMap<>();
    steps.forEach(step -> sameName.merge(stepName(model, step), 1L, Long::sum));
    List<DiagramView.StepRow> rows = new ArrayList<>();
    for (String step : steps) {
      StepFigure f = safeFigures.get(step);
      String name = stepName(model, step);
      if (sameName.get(name) > 1) {
        name = withinName(model, step, name);
      }
      rows.add(new DiagramView.StepRow(step, name, DiagramTexts.waiting(f.waiting(), aggregateOnly),
          DiagramTexts.duration(f.median()), DiagramTexts.duration(f.p90()), f.heatLevel(),
          scale.text(f.heatLevel()), safeLink(links.apply(step))));
    }
    List<DiagramView.LegendEntry> legend = scale.legend().stream()
        .map(e -> new DiagramView.LegendEntry(e.level(), e.text(), swatch(e.level()))).toList();
    return new DiagramView(title, svg, svg.isEmpty() ? NO_DIAGRAM : null, rows, legend);
  }

  /** A legend swatch: the level's fill and meter, as a small SVG, hidden from screen readers (the text says it). */
  static String swatch(int level) {
    StringBuilder out = new StringBuilder();
    out.append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"pd-prov\" aria-hidden=\"true\" focusable=\"false\" ")
        .append("viewBox=\"0 0 56 22\" width=\"56\" height=\"22\"><rect x=\"1\" y=\"1\" width=\"54\" height=\"20\" ")
        .append("rx=\"4\" fill=\"").append(HeatScale.fill(level)).append("\" stroke=\"").append(INK)
        .append("\" stroke-width=\"1.5\"");
    if (level == 0) {
      out.append(" stroke-dasharray=\"3 2\"");
    }
    out.append("/>");
    meter(out, 9, 8, level);
    out.append("</svg>");
    return out.toString();
  }

  // ---------------------------------------------------------------------------------------------------------------
  // Shapes

  private record Context(String prefix, Map<String, StepFigure> figures, Function<String, String> links,
      boolean aggregateOnly, Map<BpmnShape, TextBlock> outsideLabels, List<Area> occupied,
      Map<String, List<Bounds>> attached, Set<String> sharedNames) {
  }

  private void step(StringBuilder out, BpmnShape shape, Context context) {
    FlowNode node = (FlowNode) element(shape);
    String id = node.getId() == null ? "" : node.getId();
    StepFigure figure = context.figures().get(id);
    String href = figure == null ? null : safeLink(context.links().apply(id));
    String name = stepName(node);
    String drawn = clean(node.getName());
    Bounds b = shape.getBounds();
    String fill = figure == null ? "#ffffff" : HeatScale.fill(figure.heatLevel());

    if (href != null) {
      out.append("<a href=\"").append(esc(href)).append("\" class=\"pd-lank\">");
    }
    out.append("<g class=\"pd-nod ").append(kindClass(node));
    if (figure != null) {
      out.append(" pd-varme-").append(figure.heatLevel());
    }
    out.append("\" data-bpmn=\"").append(esc(id)).append("\">");
    if (figure != null) {
      String titleName = context.sharedNames().contains(name) ? withinName(node.getModelInstance() instanceof
          BpmnModelInstance instance ? instance : null, id, name) : name;
      out.append("<title>").append(esc(title(titleName, figure, context.aggregateOnly()))).append("</title>");
    }
    if (href != null) {
      out.append("<rect class=\"pd-fokus\" x=\"").append(n(b.getX() - 5)).append("\" y=\"").append(n(b.getY() - 5))
          .append("\" width=\"").append(n(b.getWidth() + 10)).append("\" height=\"").append(n(b.getHeight() + 10))
          .append("\" rx=\"12\" fill=\"none\" stroke=\"none\"/>");
    }
    if (node instanceof Activity activity) {
      activity(out, shape, activity, drawn, fill, figure != null, context);
    } else if (node instanceof Event event) {
      event(out, shape, event, fill, context);
    } else if (node instanceof Gateway gateway) {
      gateway(out, shape, gateway, fill, context);
    } else {
      rect(out, b, 4, fill, 1.5, null);
      label(out, drawn, b.getX() + b.getWidth() / 2, b.getY() + 4, b.getWidth() - 8, 3, "middle");
    }
    if (figure != null) {
      badge(out, shape, node, figure, context.aggregateOnly());
    }
    out.append("</g>");
    if (href != null) {
      out.append("</a>");
    }
  }

  /** A link to follow: a path, or an http(s) address; anything else (a {@code javascript:} URL) is no link. */
  static String safeLink(String href) {
    if (href == null || href.isBlank()) {
      return null;
    }
    String scheme = href.strip().toLowerCase(Locale.ROOT).replaceAll("[\\s\\p{Cntrl}]", "");
    int colon = scheme.indexOf(':');
    int slash = scheme.indexOf('/');
    boolean hasScheme = colon >= 0 && (slash < 0 || colon < slash) && (scheme.indexOf('?') < 0 || colon < scheme
        .indexOf('?')) && (scheme.indexOf('#') < 0 || colon < scheme.indexOf('#'));
    if (hasScheme && !scheme.startsWith("http:") && !scheme.startsWith("https:")) {
      return null;
    }
    return href;
  }

  private static String kindClass(FlowNode node) {
    if (node instanceof SubProcess) {
      return "pd-delprocess";
    }
    if (node instanceof Activity) {
      return "pd-aktivitet";
    }
    if (node instanceof Event) {
      return "pd-handelse";
    }
    if (node instanceof Gateway) {
      return "pd-vagval";
    }
    return "pd-ovrigt";
  }

  private void activity(StringBuilder out, BpmnShape shape, Activity activity, String name, String fill,
      boolean hasFigure, Context context) {
    Bounds b = shape.getBounds();
    double x = b.getX();
    double y = b.getY();
    double w = b.getWidth();
    double h = b.getHeight();
    boolean expanded = activity instanceof SubProcess && shape.isExpanded();
    boolean eventSub = activity instanceof SubProcess sub && sub.triggeredByEvent();
    double strokeWidth = activity instanceof CallActivity ? 4 : 1.5;
    if (expanded) {
      // A container keeps a white ground so its steps read; its own heat is a band along its top, under its name.
      rect(out, b, 10, "#ffffff", strokeWidth, eventSub ? "5 3" : null);
      if (hasFigure) {
        double band = y + 8 + Math.max(1, wrap(name, w - 80, 2).size()) * LINE;
        out.append("<path d=\"M").append(n(x + 1)).append(',').append(n(band)).append(" V").append(n(y + 10))
            .append(" A9,9 0 0 1 ").append(n(x + 10)).append(',').append(n(y + 1)).append(" H").append(n(x + w - 10))
            .append(" A9,9 0 0 1 ").append(n(x + w - 1)).append(',').append(n(y + 10)).append(" V").append(n(band))
            .append(" Z\" fill=\"").append(fill).append("\" stroke=\"none\"/>")
            .append(line(x, band, x + w, band, 1));
      }
    } else {
      rect(out, b, 10, fill, strokeWidth, eventSub ? "5 3" : null);
    }

    // The name: a task's in the middle (below its icon and meter), an expanded sub-process's at its top left.
    LoopCharacteristics loop = activity.getLoopCharacteristics();
    boolean collapsed = activity instanceof SubProcess && !expanded;
    if (expanded) {
      label(out, name, x + 10, y + 5, hasFigure ? w - 80 : w - 20, 2, "start");
    } else {
      boolean icon = taskIcon(out, activity, x, y);
      double top = icon || hasFigure ? y + 19 : y + 5;
      double bottom = y + h - (loop != null || collapsed ? 17 : 4);
      for (Bounds boundary : context.attached().getOrDefault(activity.getId(), List.of())) {
        if (boundary.getY() + boundary.getHeight() / 2 > y + h / 2) {
          bottom = Math.min(bottom, boundary.getY() - 1);
        }
      }
      TextBlock block = fitted(name, x + w / 2, 0, w - 6, bottom - top, "middle");
      double textHeight = block.lines().size() * block.lineHeight();
      lines(out, block.moved(0, top + Math.max(0, (bottom - top - textHeight) / 2)));
    }

    // Markers at the bottom middle: multi-instance bars, the collapsed sub-process's plus.
    double mx = x + w / 2;
    double my = y + h - 14;
    if (collapsed) {
      double px = loop != null ? mx - 15 : mx - 6;
      out.append("<rect x=\"").append(n(px)).append("\" y=\"").append(n(my)).append("\" width=\"12\" height=\"12\" ")
          .append("fill=\"none\" stroke=\"").append(INK).append("\" stroke-width=\"1\"/>")
          .append(line(px + 6, my + 2.5, px + 6, my + 9.5, 1.5)).append(line(px + 2.5, my + 6, px + 9.5, my + 6, 1.5));
    }
    if (loop instanceof MultiInstanceLoopCharacteristics multi) {
      double lx = collapsed ? mx + 3 : mx - 6;
      for (int i = 0; i < 3; i++) {
        out.append(multi.isSequential()
            ? line(lx, my + 2 + i * 4, lx + 12, my + 2 + i * 4, 2)
            : line(lx + 2 + i * 4, my, lx + 2 + i * 4, my + 12, 2));
      }
    } else if (loop != null) {
      // A standard loop: a small circular arrow.
      out.append("<path d=\"M").append(n(mx + 4)).append(',').append(n(my + 10)).append(" A5,5 0 1 0 ")
          .append(n(mx - 4)).append(',').append(n(my + 10)).append("\" fill=\"none\" stroke=\"").append(INK)
          .append("\" stroke-width=\"1.5\"/>");
    }
  }

  private static boolean hasIcon(Activity activity) {
    return activity instanceof UserTask || activity instanceof ManualTask || activity instanceof ServiceTask
        || activity instanceof ScriptTask || activity instanceof BusinessRuleTask || activity instanceof ReceiveTask
        || activity instanceof SendTask;
  }

  /** A small icon for the kind of task at its top left; false when the kind has none. */
  private static boolean taskIcon(StringBuilder out, Activity activity, double x, double y) {
    double ix = x + 8;
    double iy = y + 6;
    if (activity instanceof UserTask || activity instanceof ManualTask) {
      out.append("<circle cx=\"").append(n(ix + 6)).append("\" cy=\"").append(n(iy + 3.5))
          .append("\" r=\"3\" fill=\"none\" stroke=\"").append(INK).append("\" stroke-width=\"1.2\"/>")
          .append("<path d=\"M").append(n(ix)).append(',').append(n(iy + 13)).append(" C").append(n(ix))
          .append(',').append(n(iy + 7)).append(' ').append(n(ix + 12)).append(',').append(n(iy + 7)).append(' ')
          .append(n(ix + 12)).append(',').append(n(iy + 13)).append(" Z\" fill=\"none\" stroke=\"").append(INK)
          .append("\" stroke-width=\"1.2\"/>");
      return true;
    }
    if (activity instanceof ServiceTask || activity instanceof ScriptTask) {
      out.append("<circle cx=\"").append(n(ix + 6)).append("\" cy=\"").append(n(iy + 6))
          .append("\" r=\"4.5\" fill=\"none\" stroke=\"").append(INK)
          .append("\" stroke-width=\"3\" stroke-dasharray=\"2.2 1.3\"/><circle cx=\"").append(n(ix + 6))
          .append("\" cy=\"").append(n(iy + 6)).append("\" r=\"1.6\" fill=\"none\" stroke=\"").append(INK)
          .append("\" stroke-width=\"1\"/>");
      return true;
    }
    if (activity instanceof BusinessRuleTask) {
      out.append("<rect x=\"").append(n(ix)).append("\" y=\"").append(n(iy + 1))
          .append("\" width=\"13\" height=\"10\" fill=\"none\" stroke=\"").append(INK)
          .append("\" stroke-width=\"1\"/>").append(line(ix, iy + 4.5, ix + 13, iy + 4.5, 1))
          .append(line(ix + 4, iy + 1, ix + 4, iy + 11, 1));
      return true;
    }
    if (activity instanceof ReceiveTask || activity instanceof SendTask) {
      envelope(out, ix + 6.5, iy + 6, 6.5, activity instanceof SendTask);
      return true;
    }
    return false;
  }

  private void event(StringBuilder out, BpmnShape shape, Event event, String fill, Context context) {
    Bounds b = shape.getBounds();
    double cx = b.getX() + b.getWidth() / 2;
    double cy = b.getY() + b.getHeight() / 2;
    double r = Math.min(b.getWidth(), b.getHeight()) / 2;
    String dash = event instanceof BoundaryEvent boundary && !boundary.cancelActivity()
        || event instanceof StartEvent start && !start.isInterrupting() ? " stroke-dasharray=\"4 2\"" : "";
    double strokeWidth = event instanceof EndEvent ? 4 : event instanceof StartEvent ? 2 : 1.5;
    double outer = event instanceof EndEvent ? r - 1.5 : r;
    out.append("<circle class=\"pd-form\" cx=\"").append(n(cx)).append("\" cy=\"").append(n(cy)).append("\" r=\"")
        .append(n(outer)).append("\" fill=\"").append(fill).append("\" stroke=\"").append(INK)
        .append("\" stroke-width=\"").append(n(strokeWidth)).append('"').append(dash).append("/>");
    boolean intermediate = !(event instanceof StartEvent) && !(event instanceof EndEvent);
    if (intermediate) {
      out.append("<circle cx=\"").append(n(cx)).append("\" cy=\"").append(n(cy)).append("\" r=\"").append(n(r - 3))
          .append("\" fill=\"none\" stroke=\"").append(INK).append("\" stroke-width=\"1.5\"").append(dash)
          .append("/>");
    }
    boolean filled = event instanceof ThrowEvent;
    for (EventDefinition definition : definitions(event)) {
      eventMarker(out, definition, cx, cy, r, filled);
      break;
    }
    eventLabel(out, shape, context);
  }

  private static Collection<EventDefinition> definitions(Event event) {
    if (event instanceof CatchEvent c) {
      return c.getEventDefinitions();
    }
    if (event instanceof ThrowEvent t) {
      return t.getEventDefinitions();
    }
    return List.of();
  }

  private static void eventMarker(StringBuilder out, EventDefinition definition, double cx, double cy, double r,
      boolean filled) {
    if (definition instanceof TimerEventDefinition) {
      double c = r * 0.62;
      out.append("<circle cx=\"").append(n(cx)).append("\" cy=\"").append(n(cy)).append("\" r=\"").append(n(c))
          .append("\" fill=\"#ffffff\" stroke=\"").append(INK).append("\" stroke-width=\"1.5\"/>");
      for (int hour = 0; hour < 12; hour += 3) {
        double angle = Math.toRadians(hour * 30);
        out.append(line(cx + Math.sin(angle) * c * 0.75, cy - Math.cos(angle) * c * 0.75, cx + Math.sin(angle) * c,
            cy - Math.cos(angle) * c, 1));
      }
      out.append(line(cx, cy, cx, cy - c * 0.7, 1.5)).append(line(cx, cy, cx + c * 0.5, cy + c * 0.1, 1.5));
    } else if (definition instanceof MessageEventDefinition) {
      envelope(out, cx, cy, r * 0.5, filled);
    } else if (definition instanceof SignalEventDefinition) {
      double s = r * 0.55;
      out.append("<polygon points=\"").append(n(cx)).append(',').append(n(cy - s)).append(' ').append(n(cx + s))
          .append(',').append(n(cy + s * 0.7)).append(' ').append(n(cx - s)).append(',').append(n(cy + s * 0.7))
          .append("\" fill=\"").append(filled ? INK : "none").append("\" stroke=\"").append(INK)
          .append("\" stroke-width=\"1.5\"/>");
    } else if (definition instanceof ErrorEventDefinition) {
      double s = r * 0.5;
      out.append("<polygon points=\"").append(n(cx - s)).append(',').append(n(cy + s)).append(' ')
          .append(n(cx - s * 0.4)).append(',').append(n(cy - s)).append(' ').append(n(cx + s * 0.2)).append(',')
          .append(n(cy + s * 0.2)).append(' ').append(n(cx + s)).append(',').append(n(cy - s)).append(' ')
          .append(n(cx + s * 0.4)).append(',').append(n(cy + s)).append(' ').append(n(cx - s * 0.2)).append(',')
          .append(n(cy - s * 0.2)).append("\" fill=\"").append(filled ? INK : "none").append("\" stroke=\"")
          .append(INK).append("\" stroke-width=\"1.2\"/>");
    } else if (definition instanceof ConditionalEventDefinition) {
      double s = r * 0.45;
      out.append("<rect x=\"").append(n(cx - s)).append("\" y=\"").append(n(cy - s * 1.2)).append("\" width=\"")
          .append(n(2 * s)).append("\" height=\"").append(n(2.4 * s)).append("\" fill=\"none\" stroke=\"")
          .append(INK).append("\" stroke-width=\"1.2\"/>");
      for (int i = 0; i < 4; i++) {
        double ly = cy - s * 0.75 + i * s * 0.5;
        out.append(line(cx - s * 0.6, ly, cx + s * 0.6, ly, 1));
      }
    } else if (definition instanceof TerminateEventDefinition) {
      out.append("<circle cx=\"").append(n(cx)).append("\" cy=\"").append(n(cy)).append("\" r=\"")
          .append(n(r * 0.55)).append("\" fill=\"").append(INK).append("\"/>");
    }
  }

  private static void envelope(StringBuilder out, double cx, double cy, double half, boolean filled) {
    double w = half * 2;
    double h = half * 1.4;
    double x = cx - half;
    double y = cy - h / 2;
    out.append("<rect x=\"").append(n(x)).append("\" y=\"").append(n(y)).append("\" width=\"").append(n(w))
        .append("\" height=\"").append(n(h)).append("\" fill=\"").append(filled ? INK : "#ffffff")
        .append("\" stroke=\"").append(INK).append("\" stroke-width=\"1.2\"/><polyline points=\"").append(n(x))
        .append(',').append(n(y)).append(' ').append(n(cx)).append(',').append(n(y + h * 0.55)).append(' ')
        .append(n(x + w)).append(',').append(n(y)).append("\" fill=\"none\" stroke=\"")
        .append(filled ? "#ffffff" : INK).append("\" stroke-width=\"1.2\"/>");
  }

  private void gateway(StringBuilder out, BpmnShape shape, Gateway gateway, String fill, Context context) {
    Bounds b = shape.getBounds();
    double x = b.getX();
    double y = b.getY();
    double w = b.getWidth();
    double h = b.getHeight();
    double cx = x + w / 2;
    double cy = y + h / 2;
    out.append("<polygon class=\"pd-form\" points=\"").append(n(cx)).append(',').append(n(y)).append(' ')
        .append(n(x + w)).append(',').append(n(cy)).append(' ').append(n(cx)).append(',').append(n(y + h))
        .append(' ').append(n(x)).append(',').append(n(cy)).append("\" fill=\"").append(fill)
        .append("\" stroke=\"").append(INK).append("\" stroke-width=\"1.5\" stroke-linejoin=\"round\"/>");
    if (gateway instanceof ExclusiveGateway) {
      double s = w * 0.17;
      out.append(line(cx - s, cy - s, cx + s, cy + s, 4)).append(line(cx - s, cy + s, cx + s, cy - s, 4));
    } else if (gateway instanceof ParallelGateway) {
      double s = w * 0.26;
      out.append(line(cx, cy - s, cx, cy + s, 4)).append(line(cx - s, cy, cx + s, cy, 4));
    } else if (gateway instanceof InclusiveGateway) {
      out.append("<circle cx=\"").append(n(cx)).append("\" cy=\"").append(n(cy)).append("\" r=\"")
          .append(n(w * 0.22)).append("\" fill=\"none\" stroke=\"").append(INK).append("\" stroke-width=\"3\"/>");
    } else if (gateway instanceof EventBasedGateway) {
      double r = w * 0.26;
      out.append("<circle cx=\"").append(n(cx)).append("\" cy=\"").append(n(cy)).append("\" r=\"").append(n(r))
          .append("\" fill=\"none\" stroke=\"").append(INK).append("\" stroke-width=\"1\"/><circle cx=\"")
          .append(n(cx)).append("\" cy=\"").append(n(cy)).append("\" r=\"").append(n(r - 2.5))
          .append("\" fill=\"none\" stroke=\"").append(INK).append("\" stroke-width=\"1\"/><polygon points=\"");
      double p = r * 0.6;
      for (int i = 0; i < 5; i++) {
        double angle = Math.toRadians(-90 + i * 72);
        out.append(i == 0 ? "" : " ").append(n(cx + Math.cos(angle) * p)).append(',')
            .append(n(cy + Math.sin(angle) * p));
      }
      out.append("\" fill=\"none\" stroke=\"").append(INK).append("\" stroke-width=\"1.2\"/>");
    } else if (gateway instanceof ComplexGateway) {
      double s = w * 0.24;
      double d = s * 0.7;
      out.append(line(cx, cy - s, cx, cy + s, 3)).append(line(cx - s, cy, cx + s, cy, 3))
          .append(line(cx - d, cy - d, cx + d, cy + d, 3)).append(line(cx - d, cy + d, cx + d, cy - d, 3));
    }
    eventLabel(out, shape, context);
  }

  /** The name of an event or gateway, where the layout pass put it. */
  private static void eventLabel(StringBuilder out, BpmnShape shape, Context context) {
    TextBlock block = context.outsideLabels().get(shape);
    if (block != null) {
      lines(out, block, true);
    }
  }

  /** The name of an event or gateway: in its label bounds where the modeller put them, else below the shape. */
  private static TextBlock outsideLabel(BpmnShape shape, String name) {
    Bounds b = shape.getBounds();
    Bounds label = shape.getBpmnLabel() == null ? null : shape.getBpmnLabel().getBounds();
    if (label != null && label.getWidth() != null && label.getWidth() > 0) {
      double width = Math.max(label.getWidth() + 12, 90);
      return new TextBlock(wrap(name, width, 5), label.getX() + label.getWidth() / 2, label.getY(), "middle",
          FONT_SIZE);
    }
    return new TextBlock(wrap(name, 100, 4), b.getX() + b.getWidth() / 2, b.getY() + b.getHeight() + 4, "middle",
        FONT_SIZE);
  }

  private static boolean collides(Area area, List<Area> others) {
    return others.stream().anyMatch(area::overlaps);
  }

  private void badge(StringBuilder out, BpmnShape shape, FlowNode node, StepFigure figure, boolean aggregateOnly) {
    Bounds b = shape.getBounds();
    String text = DiagramTexts.badge(figure.waiting(), aggregateOnly);
    double width = Math.max(22, text.length() * 7.2 + 10);
    double right = node instanceof Activity ? b.getX() + b.getWidth() + 8 : b.getX() + b.getWidth() + width - 8;
    double top = b.getY() - 10;
    out.append("<g class=\"pd-antal\"><rect x=\"").append(n(right - width)).append("\" y=\"").append(n(top))
        .append("\" width=\"").append(n(width)).append("\" height=\"20\" rx=\"10\" fill=\"").append(BADGE)
        .append("\" stroke=\"#ffffff\" stroke-width=\"1.5\"/><text x=\"").append(n(right - width / 2))
        .append("\" y=\"").append(n(top + 14.5)).append("\" text-anchor=\"middle\" fill=\"#ffffff\" ")
        .append("font-weight=\"700\">").append(esc(text)).append("</text></g>");
    if (figure.heatLevel() > 0) {
      if (node instanceof SubProcess && shape.isExpanded()) {
        meter(out, b.getX() + b.getWidth() - 62, b.getY() + 8, figure.heatLevel());
      } else if (node instanceof Activity activity) {
        meter(out, b.getX() + (hasIcon(activity) ? 26 : 8), b.getY() + 8, figure.heatLevel());
      } else {
        meter(out, b.getX() + b.getWidth() / 2 - 19, b.getY() - 12, figure.heatLevel());
      }
    }
  }

  /** The heat level as five squares, the first {@code level} filled: the class without colour. */
  private static void meter(StringBuilder out, double x, double y, int level) {
    out.append("<g class=\"pd-matare\">");
    for (int i = 0; i < HeatScale.LEVELS; i++) {
      out.append("<rect x=\"").append(n(x + i * 8)).append("\" y=\"").append(n(y)).append("\" width=\"6\" ")
          .append("height=\"6\" fill=\"").append(i < level ? INK : "#ffffff").append("\" stroke=\"").append(INK)
          .append("\" stroke-width=\"1\"/>");
    }
    out.append("</g>");
  }

  private void pool(StringBuilder out, BpmnShape shape) {
    BaseElement element = element(shape);
    Bounds b = shape.getBounds();
    String name = clean(element.getAttributeValue("name"));
    out.append("<g class=\"").append(element instanceof Lane ? "pd-bana" : "pd-pool").append("\">");
    rect(out, b, 0, "none", 1.5, null);
    double band = 30;
    if (element instanceof Participant) {
      out.append(line(b.getX() + band, b.getY(), b.getX() + band, b.getY() + b.getHeight(), 1.5));
    }
    if (name != null) {
      double cx = b.getX() + band / 2;
      double cy = b.getY() + b.getHeight() / 2;
      List<String> lines = wrap(name, b.getHeight() - 10, 1);
      out.append("<text x=\"").append(n(cx)).append("\" y=\"").append(n(cy + 4)).append("\" transform=\"rotate(-90 ")
          .append(n(cx)).append(' ').append(n(cy)).append(")\" text-anchor=\"middle\" fill=\"").append(INK)
          .append("\">").append(esc(lines.isEmpty() ? "" : lines.get(0))).append("</text>");
    }
    out.append("</g>");
  }

  private void annotation(StringBuilder out, BpmnShape shape) {
    TextAnnotation annotation = (TextAnnotation) element(shape);
    Bounds b = shape.getBounds();
    out.append("<g class=\"pd-anteckning\"><path d=\"M").append(n(b.getX() + 12)).append(',').append(n(b.getY()))
        .append(" H").append(n(b.getX())).append(" V").append(n(b.getY() + b.getHeight())).append(" H")
        .append(n(b.getX() + 12)).append("\" fill=\"none\" stroke=\"").append(INK).append("\" stroke-width=\"1\"/>");
    String text = annotation.getText() == null ? null : clean(annotation.getText().getTextContent());
    if (text != null) {
      int maxLines = Math.max(1, (int) Math.floor((b.getHeight() - 4) / LINE));
      List<String> lines = wrap(text, b.getWidth() - 8, maxLines);
      lines(out, lines, b.getX() + 5, b.getY() + 2, "start");
    }
    out.append("</g>");
  }

  // ---------------------------------------------------------------------------------------------------------------
  // Flows

  private void edge(StringBuilder out, BpmnEdge edge, Context context) {
    BaseElement element = element(edge);
    List<Waypoint> points = new ArrayList<>(edge.getWaypoints());
    StringBuilder d = new StringBuilder();
    for (int i = 0; i < points.size(); i++) {
      d.append(i == 0 ? "M" : " L").append(n(points.get(i).getX())).append(',').append(n(points.get(i).getY()));
    }
    String id = element.getId() == null ? "" : element.getId();
    out.append("<path class=\"pd-flode\" data-bpmn=\"").append(esc(id)).append("\" d=\"").append(d)
        .append("\" fill=\"none\" stroke=\"").append(INK).append("\" stroke-linejoin=\"round\"");
    if (element instanceof MessageFlow) {
      out.append(" stroke-width=\"1.5\" stroke-dasharray=\"6 4\" marker-end=\"url(#").append(context.prefix())
          .append("-oppen)\"/>");
    } else if (element instanceof Association) {
      out.append(" stroke-width=\"1\" stroke-dasharray=\"2 3\"/>");
      return;
    } else {
      out.append(" stroke-width=\"1.5\" marker-end=\"url(#").append(context.prefix()).append("-pil)\"/>");
    }
    double x0 = points.get(0).getX();
    double y0 = points.get(0).getY();
    double dx = points.get(1).getX() - x0;
    double dy = points.get(1).getY() - y0;
    double length = Math.hypot(dx, dy);
    if (length == 0) {
      return;
    }
    double ux = dx / length;
    double uy = dy / length;
    if (element instanceof SequenceFlow flow && isDefault(flow)) {
      // The default flow's slash, near its source.
      double mx = x0 + ux * 10;
      double my = y0 + uy * 10;
      double sx = (ux - uy) * 4.5;
      double sy = (uy + ux) * 4.5;
      out.append(line(mx - sx, my - sy, mx + sx, my + sy, 1.5));
    }
    String name = clean(element.getAttributeValue("name"));
    if (name == null) {
      return;
    }
    org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnLabel bpmnLabel = edge.getBpmnLabel();
    Bounds label = bpmnLabel == null ? null : bpmnLabel.getBounds();
    TextBlock block;
    if (label != null && label.getWidth() != null && label.getWidth() > 0) {
      block = new TextBlock(wrap(name, Math.max(label.getWidth() + 12, 60), 3), label.getX() + label.getWidth() / 2,
          label.getY(), "middle", FONT_SIZE);
    } else {
      block = flowLabel(name, x0, y0, ux, uy, length, context.occupied());
    }
    context.occupied().add(block.area());
    out.append("<g class=\"pd-flodesnamn\">");
    lines(out, block, true);
    out.append("</g>");
  }

  /**
   * A flow's name without label bounds: beside its first segment near the source, at the first place along it that
   * is clear of the shapes and the names already placed.
   */
  private static TextBlock flowLabel(String name, double x0, double y0, double ux, double uy, double length,
      List<Area> occupied) {
    List<String> lines = wrap(name, 110, 3);
    double height = lines.size() * (FONT_SIZE + 2);
    List<TextBlock> candidates = new ArrayList<>();
    boolean vertical = Math.abs(uy) >= Math.abs(ux);
    for (double t = 6; t == 6 || t + height <= length - 6; t += 14) {
      if (vertical) {
        double top = uy > 0 ? y0 + t : y0 - t - height;
        candidates.add(new TextBlock(lines, x0 + 5, top, "start", FONT_SIZE));
        candidates.add(new TextBlock(lines, x0 - 5, top, "end", FONT_SIZE));
      } else {
        double x = ux > 0 ? x0 + t : x0 - t;
        String anchor = ux > 0 ? "start" : "end";
        candidates.add(new TextBlock(lines, x, y0 - 3 - height, anchor, FONT_SIZE));
        candidates.add(new TextBlock(lines, x, y0 + 3, anchor, FONT_SIZE));
      }
      if (candidates.size() > 12) {
        break;
      }
    }
    return candidates.stream().filter(c -> !collides(c.area(), occupied)).findFirst()
        .orElseGet(() -> candidates.stream().min(Comparator.comparingDouble(c -> overlap(c.area(), occupied)))
            .orElseThrow());
  }

  private static double overlap(Area area, List<Area> others) {
    double total = 0;
    for (Area other : others) {
      double w = Math.min(area.right(), other.right()) - Math.max(area.left(), other.left());
      double h = Math.min(area.bottom(), other.bottom()) - Math.max(area.top(), other.top());
      if (w > 0 && h > 0) {
        total += w * h;
      }
    }
    return total;
  }

  private static boolean isDefault(SequenceFlow flow) {
    FlowNode source = flow.getSource();
    SequenceFlow fallback = null;
    if (source instanceof ExclusiveGateway g) {
      fallback = g.getDefault();
    } else if (source instanceof InclusiveGateway g) {
      fallback = g.getDefault();
    } else if (source instanceof ComplexGateway g) {
      fallback = g.getDefault();
    } else if (source instanceof Activity a) {
      fallback = a.getDefault();
    }
    return fallback != null && fallback.getId() != null && fallback.getId().equals(flow.getId());
  }

  // ---------------------------------------------------------------------------------------------------------------
  // Text

  /**
   * The title of a step with figures: "Bedöm aktualiseringen: 12 väntar, median 3 dagar, 90:e percentilen 9 dagar".
   */
  static String title(String name, StepFigure figure, boolean aggregateOnly) {
    StringBuilder title = new StringBuilder(name).append(": ")
        .append(DiagramTexts.waiting(figure.waiting(), aggregateOnly)).append(" väntar");
    if (figure.median() == null) {
      title.append(", ingen tid uppmätt ännu");
    } else {
      title.append(", median ").append(DiagramTexts.duration(figure.median()));
      if (figure.p90() != null) {
        title.append(", 90:e percentilen ").append(DiagramTexts.duration(figure.p90()));
      }
    }
    return title.toString();
  }

  /** A block of text: its lines, where its first line's top is, how it is anchored, and its font size. */
  record TextBlock(List<String> lines, double x, double top, String anchor, double fontSize) {

    double width() {
      return lines.stream().mapToDouble(l -> textWidth(l, fontSize)).max().orElse(0);
    }

    double lineHeight() {
      return fontSize + 2;
    }

    Area area() {
      double w = width();
      double left = anchor.equals("middle") ? x - w / 2 : anchor.equals("end") ? x - w : x;
      return new Area(left, top, left + w, top + lines.size() * lineHeight());
    }

    TextBlock moved(double dx, double dy) {
      return new TextBlock(lines, x + dx, top + dy, anchor, fontSize);
    }
  }

  /** A rectangle in the diagram's coordinates, for keeping labels apart. */
  record Area(double left, double top, double right, double bottom) {

    static Area of(Bounds b) {
      return new Area(b.getX(), b.getY(), b.getX() + b.getWidth(), b.getY() + b.getHeight());
    }

    boolean overlaps(Area other) {
      return left < other.right && other.left < right && top < other.bottom && other.top < bottom;
    }
  }

  private static void lines(StringBuilder out, TextBlock block) {
    lines(out, block, false);
  }

  /** Text; with {@code halo}, outlined in white so it stays readable where a flow crosses it. */
  private static void lines(StringBuilder out, TextBlock block, boolean halo) {
    if (block.lines().isEmpty()) {
      return;
    }
    out.append("<text class=\"pd-text\" x=\"").append(n(block.x())).append("\" y=\"")
        .append(n(block.top() + block.fontSize())).append("\" text-anchor=\"").append(block.anchor()).append('"');
    if (block.fontSize() != FONT_SIZE) {
      out.append(" font-size=\"").append(n(block.fontSize())).append('"');
    }
    if (halo) {
      out.append(" stroke=\"#ffffff\" stroke-width=\"3\" stroke-linejoin=\"round\" paint-order=\"stroke\"");
    }
    out.append(" fill=\"").append(INK).append("\">");
    for (int i = 0; i < block.lines().size(); i++) {
      out.append("<tspan x=\"").append(n(block.x())).append('"');
      if (i > 0) {
        out.append(" dy=\"").append(n(block.lineHeight())).append('"');
      }
      out.append('>').append(esc(block.lines().get(i))).append("</tspan>");
    }
    out.append("</text>");
  }

  private static void lines(StringBuilder out, List<String> lines, double x, double top, String anchor) {
    lines(out, new TextBlock(lines, x, top, anchor, FONT_SIZE));
  }

  private void label(StringBuilder out, String text, double x, double top, double width, int maxLines,
      String anchor) {
    lines(out, wrap(text, width, maxLines), x, top, anchor);
  }

  /**
   * The estimated width of a text at a font size, per character from the widths of DejaVu Sans (the widest of the
   * usual sans-serif fonts), so the text fits with any of them.
   */
  static double textWidth(String text, double fontSize) {
    double width = 0;
    for (int i = 0; i < text.length(); i++) {
      width += charWidth(text.charAt(i));
    }
    return width * fontSize / FONT_SIZE;
  }

  private static double charWidth(char c) {
    if ("ijlI.,:;!|' ".indexOf(c) >= 0) {
      return c == ' ' ? 3.8 : 3.4;
    }
    if ("ftr()-/".indexOf(c) >= 0) {
      return 4.9;
    }
    if (c == 'm' || c == 'w') {
      return 11.1;
    }
    if (c == 'M' || c == 'W') {
      return 11.2;
    }
    if (Character.isUpperCase(c)) {
      return 8.4;
    }
    if (Character.isDigit(c)) {
      return 7.7;
    }
    return 7.4;
  }

  /** Words wrapped to lines that fit {@code width} at 12 px (see {@link #wrap(String, double, int, double)}). */
  static List<String> wrap(String text, double width, int maxLines) {
    return wrap(text, width, maxLines, FONT_SIZE);
  }

  /**
   * Words wrapped to lines that fit {@code width} (by {@link #textWidth}); a word too long for a line is cut with a
   * hyphen; past {@code maxLines} the last line ends with "…" (the full name is in the title and the table).
   */
  static List<String> wrap(String text, double width, int maxLines, double fontSize) {
    return wrapped(text, width, maxLines, fontSize).lines();
  }

  private static boolean vowel(char c) {
    return "aeiouyåäöéAEIOUYÅÄÖÉ".indexOf(c) >= 0;
  }

  /** Wrapped lines, and whether a word had to be cut where it has no hyphen of its own. */
  private record Wrapped(List<String> lines, boolean cutWord) {
  }

  private static Wrapped wrapped(String text, double width, int maxLines, double fontSize) {
    List<String> lines = new ArrayList<>();
    if (text == null || text.isBlank() || maxLines < 1) {
      return new Wrapped(lines, false);
    }
    boolean cutWord = false;
    StringBuilder current = new StringBuilder();
    for (String whole : text.trim().split("\\s+")) {
      // A word may break after a hyphen of its own ("Sarah-|rapport"); those parts follow without a space.
      String[] parts = whole.split("(?<=-)(?=.)");
      for (int p = 0; p < parts.length; p++) {
        String word = parts[p];
        String joint = p == 0 ? " " : "";
        while (textWidth(word, fontSize) > width && word.length() > 3) {
          if (!current.isEmpty()) {
            lines.add(current.toString());
            current.setLength(0);
          }
          int fits = 2;
          while (fits < word.length() - 1 && textWidth(word.substring(0, fits + 1) + "-", fontSize) <= width) {
            fits++;
          }
          // Leave at least four letters for the next line, and prefer a break between two consonants before a
          // vowel, as Swedish hyphenates ("restaurangrap-porter", "Skyddsbedöm-ning").
          if (word.length() - fits < 4 && word.length() >= 8) {
            fits = Math.max(3, word.length() - 4);
          }
          for (int i = fits; i >= Math.max(3, fits - 6); i--) {
            if (i + 1 < word.length() && !vowel(word.charAt(i - 1)) && !vowel(word.charAt(i))
                && vowel(word.charAt(i + 1)) && Character.isLetter(word.charAt(i - 1))) {
              fits = i;
              break;
            }
          }
          lines.add(word.substring(0, fits) + "-");
          word = word.substring(fits);
          cutWord = true;
          joint = " ";
        }
        if (current.isEmpty()) {
          current.append(word);
        } else if (textWidth(current + joint + word, fontSize) <= width) {
          current.append(joint.equals(" ") ? " " : "").append(word);
        } else {
          lines.add(current.toString());
          current.setLength(0);
          current.append(word);
        }
      }
    }
    if (!current.isEmpty()) {
      lines.add(current.toString());
    }
    if (lines.size() > maxLines) {
      lines = new ArrayList<>(lines.subList(0, maxLines));
      String last = lines.get(maxLines - 1);
      if (last.endsWith("-")) {
        last = last.substring(0, last.length() - 1);
      }
      while (last.length() > 1 && textWidth(last + "…", fontSize) > width) {
        last = last.substring(0, last.length() - 1);
      }
      lines.set(maxLines - 1, last.stripTrailing() + "…");
    }
    return new Wrapped(lines, cutWord);
  }

  /**
   * A name fitted into a box: at 12 px if it fits whole, else at 11 or 10 px, else at 10 px with long words cut and,
   * past the box, the last line ended with "…".
   */
  static TextBlock fitted(String text, double x, double top, double width, double height, String anchor) {
    for (double size = FONT_SIZE; size >= 10; size--) {
      int maxLines = Math.max(1, (int) Math.floor(height / (size + 2)));
      Wrapped all = wrapped(text, width, 100, size);
      if (all.lines().size() <= maxLines && !all.cutWord()) {
        return new TextBlock(all.lines(), x, top, anchor, size);
      }
    }
    int maxLines = Math.max(1, (int) Math.floor(height / (10 + 2)));
    return new TextBlock(wrap(text, width, maxLines, 10), x, top, anchor, 10);
  }

  /**
   * Text for XML content or a quoted attribute: {@code & < > " '} as references, characters XML 1.0 does not allow
   * left out.
   */
  static String esc(String text) {
    if (text == null) {
      return "";
    }
    StringBuilder out = new StringBuilder(text.length() + 16);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '"' -> out.append("&quot;");
        case '\'' -> out.append("&#39;");
        default -> {
          if (c == '\t' || c == '\n' || c == '\r' || c >= 0x20 && c < 0xD800 || c >= 0xE000 && c < 0xFFFE) {
            out.append(c);
          } else if (Character.isHighSurrogate(c) && i + 1 < text.length()
              && Character.isLowSurrogate(text.charAt(i + 1))) {
            out.append(c).append(text.charAt(++i));
          }
        }
      }
    }
    return out.toString();
  }

  /** A number for an attribute: at most two decimals, a point, no exponent. */
  static String n(double value) {
    if (value == Math.rint(value) && Math.abs(value) < 1e9) {
      return Long.toString((long) value);
    }
    return String.format(Locale.ROOT, "%.2f", value).replaceAll("0+$", "").replaceAll("\\.$", "");
  }

  private static String line(double x1, double y1, double x2, double y2, double width) {
    return "<line x1=\"" + n(x1) + "\" y1=\"" + n(y1) + "\" x2=\"" + n(x2) + "\" y2=\"" + n(y2) + "\" stroke=\"" + INK
        + "\" stroke-width=\"" + n(width) + "\" stroke-linecap=\"round\"/>";
  }

  private static void rect(StringBuilder out, Bounds b, double radius, String fill, double strokeWidth,
      String dash) {
    out.append("<rect class=\"pd-form\" x=\"").append(n(b.getX())).append("\" y=\"").append(n(b.getY()))
        .append("\" width=\"").append(n(b.getWidth())).append("\" height=\"").append(n(b.getHeight()))
        .append("\" rx=\"").append(n(radius)).append("\" fill=\"").append(fill).append("\" stroke=\"").append(INK)
        .append("\" stroke-width=\"").append(n(strokeWidth)).append('"');
    if (dash != null) {
      out.append(" stroke-dasharray=\"").append(dash).append('"');
    }
    out.append("/>");
  }

  // ---------------------------------------------------------------------------------------------------------------
  // The model

  /** The plane to draw: the first diagram of the process or collaboration, or {@code null} when there is none. */
  static BpmnPlane plane(BpmnModelInstance model) {
    if (model == null || model.getDefinitions() == null) {
      return null;
    }
    BpmnPlane first = null;
    for (BpmnDiagram diagram : model.getDefinitions().getBpmDiagrams()) {
      BpmnPlane plane = diagram.getBpmnPlane();
      if (plane == null) {
        continue;
      }
      BaseElement element = planeElement(plane);
      if (element instanceof Process || element instanceof Collaboration) {
        return plane;
      }
      if (first == null) {
        first = plane;
      }
    }
    return first;
  }

  private static BaseElement planeElement(BpmnPlane plane) {
    try {
      return plane.getBpmnElement();
    } catch (RuntimeException unresolved) {
      return null;
    }
  }

  /** The element a shape or edge draws, or {@code null} when its reference does not resolve. */
  private static BaseElement element(DiagramElement diagramElement) {
    try {
      if (diagramElement instanceof BpmnShape shape) {
        return shape.getBpmnElement();
      }
      if (diagramElement instanceof BpmnEdge edge) {
        return edge.getBpmnElement();
      }
    } catch (RuntimeException unresolved) {
      return null;
    }
    return null;
  }

  private static String processKey(BpmnModelInstance model, BpmnPlane plane) {
    BaseElement element = plane == null ? null : planeElement(plane);
    if (element != null && element.getId() != null) {
      return element.getId();
    }
    Collection<Process> processes = model.getModelElementsByType(Process.class);
    return processes.isEmpty() || processes.iterator().next().getId() == null ? "process"
        : processes.iterator().next().getId();
  }

  private static String processName(BpmnModelInstance model, BpmnPlane plane) {
    Collection<Process> processes = model == null ? List.of() : model.getModelElementsByType(Process.class);
    BaseElement element = plane == null ? null : planeElement(plane);
    if (element instanceof Process process && clean(process.getName()) != null) {
      return clean(process.getName());
    }
    for (Process process : processes) {
      if (clean(process.getName()) != null) {
        return clean(process.getName());
      }
    }
    return "Processen";
  }

  /** A step's name from the model (whitespace collapsed), or words for a step without one. */
  static String stepName(BpmnModelInstance model, String step) {
    Object element = model == null || step == null ? null : model.getModelElementById(step);
    if (element instanceof FlowNode node) {
      return stepName(node);
    }
    return "Steg som inte finns i ritningen";
  }

  /** A name that two steps share, told apart by the sub-process a step lies in: "Registrera (i Akut oro)". */
  private static String withinName(BpmnModelInstance model, String step, String name) {
    Object element = model == null ? null : model.getModelElementById(step);
    if (element instanceof FlowNode node && node.getParentElement() instanceof SubProcess sub
        && clean(sub.getName()) != null) {
      return name + " (i " + clean(sub.getName()) + ")";
    }
    return name;
  }

  private static String stepName(FlowNode node) {
    String name = clean(node.getName());
    if (name != null) {
      return name;
    }
    if (node instanceof Activity) {
      return "Namnlös uppgift";
    }
    if (node instanceof Event) {
      return "Namnlös händelse";
    }
    if (node instanceof Gateway) {
      return "Namnlöst vägval";
    }
    return "Namnlöst steg";
  }

  private static String clean(String text) {
    if (text == null) {
      return null;
    }
    String cleaned = text.replaceAll("\\s+", " ").trim();
    return cleaned.isEmpty() ? null : cleaned;
  }

  private static String idPart(String text) {
    String part = text.replaceAll("[^A-Za-z0-9_-]", "-");
    return part.isEmpty() ? "process" : part;
  }

  private static double area(Bounds b) {
    return b.getWidth() * b.getHeight();
  }

  private record Box(double minX, double minY, double maxX, double maxY) {
    double width() {
      return maxX - minX;
    }

    double height() {
      return maxY - minY;
    }
  }

  private static Box box(List<BpmnShape> shapes, List<BpmnEdge> edges) {
    double minX = Double.MAX_VALUE;
    double minY = Double.MAX_VALUE;
    double maxX = -Double.MAX_VALUE;
    double maxY = -Double.MAX_VALUE;
    for (BpmnShape shape : shapes) {
      Bounds b = shape.getBounds();
      minX = Math.min(minX, b.getX());
      minY = Math.min(minY, b.getY());
      maxX = Math.max(maxX, b.getX() + b.getWidth());
      maxY = Math.max(maxY, b.getY() + b.getHeight());
      Bounds label = shape.getBpmnLabel() == null ? null : shape.getBpmnLabel().getBounds();
      if (label != null && label.getWidth() != null) {
        minX = Math.min(minX, label.getX() - 8);
        minY = Math.min(minY, label.getY());
        maxX = Math.max(maxX, label.getX() + label.getWidth() + 8);
        maxY = Math.max(maxY, label.getY() + Math.max(label.getHeight(), 4 * LINE));
      } else if (!(element(shape) instanceof Activity) && !(element(shape) instanceof Participant)
          && !(element(shape) instanceof Lane)) {
        // Labels drawn below events and gateways without label bounds.
        maxY = Math.max(maxY, b.getY() + b.getHeight() + 4 + 2 * LINE);
        minX = Math.min(minX, b.getX() + b.getWidth() / 2 - 50);
        maxX = Math.max(maxX, b.getX() + b.getWidth() / 2 + 50);
      }
    }
    for (BpmnEdge edge : edges) {
      for (Waypoint point : edge.getWaypoints()) {
        minX = Math.min(minX, point.getX());
        minY = Math.min(minY, point.getY());
        maxX = Math.max(maxX, point.getX());
        maxY = Math.max(maxY, point.getY());
      }
    }
    // Room for the badges above and right of the steps, and a margin.
    return new Box(Math.floor(minX - MARGIN), Math.floor(minY - MARGIN - 12), Math.ceil(maxX + MARGIN + 12),
        Math.ceil(maxY + MARGIN));
  }
}
