package se.samverka.security;

import java.util.Collection;
import java.util.Optional;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;

/**
 * Maps groups to the agencies that own their data and tells who is acting now: the Spring Security user of a request,
 * or the user the engine runs a command for (Tasklist, REST and our own filter all set it).
 */
@Service
public class Agencies {

  private final SamverkaProperties properties;
  private final IdentityService identityService;

  Agencies(SamverkaProperties properties, IdentityService identityService) {
    this.properties = properties;
    this.identityService = identityService;
  }

  /** The agency of a group, e.g. {@code samordnare} → {@code socialtjanst}; empty for unknown groups. */
  public Optional<String> agencyOfGroup(String group) {
    return Optional.ofNullable(properties.agencies().get(group));
  }

  /** The agency of the first group that has one, in the order given. */
  public Optional<String> agencyOf(Collection<String> groups) {
    return groups.stream().map(this::agencyOfGroup).flatMap(Optional::stream).findFirst();
  }

  public boolean isAgency(String code) {
    return properties.agencies().containsValue(code);
  }

  /** The acting user, if any. */
  public Optional<CurrentUser> current() {
    Authentication engineAuth = identityService.getCurrentAuthentication();
    if (engineAuth != null && engineAuth.getUserId() != null) {
      var groups = engineAuth.getGroupIds() == null ? java.util.List.<String>of() : engineAuth.getGroupIds();
      return Optional.of(new CurrentUser(engineAuth.getUserId(), groups, agencyOf(groups).orElse(null)));
    }
    var auth = SecurityContextHolder.getContext().getAuthentication();
    if (auth != null && auth.isAuthenticated() && !"anonymousUser".equals(auth.getName())) {
      var groups = auth.getAuthorities().stream().map(GrantedAuthority::getAuthority).toList();
      return Optional.of(new CurrentUser(auth.getName(), groups, agencyOf(groups).orElse(null)));
    }
    return Optional.empty();
  }

  /** Who is acting, for records of who did what: the user, or {@code system} for timers and the job executor. */
  public String actingUserId() {
    return current().map(CurrentUser::userId).orElse("system");
  }

  /** The acting user; fails when nobody is signed in. */
  public CurrentUser requireCurrent() {
    return current().orElseThrow(() -> new IllegalStateException("Ingen inloggad användare"));
  }
}
