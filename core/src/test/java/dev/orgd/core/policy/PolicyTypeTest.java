package dev.orgd.core.policy;

import static org.assertj.core.api.Assertions.assertThat;

import dev.orgd.core.model.Partition;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PolicyTypeTest {

  @ParameterizedTest
  @CsvSource({
    // type, authorization, max chars, max per org, min attached, max attached
    "SERVICE_CONTROL_POLICY, true, 10240, 10000, 1, 10",
    "RESOURCE_CONTROL_POLICY, true, 5120, 2000, 1, 5",
    "TAG_POLICY, false, 10000, 1000, 0, 10",
    "BACKUP_POLICY, false, 10000, 1000, 0, 10",
    "AISERVICES_OPT_OUT_POLICY, false, 2500, 1000, 0, 5",
    "CHATBOT_POLICY, false, 10000, 1000, 0, 5",
    "DECLARATIVE_POLICY_EC2, false, 10000, 1000, 0, 10",
    "SECURITYHUB_POLICY, false, 10000, 1000, 0, 10",
    "INSPECTOR_POLICY, false, 10000, 1000, 0, 10",
    "UPGRADE_ROLLOUT_POLICY, false, 10000, 1000, 0, 10",
    "BEDROCK_POLICY, false, 10000, 1000, 0, 10",
    "S3_POLICY, false, 10000, 1000, 0, 10",
    "NETWORK_SECURITY_DIRECTOR_POLICY, false, 10000, 1000, 0, 10",
  })
  void limitsAreTheQuotasPage(
      PolicyType type, boolean authorization, int chars, int perOrg, int min, int max) {
    assertThat(type.isAuthorization()).isEqualTo(authorization);
    assertThat(type.maxContentChars()).isEqualTo(chars);
    assertThat(type.maxPoliciesPerOrganization()).isEqualTo(perOrg);
    assertThat(type.minAttachedPerTarget()).isEqualTo(min);
    assertThat(type.maxAttachedPerTarget()).isEqualTo(max);
  }

  @Test
  void everyModelPolicyTypeIsHere() {
    assertThat(PolicyType.values()).hasSize(13);
  }

  @Test
  void onlyScpsAndRcpsHaveAManagedPolicy() {
    for (PolicyType t : PolicyType.values()) {
      assertThat(t.managedPolicy().isPresent()).isEqualTo(t.isAuthorization());
      t.managedPolicy().ifPresent(p -> assertThat(p.type()).isEqualTo(t));
    }
  }

  @Test
  void fullAwsAccessIsAsDescribePolicyShowsIt() {
    ManagedPolicy p = PolicyType.SERVICE_CONTROL_POLICY.managedPolicy().orElseThrow();
    assertThat(p.id()).isEqualTo("p-FullAWSAccess");
    assertThat(p.name()).isEqualTo("FullAWSAccess");
    assertThat(p.description()).isEqualTo("Allows access to every operation");
    // botocore examples-1.json, DescribePolicy
    assertThat(p.content())
        .isEqualTo(
            "{\n  \"Version\": \"2012-10-17\",\n  \"Statement\": [\n    {\n      \"Effect\":"
                + " \"Allow\",\n      \"Action\": \"*\",\n      \"Resource\": \"*\"\n    }\n  ]\n}");
    assertThat(p.arn())
        .isEqualTo("arn:aws:organizations::aws:policy/service_control_policy/p-FullAWSAccess");
    assertThat(p.arn(Partition.AWS_CN))
        .isEqualTo("arn:aws-cn:organizations::aws:policy/service_control_policy/p-FullAWSAccess");
    assertThat(p.detachable()).isTrue();
  }

  @Test
  void rcpFullAwsAccessCannotBeDetached() {
    ManagedPolicy p = PolicyType.RESOURCE_CONTROL_POLICY.managedPolicy().orElseThrow();
    assertThat(p.id()).isEqualTo("p-RCPFullAWSAccess");
    assertThat(p.description()).isEqualTo("Allows access to every resource.");
    assertThat(p.arn())
        .isEqualTo("arn:aws:organizations::aws:policy/resource_control_policy/p-RCPFullAWSAccess");
    assertThat(p.detachable()).isFalse();
    assertThat(ManagedPolicy.byId("p-RCPFullAWSAccess")).contains(p);
    assertThat(ManagedPolicy.byId("p-fullawsaccess")).isEmpty();
  }

  @Test
  void managedPoliciesAreValidDocumentsOfTheirType() {
    // RCPFullAWSAccess is the one RCP that may Allow, so only its JSON and evaluation are checked.
    PolicyDocuments.validate(
        PolicyType.SERVICE_CONTROL_POLICY, ManagedPolicy.FULL_AWS_ACCESS.content());
    assertThat(CompiledPolicy.compile(ManagedPolicy.RCP_FULL_AWS_ACCESS.content())).isNotNull();
  }
}
