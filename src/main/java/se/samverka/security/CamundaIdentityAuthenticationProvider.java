package se.samverka.security;

import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.stereotype.Component;

/**
 * Checks passwords against Camunda's identity tables, so that Samverka, Tasklist, Cockpit and Admin share one set of
 * accounts; the user's Camunda groups become the authorities.
 */
@Component
class CamundaIdentityAuthenticationProvider implements AuthenticationProvider {

  private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(CamundaIdentityAuthenticationProvider.class);

  private final IdentityService identityService;

  CamundaIdentityAuthenticationProvider(IdentityService identityService) {
    this.identityService = identityService;
  }

  @Override
  public Authentication authenticate(Authentication authentication) {
    String user = authentication.getName();
    Object credentials = authentication.getCredentials();
    if (user == null || user.isBlank() || credentials == null || !passwordMatches(user, credentials.toString())) {
      throw new BadCredentialsException("Fel användarnamn eller lösenord");
    }
    List<SimpleGrantedAuthority> authorities = identityService.createGroupQuery().groupMember(user).list().stream()
        .map(Group::getId).map(SimpleGrantedAuthority::new).toList();
    return UsernamePasswordAuthenticationToken.authenticated(user, null, authorities);
  }

  /**
   * The engine's password check. An account without a password (created by an administrator who left it empty) makes
   * the engine throw instead of answering false; that is a wrong login, not a server error.
   */
  private boolean passwordMatches(String user, String password) {
    try {
      return identityService.checkPassword(user, password);
    } catch (NullPointerException e) {
      LOG.warn("Inloggning nekad för {}: kontot saknar lösenord", user);
      return false;
    }
  }

  @Override
  public boolean supports(Class<?> authentication) {
    return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
  }
}
