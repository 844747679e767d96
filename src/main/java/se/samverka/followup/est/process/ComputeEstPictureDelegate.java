package se.samverka.followup.est.process;

import static se.samverka.followup.est.EstVeckaProcess.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import se.samverka.followup.est.EstPictures;
import se.samverka.followup.est.EstWeek;

/** {@code ComputePictureTask}: closes the week for reports and computes its figures and trend. */
@Component("computeEstPictureDelegate")
class ComputeEstPictureDelegate implements JavaDelegate {

  private final EstPictures pictures;

  ComputeEstPictureDelegate(EstPictures pictures) {
    this.pictures = pictures;
  }

  @Override
  public void execute(DelegateExecution execution) {
    execution.setVariable(FIGURES, pictures.freeze(EstWeek.parse((String) execution.getVariable(WEEK))));
  }
}
