package se.samverka.agreement;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.ConfigDataApplicationContextInitializer;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import se.samverka.workflow.ComputedOptions;
import se.samverka.workflow.FormSchema;
import se.samverka.workflow.SubmissionGate.Problem;

/**
 * The agreement at start, in a Spring context of its own (application.yml and the agreement module only): the shipped
 * file starts, a bad one stops the start with every problem in Swedish; and the districts it gives the forms.
 */
class AgreementStartTests {

  @Configuration
  @EnableConfigurationProperties(AgreementSettings.class)
  @Import({Agreements.class, DistrictOptions.class, DistrictWords.class})
  static class AgreementModule {}

  private final ApplicationContextRunner runner = new ApplicationContextRunner()
      .withInitializer(new ConfigDataApplicationContextInitializer()).withUserConfiguration(AgreementModule.class);

  @Test
  void theShippedAgreementStartsWithTheDefaultSettings() {
    runner.run(context -> {
      assertThat(context).hasNotFailed();
      Agreements agreements = context.getBean(Agreements.class);
      assertThat(agreements.municipality()).isEqualTo("0486");
      assertThat(agreements.all()).hasSize(1);
      assertThat(agreements.districts()).extracting(District::code)
          .containsExactly("strangnas", "mariefred", "stallarholmen", "akers-styckebruk", "landsbygd");
    });
  }

  @Test
  void aBadFileStopsTheStartAndTheOperatorReadsEveryProblemWithItsLine() {
    runner.withPropertyValues("samverka.agreement.locations=classpath:agreements/,classpath:agreements-bad/")
        .run(context -> {
          assertThat(context).hasFailed();
          Throwable failure = context.getStartupFailure();
          assertThat(failure).rootCause().isInstanceOf(InvalidAgreement.class);
          var analysis = new AgreementFailureAnalyzer().analyze(failure);
          assertThat(analysis.getDescription()).startsWith("Samverkansöverenskommelsen kan inte läsas (4 fel):")
              .contains("agreements-bad/saknar-namn.yaml rad 12: prioriteringsområde 1 saknar namn")
              .doesNotContain("Exception");
          assertThat(analysis.getAction()).contains("Rätta överenskommelsens filer");
        });
  }

  @Test
  void aMunicipalityWithoutAnAgreementStopsTheStart() {
    runner.withPropertyValues("samverka.agreement.municipality=0484").run(context -> {
      assertThat(context).hasFailed();
      assertThat(context.getStartupFailure()).rootCause().hasMessageContaining("ingen av överenskommelserna gäller "
          + "kommunen 0484");
    });
  }

  @Test
  void aDistrictFieldOffersTheAgreementsDistrictsAndRefusesAnyOther() throws Exception {
    Agreements agreements = new Agreements("0486", List.of(AgreementFilesTests.strangnas()),
        () -> LocalDate.of(2026, 11, 30));
    ComputedOptions options = new ComputedOptions(List.of(new DistrictOptions(agreements)));
    FormSchema form = FormSchema.parse(new ObjectMapper().readTree("""
        {"id": "ny", "components": [{"type": "select", "key": "district", "label": "Kommundel",
          "valuesKey": "districtOptions", "validate": {"required": true}}]}"""));
    assertThat(options.options("ny", "district", Map.of(), Map.of()).orElseThrow())
        .containsEntry("akers-styckebruk", "Åkers styckebruk").hasSize(5);
    assertThat(options.check(form, Map.of("district", "mariefred"), Map.of())).isEmpty();
    assertThat(options.check(form, Map.of("district", "stockholm"), Map.of())).containsExactly(new Problem("district",
        "Fältet \"Kommundel\": Kommundelen finns inte i samverkansöverenskommelsen. Välj en av kommundelarna i listan."));
    assertThat(new DistrictWords(agreements).words("district")).containsEntry("strangnas", "Strängnäs tätort");
    assertThat(new DistrictWords(agreements).words("reporterAgency")).isEmpty();
  }
}
