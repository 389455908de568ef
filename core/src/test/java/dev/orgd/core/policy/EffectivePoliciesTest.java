package dev.orgd.core.policy;

import static dev.orgd.core.policy.PolicyType.TAG_POLICY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The worked examples of the AWS user guide's "Inheritance examples" (policies A–K, research
 * policies.md §7), the structure: root; OU1 ∋ 111111111111, 222222222222; OU2 ∋ 999999999999.
 */
class EffectivePoliciesTest {

  static final String A =
      """
      {"tags":{"costcenter":{"tag_key":{"@@assign":"CostCenter"},
        "tag_value":{"@@assign":["Development","Support"]}}}}
      """;
  static final String B =
      """
      {"tags":{"costcenter":{"tag_key":{"@@assign":"CostCenter"},
        "tag_value":{"@@assign":["Sandbox"]},
        "enforced_for":{"@@assign":["redshift:*","dynamodb:table"]}}}}
      """;
  static final String C =
      """
      {"tags":{"costcenter":{"tag_key":{"@@assign":"CostCenter"},
        "tag_value":{"@@append":["Marketing"]},
        "enforced_for":{"@@append":["redshift:*","dynamodb:table"]}}}}
      """;
  // The guide nests enforced_for inside tag_value, which its own result contradicts; a sibling.
  static final String D =
      """
      {"tags":{"costcenter":{"tag_key":{"@@assign":"CostCenter"},
        "tag_value":{"@@remove":["Development","Marketing"]},
        "enforced_for":{"@@remove":["redshift:*","dynamodb:table"]}}}}
      """;
  static final String E =
      """
      {"tags":{"project":{
        "tag_key":{"@@operators_allowed_for_child_policies":["@@none"],"@@assign":"Project"},
        "tag_value":{"@@operators_allowed_for_child_policies":["@@append"],
                     "@@assign":["Maintenance","Escalations"]}}}}
      """;
  static final String F =
      """
      {"tags":{"project":{"tag_key":{"@@assign":"PROJECT"},
        "tag_value":{"@@append":["Escalations - research"]}}}}
      """;
  static final String G =
      """
      {"tags":{"project":{"tag_value":{"@@operators_allowed_for_child_policies":["@@append"],
        "@@assign":["Maintenance"]}}}}
      """;
  static final String H =
      """
      {"tags":{"project":{"tag_value":{
        "@@operators_allowed_for_child_policies":["@@append","@@remove"]}}}}
      """;
  static final String CHILD_OF_G_AND_H =
      """
      {"tags":{"project":{"tag_value":{"@@remove":["Maintenance"],"@@append":["X"]}}}}
      """;
  static final String J =
      """
      {"tags":{"project":{"tag_key":{"@@assign":"PROJECT"},"tag_value":{"@@append":["Maintenance"]}}}}
      """;
  static final String K =
      """
      {"tags":{"project":{"tag_key":{"@@assign":"project"}}}}
      """;

  static Stream<Arguments> guideExamples() {
    return Stream.of(
        arguments(
            "1: @@assign overwrites inherited values (accounts in OU1)",
            List.of(List.of(A), List.of(B), List.of()),
            "{\"tags\":{\"costcenter\":{\"tag_key\":\"CostCenter\",\"tag_value\":[\"Sandbox\"],"
                + "\"enforced_for\":[\"redshift:*\",\"dynamodb:table\"]}}}"),
        arguments(
            "2: @@append adds to inherited values (999999999999 in OU2)",
            List.of(List.of(A), List.of(C), List.of()),
            "{\"tags\":{\"costcenter\":{\"tag_key\":\"CostCenter\","
                + "\"tag_value\":[\"Development\",\"Support\",\"Marketing\"],"
                + "\"enforced_for\":[\"redshift:*\",\"dynamodb:table\"]}}}"),
        arguments(
            "3: @@remove takes values out; an emptied setting disappears",
            List.of(List.of(A), List.of(C), List.of(D)),
            "{\"tags\":{\"costcenter\":{\"tag_key\":\"CostCenter\",\"tag_value\":[\"Support\"]}}}"),
        // The guide prints "project" although E assigns "Project" and forbids changing it.
        arguments(
            "4: child control @@none locks the key, @@append lets the values grow",
            List.of(List.of(E), List.of(F), List.of()),
            "{\"tags\":{\"project\":{\"tag_key\":\"Project\","
                + "\"tag_value\":[\"Maintenance\",\"Escalations\",\"Escalations - research\"]}}}"),
        arguments(
            "5: child controls on one level intersect; the child's @@remove is ignored",
            List.of(List.of(G, H), List.of(CHILD_OF_G_AND_H), List.of()),
            "{\"tags\":{\"project\":{\"tag_value\":[\"Maintenance\",\"X\"]}}}"),
        // The guide prints " PROJECT" with a leading space, a typo.
        arguments(
            "6: on one level, the policy attached first wins",
            List.of(List.of(J, K), List.of(), List.of()),
            "{\"tags\":{\"project\":{\"tag_key\":\"PROJECT\",\"tag_value\":[\"Maintenance\"]}}}"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("guideExamples")
  void reproducesTheUserGuideExamples(String example, List<List<String>> levels, String expected) {
    assertThat(EffectivePolicies.compute(TAG_POLICY, levels)).contains(expected);
  }

  static Stream<Arguments> moreRules() {
    return Stream.of(
        arguments(
            "a child control on a parent setting reaches every setting beneath it (D30)",
            List.of(
                List.of(
                    "{\"tags\":{\"@@operators_allowed_for_child_policies\":[\"@@none\"],"
                        + "\"cc\":{\"tag_key\":{\"@@assign\":\"CostCenter\"}}}}"),
                List.of(
                    "{\"tags\":{\"cc\":{\"tag_key\":{\"@@assign\":\"cc\"}},"
                        + "\"new\":{\"tag_key\":{\"@@assign\":\"New\"}}}}")),
            "{\"tags\":{\"cc\":{\"tag_key\":\"CostCenter\"}}}"),
        arguments(
            "a child control binds lower levels only, not other policies on its own level",
            List.of(
                List.of(
                    "{\"s\":{\"v\":{\"@@operators_allowed_for_child_policies\":[\"@@none\"],"
                        + "\"@@assign\":[\"a\"]}}}",
                    "{\"s\":{\"v\":{\"@@append\":[\"b\"]}}}"),
                List.of("{\"s\":{\"v\":{\"@@append\":[\"c\"]}}}")),
            "{\"s\":{\"v\":[\"a\",\"b\"]}}"),
        arguments(
            "a lower level may narrow a limit further but never widen it",
            List.of(
                List.of(
                    "{\"s\":{\"v\":{\"@@operators_allowed_for_child_policies\":[\"@@append\"],"
                        + "\"@@assign\":[\"a\"]}}}"),
                List.of("{\"s\":{\"v\":{\"@@operators_allowed_for_child_policies\":[\"@@all\"]}}}"),
                List.of("{\"s\":{\"v\":{\"@@assign\":[\"z\"],\"@@append\":[\"b\"]}}}")),
            "{\"s\":{\"v\":[\"a\",\"b\"]}}"),
        arguments(
            "@@assign on a lower level overrides a scalar; @@append does not duplicate",
            List.of(
                List.of("{\"s\":{\"k\":{\"@@assign\":\"x\"},\"v\":{\"@@append\":[\"a\",\"b\"]}}}"),
                List.of("{\"s\":{\"k\":{\"@@assign\":\"y\"},\"v\":{\"@@append\":[\"b\",\"c\"]}}}")),
            "{\"s\":{\"k\":\"y\",\"v\":[\"a\",\"b\",\"c\"]}}"),
        arguments(
            "values keep their JSON types; settings print in the order first seen",
            List.of(
                List.of("{\"b\":{\"n\":{\"@@assign\":7}},\"a\":{\"t\":{\"@@assign\":true}}}"),
                List.of("{\"a\":{\"o\":{\"@@assign\":{\"x\":[1,2]}}}}")),
            "{\"b\":{\"n\":7},\"a\":{\"t\":true,\"o\":{\"x\":[1,2]}}}"),
        arguments(
            "a setting assigned an empty array is left out",
            List.of(List.of("{\"s\":{\"v\":{\"@@assign\":[]},\"k\":{\"@@assign\":\"x\"}}}")),
            "{\"s\":{\"k\":\"x\"}}"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("moreRules")
  void mergesByTheOperatorRules(String rule, List<List<String>> levels, String expected) {
    assertThat(EffectivePolicies.compute(PolicyType.BACKUP_POLICY, levels)).contains(expected);
  }

  @Test
  void noPolicyOrNoValueMeansNoEffectivePolicy() {
    assertThat(EffectivePolicies.compute(TAG_POLICY, List.of(List.of(), List.of()))).isEmpty();
    assertThat(EffectivePolicies.compute(TAG_POLICY, List.of())).isEmpty();
    assertThat(EffectivePolicies.compute(TAG_POLICY, List.of(List.of(H)))).isEmpty();
    assertThat(EffectivePolicies.compute(TAG_POLICY, List.of(List.of("{}")))).isEmpty();
  }

  @ParameterizedTest
  @EnumSource(
      value = PolicyType.class,
      names = {"SERVICE_CONTROL_POLICY", "RESOURCE_CONTROL_POLICY"})
  void authorizationPoliciesHaveNoEffectivePolicy(PolicyType type) {
    assertThatThrownBy(() -> EffectivePolicies.compute(type, List.of(List.of("{}"))))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void contentThatIsNotJsonIsAProgrammingError() {
    assertThatThrownBy(() -> EffectivePolicies.compute(TAG_POLICY, List.of(List.of("nope"))))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void validPoliciesGiveNoValidationErrors() {
    List<List<String>> levels = List.of(List.of(A), List.of(C), List.of(D));
    List<List<String>> ids =
        List.of(List.of("p-aaaaaaaaaa"), List.of("p-cccccccccc"), List.of("p-dddddddddd"));
    assertThat(EffectivePolicies.validationErrors(TAG_POLICY, levels, ids)).isEmpty();
    assertThatThrownBy(
            () -> EffectivePolicies.validationErrors(TAG_POLICY, levels, List.of(List.of())))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
