package se.samverka.licensing.web;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.security.access.prepost.PreAuthorize;

/** Who may use the supervision endpoints, declared once and put on each endpoint. */
final class SupervisionAccess {

  private SupervisionAccess() {}

  /** The groups of {@link Readers}, for pages that answer 404 rather than 403 to others. */
  static final java.util.Set<String> READER_GROUPS =
      java.util.Set.of("alkoholhandlaggare", "polis", "raddningstjanst", "chef", "camunda-admin");

  /** Read supervisions, the plan and the restaurant reports: the agencies that take part in supervision, managers. */
  @Target({ElementType.METHOD, ElementType.TYPE})
  @Retention(RetentionPolicy.RUNTIME)
  @PreAuthorize("hasAnyAuthority('alkoholhandlaggare', 'polis', 'raddningstjanst', 'chef', 'camunda-admin')")
  @interface Readers {}

  /** Register received restaurant reports: the alcohol licensing officers (and administrators). */
  @Target({ElementType.METHOD, ElementType.TYPE})
  @Retention(RetentionPolicy.RUNTIME)
  @PreAuthorize("hasAnyAuthority('alkoholhandlaggare', 'camunda-admin')")
  @interface Writers {}
}
