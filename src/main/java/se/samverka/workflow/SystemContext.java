package se.samverka.workflow;

import java.util.function.Supplier;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Component;

/**
 * Runs an engine call without the user's authorization checks, for steps that our own services have already
 * authorized by the case-store rule (e.g. correlating "consent withdrawn" for a party that may withdraw but has no
 * right to update the process instance).
 */
@Component
public class SystemContext {

  private final IdentityService identityService;

  SystemContext(IdentityService identityService) {
    this.identityService = identityService;
  }

  public <T> T call(Supplier<T> work) {
    Authentication previous = identityService.getCurrentAuthentication();
    identityService.clearAuthentication();
    try {
      return work.get();
    } finally {
      if (previous != null) {
        identityService.setAuthentication(previous);
      }
    }
  }

  public void run(Runnable work) {
    call(() -> {
      work.run();
      return null;
    });
  }
}
