package se.samverka.tasklist.web;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import se.samverka.security.Agencies;
import se.samverka.tasklist.TaskList;
import se.samverka.workflow.Labels;

/**
 * Puts the navigation ({@link Navigation}) into the model of every page, for the header fragment. It reads nothing
 * until a template shows it, so JSON answers do not pay for it.
 */
@ControllerAdvice
class NavigationAdvice {

  private final Agencies agencies;
  private final TaskList taskList;
  private final Labels labels;

  NavigationAdvice(Agencies agencies, TaskList taskList, Labels labels) {
    this.agencies = agencies;
    this.taskList = taskList;
    this.labels = labels;
  }

  @ModelAttribute("navigering")
  Navigation navigation(jakarta.servlet.http.HttpServletRequest request) {
    String path = request.getRequestURI().substring(request.getContextPath().length());
    var user = agencies.current();
    boolean cases = user.map(u -> u.agency() == null || agencies.isAgency(u.agency())).orElse(false);
    return new Navigation(user, taskList, labels, path, cases);
  }
}
