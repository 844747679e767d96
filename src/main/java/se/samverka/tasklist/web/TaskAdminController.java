package se.samverka.tasklist.web;

import java.util.Map;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;
import se.samverka.tasklist.TaskReadModel;

/** The administrator rebuilds the task read model from the engine (e.g. after restoring the engine's tables). */
@RestController
@PreAuthorize("hasAuthority('camunda-admin')")
class TaskAdminController {

  private final TaskReadModel model;

  TaskAdminController(TaskReadModel model) {
    this.model = model;
  }

  @PostMapping("/api/admin/tasks/rebuild")
  Map<String, Object> rebuild() {
    return Map.of("tasks", model.rebuild());
  }
}
