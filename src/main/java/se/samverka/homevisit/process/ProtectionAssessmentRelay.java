package se.samverka.homevisit.process;

import static se.samverka.homevisit.StrangnasmodellenProcess.*;

import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import se.samverka.homevisit.HomevisitSettings;
import se.samverka.homevisit.ProtectionAssessmentRecorded;
import se.samverka.workflow.EngineClock;
import se.samverka.workflow.SystemContext;

/**
 * The guardians are contacted after the protection assessment, not beside it: when social services record the
 * assessment of a report of concern, the concern visit waiting for that report goes on, and its booking time starts
 * from that day. A report no visit waits for (most of them) is ignored.
 */
@Component
class ProtectionAssessmentRelay {

  private final RuntimeService runtimeService;
  private final HomevisitSettings settings;
  private final SystemContext system;

  ProtectionAssessmentRelay(RuntimeService runtimeService, HomevisitSettings settings, SystemContext system) {
    this.runtimeService = runtimeService;
    this.settings = settings;
    this.system = system;
  }

  @ApplicationModuleListener
  void on(ProtectionAssessmentRecorded event) {
    system.run(() -> runtimeService.createMessageCorrelation(MESSAGE_PROTECTION_ASSESSED)
        .processInstanceVariableEquals(REPORT_CASE_ID, event.caseId())
        .setVariables(Map.of(GUARDIAN_CONTACT_CLEARED, event.guardiansMayBeContacted(),
            BOOKING_DUE_AT, settings.bookingDue(EngineClock.today())))
        .correlateAll());
  }
}
