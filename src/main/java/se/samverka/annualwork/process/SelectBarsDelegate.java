package se.samverka.annualwork.process;

import static se.samverka.annualwork.KmkArProcess.*;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import se.samverka.annualwork.KmkCertifications;
import se.samverka.licensing.Premises;

/** {@code SelectBarsTask}: the bars taking part in KMK this year (status "pågår" or "certifierad"), by id and name. */
@Component("selectBarsDelegate")
class SelectBarsDelegate implements JavaDelegate {

  private final KmkCertifications certifications;

  SelectBarsDelegate(KmkCertifications certifications) {
    this.certifications = certifications;
  }

  @Override
  public void execute(DelegateExecution execution) {
    var ids = new ArrayList<String>();
    var names = new LinkedHashMap<String, String>();
    for (Premises bar : certifications.participatingBars()) {
      ids.add(bar.id());
      names.put(bar.id(), bar.name());
    }
    execution.setVariable(BAR_IDS, ids);
    execution.setVariable(BAR_NAMES, names);
  }
}
