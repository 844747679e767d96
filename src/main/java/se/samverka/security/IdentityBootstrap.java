package se.samverka.security;

import static org.camunda.bpm.engine.authorization.Authorization.AUTH_TYPE_GRANT;

import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.filter.Filter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Creates the groups, the demo accounts (demo profile only), the shared Tasklist filters and the group authorizations at
 * start-up. Idempotent: every node may run it at every start. Task authorizations are not granted here: the engine
 * creates one per task for its candidate group, which is what keeps {@code skola} out of {@code socialtjanst}'s tasks.
 *
 * <p>Caseworkers no longer use Tasklist (they work in Samverka's pages and {@code /api}; {@code /camunda/**} is closed
 * to them by {@link SecurityConfiguration}), so their Tasklist grants are revoked. The group {@link #INTEGRATION_GROUP}
 * is for integration accounts (other systems using {@code /engine-rest}): it belongs to no agency and may read the
 * definitions of the processes that some group may start and start them through their start forms, nothing else: no task, instance,
 * variable, history, deployment, identity or webapp. Within the engine the submission gate checks what it submits like
 * anyone else's, and as it owns no data it cannot hand in personal data ({@code pd_} fields, identity numbers).
 */
@Component
class IdentityBootstrap {

  /** Integration accounts: other systems that use {@code /engine-rest}; no agency, no caseworker. */
  static final String INTEGRATION_GROUP = "integration";
  static final String INTEGRATION_GROUP_NAME = "Integrationer (systemkonton)";
  /** The demo's integration account, in the demo profile only. */
  static final String DEMO_INTEGRATION_USER = "integration";
  static final String MY_GROUP_FILTER = "Min grupps uppgifter";
  static final String MY_TASKS_FILTER = "Mina uppgifter";
  /**
   * Grants that earlier versions gave the managers: Cockpit with every process instance and all history, i.e. every
   * variable of every agency's processes. A manager needs figures, not the engine; they are revoked at start-up.
   */
  static final List<RetiredGrant> RETIRED_GRANTS = List.of(
      new RetiredGrant("chef", Resources.APPLICATION, "cockpit"),
      new RetiredGrant("chef", Resources.PROCESS_DEFINITION, "*"),
      new RetiredGrant("chef", Resources.PROCESS_INSTANCE, "*"));

  record RetiredGrant(String group, Resource resource, String resourceId) {}

  private static final Logger log = LoggerFactory.getLogger(IdentityBootstrap.class);

  private final IdentityService identityService;
  private final AuthorizationService authorizationService;
  private final FilterService filterService;
  private final TaskService taskService;
  private final SamverkaProperties properties;
  private final List<ProcessGrant> processGrants;

  IdentityBootstrap(IdentityService identityService, AuthorizationService authorizationService,
      FilterService filterService, TaskService taskService, SamverkaProperties properties,
      List<ProcessGrant> processGrants) {
    this.identityService = identityService;
    this.authorizationService = authorizationService;
    this.filterService = filterService;
    this.taskService = taskService;
    this.properties = properties;
    this.processGrants = processGrants;
  }

  @EventListener(ApplicationReadyEvent.class)
  @Order(1)
  public void bootstrap() {
    properties.groups().forEach(this::ensureGroup);
    ensureGroup(INTEGRATION_GROUP, INTEGRATION_GROUP_NAME, Groups.GROUP_TYPE_SYSTEM);
    // A unit's group says who works there; it routes no tasks and grants nothing in the engine by itself.
    properties.units().values().forEach(units -> units.values().forEach(u -> ensureGroup(u.group(), u.label())));
    if (properties.demo().enabled()) {
      properties.groups().forEach((id, name) -> ensureDemoUser(id, name, properties.demo().password()));
      properties.demo().units().forEach(this::ensureDemoUnit);
      ensureDemoUser(DEMO_INTEGRATION_USER, "Integration", INTEGRATION_GROUP, properties.demo().password());
    }
    RETIRED_GRANTS.forEach(this::revoke);
    // Caseworkers work in Samverka, not in Tasklist (earlier versions granted it to every group).
    properties.groups().keySet().forEach(group -> revoke(new RetiredGrant(group, Resources.APPLICATION, "tasklist")));
    for (ProcessGrant process : processGrants) {
      for (String group : process.starters()) {
        grant(group, Resources.PROCESS_DEFINITION, process.processKey(),
            Permissions.READ, ProcessDefinitionPermissions.CREATE_INSTANCE);
        grant(group, Resources.PROCESS_INSTANCE, "*", Permissions.CREATE);
      }
      for (String group : process.participants()) {
        grant(group, Resources.PROCESS_DEFINITION, process.processKey(), Permissions.READ);
      }
      if (!process.starters().isEmpty()) {
        // What a caseworker may start by hand, another system may start through the start form.
        grant(INTEGRATION_GROUP, Resources.PROCESS_DEFINITION, process.processKey(),
            Permissions.READ, ProcessDefinitionPermissions.CREATE_INSTANCE);
      }
    }
    grant(INTEGRATION_GROUP, Resources.PROCESS_INSTANCE, "*", Permissions.CREATE);
    // The administrator's Tasklist keeps the shared filters; the groups no longer read them.
    Filter groupFilter = ensureFilter(MY_GROUP_FILTER, -20, "Oklarade uppgifter för mina grupper",
        taskService.createTaskQuery().taskCandidateGroupInExpression("${currentUserGroups()}"));
    Filter mine = ensureFilter(MY_TASKS_FILTER, -10, "Uppgifter som jag har tagit",
        taskService.createTaskQuery().taskAssigneeExpression("${currentUser()}"));
    for (String group : properties.groups().keySet()) {
      revoke(new RetiredGrant(group, Resources.FILTER, groupFilter.getId()));
      revoke(new RetiredGrant(group, Resources.FILTER, mine.getId()));
    }
    log.info("Behörigheter och grupper kontrollerade: {} grupper, {} processer",
        properties.groups().size(), processGrants.size());
  }

  private void ensureGroup(String id, String name) {
    ensureGroup(id, name, Groups.GROUP_TYPE_WORKFLOW);
  }

  private void ensureGroup(String id, String name, String type) {
    if (identityService.createGroupQuery().groupId(id).count() == 0) {
      var group = identityService.newGroup(id);
      group.setName(name);
      group.setType(type);
      identityService.saveGroup(group);
    }
  }

  private void ensureDemoUser(String id, String name, String password) {
    ensureDemoUser(id, name, id, password);
  }

  private void ensureDemoUser(String id, String name, String group, String password) {
    if (identityService.createUserQuery().userId(id).count() == 0) {
      var user = identityService.newUser(id);
      user.setFirstName(name);
      user.setLastName("(demo)");
      user.setEmail(id + "@samverka.invalid");
      user.setPassword(password);
      identityService.saveUser(user);
      identityService.createMembership(id, group);
    }
  }

  /** Puts a demo user in a unit ({@code skola:paulinska}), once. */
  private void ensureDemoUnit(String userId, String party) {
    int colon = party.indexOf(':');
    var unit = colon < 0 ? null
        : properties.units().getOrDefault(party.substring(0, colon), Map.of()).get(party.substring(colon + 1));
    if (unit == null) {
      throw new IllegalStateException("samverka.demo.units: okänd enhet " + party);
    }
    if (identityService.createUserQuery().userId(userId).count() > 0
        && identityService.createUserQuery().userId(userId).memberOfGroup(unit.group()).count() == 0) {
      identityService.createMembership(userId, unit.group());
    }
  }

  private Filter ensureFilter(String name, int priority, String description,
      org.camunda.bpm.engine.task.TaskQuery query) {
    Filter existing = filterService.createFilterQuery().filterName(name).singleResult();
    if (existing != null) {
      return existing;
    }
    Filter filter = filterService.newTaskFilter(name);
    filter.setQuery(query);
    filter.setProperties(Map.of("priority", priority, "description", description, "refresh", true));
    return filterService.saveFilter(filter);
  }

  private void revoke(RetiredGrant retired) {
    authorizationService.createAuthorizationQuery().groupIdIn(retired.group()).resourceType(retired.resource())
        .resourceId(retired.resourceId()).list()
        .forEach(authorization -> authorizationService.deleteAuthorization(authorization.getId()));
  }

  private void grant(String group, Resource resource, String resourceId, Permission... permissions) {
    var existing = authorizationService.createAuthorizationQuery()
        .groupIdIn(group).resourceType(resource).resourceId(resourceId).list();
    var authorization = existing.isEmpty()
        ? authorizationService.createNewAuthorization(AUTH_TYPE_GRANT) : existing.get(0);
    boolean changed = existing.isEmpty();
    if (changed) {
      authorization.setGroupId(group);
      authorization.setResource(resource);
      authorization.setResourceId(resourceId);
    }
    for (Permission permission : permissions) {
      if (!authorization.isPermissionGranted(permission)) {
        authorization.addPermission(permission);
        changed = true;
      }
    }
    if (changed) {
      authorizationService.saveAuthorization(authorization);
    }
  }
}
