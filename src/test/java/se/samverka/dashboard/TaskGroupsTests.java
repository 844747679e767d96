package se.samverka.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;

class TaskGroupsTests {

  @Test
  void theStaticCandidateGroupsOfAUserTaskAreItsRoutingGroupsAndAnExpressionNamesNone() {
    assertThat(TaskGroups.staticGroups("alkoholhandlaggare, polis")).containsExactly("alkoholhandlaggare", "polis");
    assertThat(TaskGroups.staticGroups("chef")).containsExactly("chef");
    assertThat(TaskGroups.staticGroups("${party}")).isEmpty();
    assertThat(TaskGroups.staticGroups("#{consentGroups}")).isEmpty();
    assertThat(TaskGroups.staticGroups(null)).isEmpty();
    assertThat(TaskGroups.staticGroups(" , ")).isEmpty();
  }

  @Test
  void aGroupIsOnTheWorkloadWhenAProcessRoutesToItOrWhileItHasOpenTasks() {
    Set<String> routed = Set.of("socialtjanst", "chef");
    assertThat(TaskGroups.receivesTasks("socialtjanst", 0, routed)).isTrue();
    assertThat(TaskGroups.receivesTasks("chefSocialtjanst", 0, routed)).as("a managers' group").isFalse();
    assertThat(TaskGroups.receivesTasks("skola", 2, routed)).as("chosen by an expression, with tasks").isTrue();
    assertThat(TaskGroups.receivesTasks("skola", 0, routed)).isFalse();
  }
}
