package se.samverka.agreement;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where the agreements are read from and whose they are ({@code samverka.agreement}): every {@code *.yaml} and
 * {@code *.yml} file in each location ({@code classpath:agreements/} by default; an operator adds e.g.
 * {@code file:/etc/samverka/agreements/}), the municipality this deployment serves (its kommunkod, Strängnäs 0486 by
 * default), and the process keys an agreement may name before their models are deployed ({@code pending-processes}).
 */
@ConfigurationProperties("samverka.agreement")
public record AgreementSettings(
    @DefaultValue("classpath:agreements/") List<String> locations,
    @DefaultValue("0486") String municipality,
    @DefaultValue List<String> pendingProcesses) {

  public AgreementSettings {
    locations = locations == null ? List.of() : List.copyOf(locations);
    pendingProcesses = pendingProcesses == null ? List.of() : List.copyOf(pendingProcesses);
  }
}
