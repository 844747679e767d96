package se.samverka.annualwork.process;

import static se.samverka.annualwork.KmkArProcess.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import se.samverka.annualwork.KmkCertifications;

/** {@code CertifyBarTask}: the bar met the criteria and is certified for one year. */
@Component("certifyBarDelegate")
class CertifyBarDelegate implements JavaDelegate {

  private final KmkCertifications certifications;

  CertifyBarDelegate(KmkCertifications certifications) {
    this.certifications = certifications;
  }

  @Override
  public void execute(DelegateExecution execution) {
    certifications.certify((String) execution.getVariable(PREMISES_ID),
        ((Number) execution.getVariable(YEAR)).intValue());
  }
}
