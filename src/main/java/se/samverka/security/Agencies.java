package se.samverka.security;

import java.util.Collection;
import java.util.List;
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
  /** Agencies outside the cooperation's secrecy (EST's housing and security companies): never a party of a case. */
  private final java.util.Set<String> outsideAgencies;

  @org.springframework.beans.factory.annotation.Autowired
  Agencies(SamverkaProperties properties, IdentityService identityService,
      org.springframework.core.env.Environment environment) {
    this(properties, identityService, org.springframework.boot.context.properties.bind.Binder.get(environment)
        .bind("samverka.outside-agencies", org.springframework.boot.context.properties.bind.Bindable.listOf(
            String.class)).orElse(List.of()));
  }

  Agencies(SamverkaProperties properties, IdentityService identityService, List<String> outside) {
    this.properties = properties;
    this.identityService = identityService;
    this.outsideAgencies = java.util.Set.copyOf(outside);
  }

  Agencies(SamverkaProperties properties, IdentityService identityService) {
    this(properties, identityService, List.<String>of());
  }

  /** The agency of a group, e.g. {@code samordnare} → {@code sspf}; empty for unknown groups. */
  public Optional<String> agencyOfGroup(String group) {
    return Optional.ofNullable(properties.agencies().get(group));
  }

  /** The agency of the first group that has one, in the order given. */
  public Optional<String> agencyOf(Collection<String> groups) {
    return groups.stream().map(this::agencyOfGroup).flatMap(Optional::stream).findFirst();
  }

  /** Every agency that owns some group's data, sorted by code. */
  public java.util.SortedSet<String> allAgencies() {
    return new java.util.TreeSet<>(properties.agencies().values());
  }

  /** The groups whose data these agencies own, sorted. */
  public java.util.SortedSet<String> groupsOf(Collection<String> agencyCodes) {
    java.util.SortedSet<String> groups = new java.util.TreeSet<>();
    properties.agencies().forEach((group, agency) -> {
      if (agencyCodes.contains(agency)) {
        groups.add(group);
      }
    });
    return groups;
  }

  /**
   * An agency of the cooperation, which a case may be disclosed to or a consent may name; the outside agencies
   * ({@code samverka.outside-agencies}, EST's housing and security companies) are not, though their users log in.
   */
  public boolean isAgency(String code) {
    return properties.agencies().containsValue(code) && !outsideAgencies.contains(code);
  }

  /**
   * A party a consent may name: an agency ({@code skola}) or a configured unit of one ({@code skola:paulinska}).
   */
  public boolean isParty(String code) {
    return isAgency(code) || unit(code) != null;
  }

  /** The agency of a party: {@code skola:paulinska} → {@code skola}, {@code polis} → {@code polis}. */
  public static String agencyOfParty(String party) {
    int colon = party.indexOf(':');
    return colon < 0 ? party : party.substring(0, colon);
  }

  /** The Swedish label of a party: the unit's label, or the agency code itself. */
  public String partyLabel(String party) {
    SamverkaProperties.Unit unit = unit(party);
    return unit != null ? unit.label() : party;
  }

  /** The units configured for an agency, as party codes ({@code skola:paulinska}) with their labels. */
  public java.util.Map<String, String> unitsOf(String agency) {
    var result = new java.util.LinkedHashMap<String, String>();
    properties.units().getOrDefault(agency, java.util.Map.of())
        .forEach((code, unit) -> result.put(agency + ":" + code, unit.label()));
    return result;
  }

  /** The units the member of these groups works in: the units whose group is among them. */
  public List<String> unitsOf(Collection<String> groups) {
    List<String> units = new java.util.ArrayList<>();
    properties.units().forEach((agency, ofAgency) -> ofAgency.forEach((code, unit) -> {
      if (groups.contains(unit.group())) {
        units.add(agency + ":" + code);
      }
    }));
    return units;
  }

  /** The Camunda group of a unit ({@code skola:paulinska} → its configured group), or empty. */
  public Optional<String> groupOfUnit(String party) {
    return Optional.ofNullable(unit(party)).map(SamverkaProperties.Unit::group);
  }

  private SamverkaProperties.Unit unit(String party) {
    int colon = party == null ? -1 : party.indexOf(':');
    if (colon < 0) {
      return null;
    }
    return properties.units().getOrDefault(party.substring(0, colon), java.util.Map.of())
        .get(party.substring(colon + 1));
  }

  /** The acting user, if any. */
  public Optional<CurrentUser> current() {
    Authentication engineAuth = identityService.getCurrentAuthentication();
    if (engineAuth != null && engineAuth.getUserId() != null) {
      var groups = engineAuth.getGroupIds() == null ? java.util.List.<String>of() : engineAuth.getGroupIds();
      return Optional.of(user(engineAuth.getUserId(), groups));
    }
    var auth = SecurityContextHolder.getContext().getAuthentication();
    if (auth != null && auth.isAuthenticated() && !"anonymousUser".equals(auth.getName())) {
      var groups = auth.getAuthorities().stream().map(GrantedAuthority::getAuthority).toList();
      return Optional.of(user(auth.getName(), groups));
    }
    return Optional.empty();
  }

  private CurrentUser user(String userId, List<String> groups) {
    String agency = agencyOf(groups).orElse(null);
    List<String> units = unitsOf(groups).stream().filter(u -> agencyOfParty(u).equals(agency)).toList();
    return new CurrentUser(userId, groups, agency, units);
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
