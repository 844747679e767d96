package se.samverka.licensing.web;

import java.util.List;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import se.samverka.security.Agencies;

/** Who may read supervisions and the plan: the agencies that take part in supervision, managers and administrators. */
@Component
class SupervisionReaders {

  static final List<String> READERS = List.of("alkoholhandlaggare", "polis", "raddningstjanst", "chef", "camunda-admin");
  static final List<String> WRITERS = List.of("alkoholhandlaggare", "camunda-admin");

  private final Agencies agencies;

  SupervisionReaders(Agencies agencies) {
    this.agencies = agencies;
  }

  void requireReader() {
    require(READERS, "Bara alkoholhandläggare, polis, räddningstjänst och chefer får se tillsynerna");
  }

  String requireWriter() {
    require(WRITERS, "Bara alkoholhandläggare får registrera restaurangrapporter");
    return agencies.actingUserId();
  }

  private void require(List<String> groups, String message) {
    if (agencies.requireCurrent().groups().stream().noneMatch(groups::contains)) {
      throw new AccessDeniedException(message);
    }
  }
}
