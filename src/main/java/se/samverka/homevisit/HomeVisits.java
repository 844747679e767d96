package se.samverka.homevisit;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.samverka.cases.CaseModel.ConsentInput;
import se.samverka.cases.CaseModel.Note;
import se.samverka.cases.CaseService;
import se.samverka.cases.LegalGrounds;
import se.samverka.security.Agencies;
import se.samverka.workflow.EngineClock;
import se.samverka.workflow.InvalidFormInput;
import se.samverka.workflow.SystemContext;

/**
 * The rules the two home-visit models share: a tip about a child under 15 becomes a concern visit; the report of concern
 * comes first and the visit is a step of its preliminary assessment (linked both ways, the visit's outcome recorded on
 * the report); and what police and social services may share, on which legal ground or consent.
 */
@Service
@Transactional
public class HomeVisits {

  static final String IDENTITY = "grund";
  static final String SOCIAL_SERVICES = "socialtjanst";
  static final String POLICE = "polis";
  /** A reporter's account is one note of the report; a longer tip is cut to this (a note holds 4000 characters). */
  static final int ACCOUNT_LENGTH = 4000;

  private final CaseService cases;
  private final ReportsOfConcern reports;
  private final HomevisitSettings settings;
  private final LegalGrounds legalGrounds;
  private final RuntimeService runtimeService;
  private final SystemContext system;
  private final Agencies agencies;

  HomeVisits(CaseService cases, ReportsOfConcern reports, HomevisitSettings settings, LegalGrounds legalGrounds,
      RuntimeService runtimeService, SystemContext system, Agencies agencies) {
    this.cases = cases;
    this.reports = reports;
    this.settings = settings;
    this.legalGrounds = legalGrounds;
    this.runtimeService = runtimeService;
    this.system = system;
    this.agencies = agencies;
  }

  /**
   * Starts Strängnäsmodellen for the person of another case; returns the new case id. The tip travels with it as the
   * concern of the new case (a note of the same agency), so the report of concern carries the reporter's account.
   */
  public String startConcernVisitFor(String sourceCaseId, String userId) {
    String agency = agencies.current().map(u -> u.agency()).orElse(SOCIAL_SERVICES);
    String caseId = cases.openCaseForSamePerson(sourceCaseId, StrangnasmodellenProcess.KEY, agency, userId);
    String account = accountOf(sourceCaseId);
    if (!account.isEmpty()) {
      cases.addNote(caseId, agency, IDENTITY, account, "tips", userId);
    }
    String processInstanceId = system.call(() -> runtimeService
        .createMessageCorrelation(StrangnasmodellenProcess.MESSAGE_REQUESTED)
        .setVariables(Map.of(StrangnasmodellenProcess.CASE_ID, caseId)).correlateStartMessage().getId());
    cases.attachProcess(caseId, processInstanceId);
    return caseId;
  }

  /**
   * Linköpingsmodellen: the registering agency (police or social services) shares whom the tip is about and the tip
   * with the other, on a ground it may use ({@code samverka.homevisit.tip-grounds}): the police by their duty to report,
   * social services on one of the grounds that let them share with the police.
   */
  public void shareTip(String caseId, String ground, String justification, String userId) {
    String owner = cases.find(caseId).orElseThrow().ownerAgency();
    List<String> allowed = settings.tipGroundsOf(owner);
    if (!allowed.contains(ground)) {
      throw new InvalidFormInput(LinkopingsmodellenProcess.TIP_DISCLOSURE_GROUND, "Tipset kan inte delas på den "
          + "grunden. " + labelOf(owner) + " delar tipset på någon av grunderna: "
          + String.join("; ", allowed.stream().map(this::groundLabel).toList()));
    }
    String other = POLICE.equals(owner) ? SOCIAL_SERVICES : POLICE;
    cases.recordDisclosure(caseId, owner, other, IDENTITY, ground, justification, userId);
  }

  /**
   * A concern registered by an agency other than social services reaches them as a report of concern; the visit case
   * itself is disclosed to social services on the same ground, since they lead the visit.
   */
  public void discloseConcernToSocialServices(String caseId, String justification, String userId) {
    String owner = cases.find(caseId).orElseThrow().ownerAgency();
    if (!SOCIAL_SERVICES.equals(owner)) {
      cases.recordDisclosure(caseId, owner, SOCIAL_SERVICES, IDENTITY, settings.reportGroundOf(owner), justification,
          userId);
    }
  }

  /**
   * The report of concern for the child of a visit case, made on behalf of the agency that registered the concern with
   * its own account of it; the two cases name each other. Returns the report's case id.
   */
  public String reportConcern(String visitCaseId, String modelLabel, String userId) {
    String owner = cases.find(visitCaseId).orElseThrow().ownerAgency();
    String reportCase = reports.requestFrom(visitCaseId, userId, owner, accountOf(visitCaseId));
    cases.recordEvent(visitCaseId, "OROSANMALAN_GJORD", "Orosanmälan: ärende " + reportCase, userId);
    cases.recordEvent(reportCase, "HEMBESOK_KOPPLAT", modelLabel + " ingår i förhandsbedömningen: ärende "
        + visitCaseId, userId);
    return reportCase;
  }

  /** A step of the visit, recorded on the report of concern too, so the preliminary assessment sees it. */
  public void recordOnReport(String reportCaseId, String kind, String detail, String userId) {
    if (reportCaseId != null) {
      cases.recordEvent(reportCaseId, kind, detail, userId);
    }
  }

  /**
   * Strängnäsmodellen: the guardians' consent to the police's presence at the visit and to what is shared with them
   * (OSL 12 kap. 2 §), as a consent of the case naming the police: whom the visit is about and the concern, and the
   * police's own notes for social services. In joint custody both guardians must consent (FB 6 kap. 13 §).
   */
  public void recordPoliceConsent(String caseId, String guardiansWithCustody, List<String> givenBy, String userId) {
    if (!"1".equals(guardiansWithCustody) && !"2".equals(guardiansWithCustody)) {
      throw new InvalidFormInput("Ange hur många vårdnadshavare som har vårdnaden om barnet");
    }
    boolean guardian1 = givenBy.contains("vardnadshavare1");
    boolean guardian2 = givenBy.contains("vardnadshavare2");
    if (!guardian1 && !guardian2) {
      throw new InvalidFormInput("Samtycke till att polisen deltar måste lämnas av minst en vårdnadshavare");
    }
    if ("2".equals(guardiansWithCustody) && !(guardian1 && guardian2)) {
      throw new InvalidFormInput("Vårdnadshavarna har gemensam vårdnad: båda måste samtycka till att polisen deltar "
          + "(FB 6 kap. 13 §). Utan båda görs besöket utan polisen.");
    }
    var parties = new LinkedHashSet<String>();
    parties.add(cases.find(caseId).orElseThrow().ownerAgency());
    parties.add(SOCIAL_SERVICES);
    parties.add(POLICE);
    var today = EngineClock.today();
    try {
      cases.recordConsent(caseId, new ConsentInput(guardian1, guardian2, givenBy.contains("barnet"),
          new ArrayList<>(parties), List.of(IDENTITY, POLICE), settings.policeConsentValidTo(today)), userId);
    } catch (IllegalArgumentException e) {
      throw new InvalidFormInput(e.getMessage());
    }
  }

  /**
   * A child under 15 described a crime (LUL 31 §): social services tell the police what the child described (their
   * note of category {@code grund}) on one of their grounds for sharing with the police.
   */
  public void reportCrimeToPolice(String caseId, String ground, String userId) {
    List<String> allowed = settings.tipGroundsOf(SOCIAL_SERVICES);
    if (!allowed.contains(ground)) {
      throw new InvalidFormInput("Välj en grund som låter socialtjänsten lämna uppgiften till polisen: "
          + String.join("; ", allowed.stream().map(this::groundLabel).toList()));
    }
    cases.recordDisclosure(caseId, SOCIAL_SERVICES, POLICE, IDENTITY, ground,
        "Barnet under 15 år har beskrivit ett brott (LUL 31 §)", userId);
    cases.recordEvent(caseId, "BROTT_TILL_POLISEN", "Underrättelse till polisen, grund: " + ground, userId);
  }

  /** The registering agency's own account of the concern: its notes of category {@code grund} in the case. */
  private String accountOf(String caseId) {
    String owner = cases.find(caseId).orElseThrow().ownerAgency();
    String account = String.join("\n\n", cases.notes(caseId).stream()
        .filter(n -> IDENTITY.equals(n.category()) && owner.equals(n.ownerAgency())).map(Note::body).toList());
    return account.length() > ACCOUNT_LENGTH ? account.substring(0, ACCOUNT_LENGTH) : account;
  }

  private String groundLabel(String code) {
    return legalGrounds.all().getOrDefault(code, code);
  }

  private static String labelOf(String agency) {
    return POLICE.equals(agency) ? "Polisen" : SOCIAL_SERVICES.equals(agency) ? "Socialtjänsten" : "Din myndighet";
  }
}
