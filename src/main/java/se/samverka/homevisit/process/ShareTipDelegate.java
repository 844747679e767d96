package se.samverka.homevisit.process;

import static se.samverka.homevisit.LinkopingsmodellenProcess.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import se.samverka.homevisit.HomeVisits;
import se.samverka.security.Agencies;
import se.samverka.workflow.FormValues;

/**
 * {@code ShareTipTask}: the joint assessment needs both agencies to see whom the tip is about and the tip, so the
 * registering agency's disclosure to the other is recorded at once, on the ground chosen in the tip form.
 */
@Component("shareTipDelegate")
class ShareTipDelegate implements JavaDelegate {

  static final String JUSTIFICATION = "Gemensam bedömning av tips och hembesök enligt Linköpingsmodellen";

  private final HomeVisits homeVisits;
  private final Agencies agencies;

  ShareTipDelegate(HomeVisits homeVisits, Agencies agencies) {
    this.homeVisits = homeVisits;
    this.agencies = agencies;
  }

  @Override
  public void execute(DelegateExecution execution) {
    homeVisits.shareTip((String) execution.getVariable(CASE_ID),
        FormValues.text(execution.getVariable(TIP_DISCLOSURE_GROUND)), JUSTIFICATION, agencies.actingUserId());
  }
}
