package se.samverka.dashboard;

import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import se.samverka.security.Agencies;
import se.samverka.security.CurrentUser;

/**
 * Who may see the dashboards, and how much, in one place. A manager's group gives full figures of that group's agency
 * and the case numbers behind them; an overview group gives every agency's figures as aggregates with small counts
 * suppressed. A user in both gets the manager's view unless they ask for the overview; the two are never mixed.
 * Anyone else gets a 403.
 */
@Service
public class DashboardAccess {

  private final ViewerSettings settings;
  private final Agencies agencies;
  private final DashboardSettings dashboard;

  DashboardAccess(ViewerSettings settings, Agencies agencies, DashboardSettings dashboard) {
    this.settings = settings;
    this.agencies = agencies;
    this.dashboard = dashboard;
  }

  /**
   * The viewer of the follow-up report: every agency's work (every configured agency, every process's home agency and
   * {@value DashboardSettings#UNKNOWN}) in full figures and without the lists behind them
   * ({@link DashboardViewer#fullFigures}). For a service that compiles a report for the steering group, never for a
   * page: who may read the report is the report's own rule.
   */
  public DashboardViewer fullFigures(String userId) {
    Set<String> all = new LinkedHashSet<>(allAgencies());
    all.addAll(dashboard.homeAgency().values());
    all.add(DashboardSettings.UNKNOWN);
    return DashboardViewer.fullFigures(userId, all);
  }

  /** The caller as a dashboard viewer, or 403 ("Översikterna är för chefer, styrgruppen och trygghetssamordnaren"). */
  public DashboardViewer require() {
    return viewerOf(agencies.requireCurrent(), false).orElseThrow(() -> new AccessDeniedException(
        "Översikterna är till för chefer, styrgruppen och trygghetssamordnaren"));
  }

  /** The caller as an overview viewer when they asked for the overview and may have it, else as {@link #require()}. */
  public DashboardViewer require(boolean overview) {
    return viewerOf(agencies.requireCurrent(), overview).orElseThrow(() -> new AccessDeniedException(
        "Översikterna är till för chefer, styrgruppen och trygghetssamordnaren"));
  }

  public boolean mayView(CurrentUser user) {
    return viewerOf(user, false).isPresent();
  }

  /**
   * The viewer that a user is. A manager group with an agency makes a manager of that agency (the first such group in
   * the configured order); an overview group makes an overview viewer of every agency. With {@code preferOverview}, a
   * user who is both gets the overview.
   */
  public Optional<DashboardViewer> viewerOf(CurrentUser user, boolean preferOverview) {
    boolean overview = settings.overview().stream().anyMatch(user::isMemberOf);
    Optional<String> managed = settings.managers().stream().filter(user::isMemberOf)
        .map(agencies::agencyOfGroup).flatMap(Optional::stream).findFirst();
    if (managed.isPresent() && !(overview && preferOverview)) {
      return Optional.of(new DashboardViewer(user.userId(), Set.of(managed.get()), true, settings.suppressBelow()));
    }
    if (overview) {
      return Optional.of(new DashboardViewer(user.userId(), allAgencies(), false, settings.suppressBelow()));
    }
    return Optional.empty();
  }

  /** May the caller choose between the manager's view and the overview? */
  public boolean hasBothViews() {
    return hasBothViews(agencies.requireCurrent());
  }

  /** May the user choose between the manager's view and the overview? */
  public boolean hasBothViews(CurrentUser user) {
    return settings.overview().stream().anyMatch(user::isMemberOf)
        && settings.managers().stream().anyMatch(g -> user.isMemberOf(g) && agencies.agencyOfGroup(g).isPresent());
  }

  private Set<String> allAgencies() {
    return new LinkedHashSet<>(agencies.allAgencies());
  }
}
