package se.samverka.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Method;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.type.filter.AnnotationTypeFilter;

/** The declared lists of module-owned variables, read the way Spring reads them: from each module's configuration. */
class OwnedVariablesTests {

  /** Every name some module declares as its own. */
  static Set<String> allOwned() throws Exception {
    var scanner = new ClassPathScanningCandidateComponentProvider(false);
    scanner.addIncludeFilter(new AnnotationTypeFilter(Configuration.class));
    Set<String> owned = new HashSet<>();
    for (var candidate : scanner.findCandidateComponents("se.samverka")) {
      Class<?> type = Class.forName(candidate.getBeanClassName());
      Object configuration = null;
      for (Method method : type.getDeclaredMethods()) {
        if (method.getReturnType() == OwnedVariables.class) {
          if (configuration == null) {
            var constructor = type.getDeclaredConstructor();
            constructor.setAccessible(true);
            configuration = constructor.newInstance();
          }
          method.setAccessible(true);
          owned.addAll(((OwnedVariables) method.invoke(configuration)).names());
        }
      }
    }
    return owned;
  }

  @Test
  void everyModuleWithProcessesDeclaresTheVariablesItWrites() throws Exception {
    assertThat(allOwned()).contains("caseId", "supervisionId", "consentStatus", "protectionDueAt", "courseIds",
        "yearClaimed");
  }
}
