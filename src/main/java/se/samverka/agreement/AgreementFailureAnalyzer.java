package se.samverka.agreement;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/**
 * When an agreement file is wrong the application does not start, and the operator reads every problem with its file
 * and line in Swedish, not a stack trace.
 */
class AgreementFailureAnalyzer extends AbstractFailureAnalyzer<InvalidAgreement> {

  @Override
  protected FailureAnalysis analyze(Throwable root, InvalidAgreement cause) {
    return new FailureAnalysis(cause.getMessage(), "Rätta överenskommelsens filer (samverka.agreement.locations) och "
        + "starta igen. Formatet står i README, \"Samverkansöverenskommelsen som data\".", cause);
  }
}
