package dev.orgd.core.service;

import static dev.orgd.core.service.World.account;
import static dev.orgd.core.service.World.assertError;
import static org.assertj.core.api.Assertions.assertThat;

import dev.orgd.core.error.ErrorCode;
import dev.orgd.core.error.InvalidInputReason;
import dev.orgd.core.model.AccountId;
import dev.orgd.core.model.FeatureSet;
import dev.orgd.core.page.PageRequest;
import dev.orgd.core.policy.PolicyType;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * DescribeEffectivePolicy and the validation-error listings through the service: who may read which
 * account, and the user guide's first inheritance examples on a real tree (research policies.md §7,
 * examples 1–3).
 */
class EffectivePolicyServiceTest {
  static final AccountId MGMT = account(1);
  static final AccountId IN_OU1 = account(2);
  static final AccountId IN_OU2 = account(3);
  static final AccountId OUTSIDER = account(4);
  static final PolicyType TAG = PolicyType.TAG_POLICY;

  static final String A =
      "{\"tags\":{\"costcenter\":{\"tag_key\":{\"@@assign\":\"CostCenter\"},"
          + "\"tag_value\":{\"@@assign\":[\"Development\",\"Support\"]}}}}";
  static final String B =
      "{\"tags\":{\"costcenter\":{\"tag_value\":{\"@@assign\":[\"Sandbox\"]},"
          + "\"enforced_for\":{\"@@assign\":[\"redshift:*\",\"dynamodb:table\"]}}}}";
  static final String C =
      "{\"tags\":{\"costcenter\":{\"tag_value\":{\"@@append\":[\"Marketing\"]},"
          + "\"enforced_for\":{\"@@append\":[\"redshift:*\",\"dynamodb:table\"]}}}}";
  static final String D =
      "{\"tags\":{\"costcenter\":{\"tag_value\":{\"@@remove\":[\"Development\",\"Marketing\"]},"
          + "\"enforced_for\":{\"@@remove\":[\"redshift:*\",\"dynamodb:table\"]}}}}";

  final World w = new World();
  final EffectivePolicyService effective = w.orgd.effectivePolicies();
  String root;
  String ou1;
  String ou2;

  @BeforeEach
  void setUp() {
    w.organization(MGMT, FeatureSet.ALL);
    w.join(MGMT, IN_OU1);
    w.join(MGMT, IN_OU2);
    root = w.orgd.organizations().describeOrganization(MGMT).organization().rootId().value();
    ou1 = ou("OU1");
    ou2 = ou("OU2");
    w.orgd.structure().moveAccount(MGMT, IN_OU1, root, ou1);
    w.orgd.structure().moveAccount(MGMT, IN_OU2, root, ou2);
    w.orgd.policyTypes().enablePolicyType(MGMT, root, TAG);
  }

  String ou(String name) {
    return w.orgd
        .structure()
        .createOrganizationalUnit(MGMT, root, name, List.of())
        .organizationalUnit()
        .id()
        .value();
  }

  void attach(String name, String doc, String target) {
    w.advance(Duration.ofSeconds(1));
    String id = w.orgd.policies().createPolicy(MGMT, name, "", doc, TAG, List.of()).id();
    w.orgd.policyAttachments().attachPolicy(MGMT, id, target);
  }

  String of(AccountId caller, AccountId target) {
    return effective
        .describeEffectivePolicy(caller, TAG, target == null ? null : target.value())
        .content()
        .replaceAll("\\s", "");
  }

  @Test
  void example1TheOuAssignmentReplacesTheRootsValues() {
    attach("A", A, root);
    attach("B", B, ou1);
    assertThat(of(MGMT, IN_OU1))
        .isEqualTo(
            "{\"tags\":{\"costcenter\":{\"tag_key\":\"CostCenter\",\"tag_value\":[\"Sandbox\"],"
                + "\"enforced_for\":[\"redshift:*\",\"dynamodb:table\"]}}}");
  }

  @Test
  void examples2And3AppendThenRemoveDownTheTree() {
    attach("A", A, root);
    attach("C", C, ou2);
    assertThat(of(MGMT, IN_OU2))
        .isEqualTo(
            "{\"tags\":{\"costcenter\":{\"tag_key\":\"CostCenter\",\"tag_value\":"
                + "[\"Development\",\"Support\",\"Marketing\"],"
                + "\"enforced_for\":[\"redshift:*\",\"dynamodb:table\"]}}}");
    attach("D", D, IN_OU2.value());
    assertThat(of(IN_OU2, null))
        .isEqualTo(
            "{\"tags\":{\"costcenter\":{\"tag_key\":\"CostCenter\",\"tag_value\":[\"Support\"]}}}");
  }

  @Test
  void theTimestampIsTheLatestChangeOnThePath() {
    attach("A", A, root);
    EffectivePolicyDetails before = effective.describeEffectivePolicy(MGMT, TAG, IN_OU1.value());
    attach("B", B, ou1);
    EffectivePolicyDetails after = effective.describeEffectivePolicy(MGMT, TAG, IN_OU1.value());
    assertThat(after.lastUpdated()).isAfter(before.lastUpdated());
    assertThat(after.targetId()).isEqualTo(IN_OU1.value());
  }

  @Test
  void anAnswerKeptForAnAccountFollowsEveryChangeOnItsPath() {
    attach("A", A, root);
    String policyB = w.orgd.policies().createPolicy(MGMT, "B", "", B, TAG, List.of()).id();
    w.orgd.policyAttachments().attachPolicy(MGMT, policyB, ou1);
    String rootOnly =
        "{\"tags\":{\"costcenter\":{\"tag_key\":\"CostCenter\",\"tag_value\":"
            + "[\"Development\",\"Support\"]}}}";
    String withB =
        "{\"tags\":{\"costcenter\":{\"tag_key\":\"CostCenter\",\"tag_value\":[\"Sandbox\"],"
            + "\"enforced_for\":[\"redshift:*\",\"dynamodb:table\"]}}}";
    assertThat(of(MGMT, IN_OU1)).isEqualTo(withB);
    assertThat(of(MGMT, IN_OU1)).isEqualTo(withB); // kept
    // The account moves: its path changes.
    w.orgd.structure().moveAccount(MGMT, IN_OU1, ou1, ou2);
    assertThat(of(MGMT, IN_OU1)).isEqualTo(rootOnly);
    w.orgd.structure().moveAccount(MGMT, IN_OU1, ou2, ou1);
    assertThat(of(MGMT, IN_OU1)).isEqualTo(withB);
    // A policy on the path changes.
    w.orgd.policies().updatePolicy(MGMT, policyB, null, null, C);
    assertThat(of(MGMT, IN_OU1))
        .isEqualTo(
            "{\"tags\":{\"costcenter\":{\"tag_key\":\"CostCenter\",\"tag_value\":"
                + "[\"Development\",\"Support\",\"Marketing\"],"
                + "\"enforced_for\":[\"redshift:*\",\"dynamodb:table\"]}}}");
    // An attachment on the path goes.
    w.orgd.policyAttachments().detachPolicy(MGMT, policyB, ou1);
    assertThat(of(MGMT, IN_OU1)).isEqualTo(rootOnly);
    // The type is disabled: no effective policy.
    w.orgd.policyTypes().disablePolicyType(MGMT, root, TAG);
    assertError(
        () -> effective.describeEffectivePolicy(MGMT, TAG, IN_OU1.value()),
        ErrorCode.EFFECTIVE_POLICY_NOT_FOUND);
  }

  @Test
  void refusals() {
    assertError(
        () -> effective.describeEffectivePolicy(MGMT, TAG, IN_OU1.value()),
        ErrorCode.EFFECTIVE_POLICY_NOT_FOUND);
    attach("A", A, root);
    assertError(
        () -> effective.describeEffectivePolicy(IN_OU1, TAG, IN_OU2.value()),
        ErrorCode.ACCESS_DENIED);
    assertError(
        () -> effective.describeEffectivePolicy(MGMT, TAG, ou1),
        ErrorCode.INVALID_INPUT,
        InvalidInputReason.TARGET_NOT_SUPPORTED);
    assertError(
        () -> effective.describeEffectivePolicy(MGMT, TAG, root),
        ErrorCode.INVALID_INPUT,
        InvalidInputReason.TARGET_NOT_SUPPORTED);
    assertError(
        () -> effective.describeEffectivePolicy(MGMT, TAG, OUTSIDER.value()),
        ErrorCode.TARGET_NOT_FOUND);
    assertError(
        () -> effective.describeEffectivePolicy(OUTSIDER, TAG, null),
        ErrorCode.AWS_ORGANIZATIONS_NOT_IN_USE);
    assertError(
        () -> effective.describeEffectivePolicy(MGMT, PolicyType.BACKUP_POLICY, IN_OU1.value()),
        ErrorCode.EFFECTIVE_POLICY_NOT_FOUND);
    assertError(
        () ->
            effective.listEffectivePolicyValidationErrors(
                MGMT, OUTSIDER.value(), TAG, PageRequest.first()),
        ErrorCode.ACCOUNT_NOT_FOUND);
    assertError(
        () ->
            effective.listAccountsWithInvalidEffectivePolicy(
                MGMT, PolicyType.BACKUP_POLICY, PageRequest.first()),
        ErrorCode.EFFECTIVE_POLICY_NOT_FOUND);
    assertError(
        () -> effective.listAccountsWithInvalidEffectivePolicy(IN_OU1, TAG, PageRequest.first()),
        ErrorCode.ACCESS_DENIED);
  }

  @Test
  void validEffectivePoliciesHaveNoValidationErrors() {
    attach("A", A, root);
    assertThat(
            effective
                .listAccountsWithInvalidEffectivePolicy(MGMT, TAG, PageRequest.first())
                .items())
        .isEmpty();
    EffectivePolicyErrors errors =
        effective.listEffectivePolicyValidationErrors(
            MGMT, IN_OU1.value(), TAG, PageRequest.first());
    assertThat(errors.errors().items()).isEmpty();
    assertThat(errors.path()).endsWith("/" + ou1 + "/" + IN_OU1 + "/");
  }
}
