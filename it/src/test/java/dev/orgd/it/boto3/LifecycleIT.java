package dev.orgd.it.boto3;

import static dev.orgd.it.support.Summary.strings;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.orgd.it.support.Command;
import dev.orgd.it.support.ItOrgd;
import dev.orgd.it.support.Summary;
import dev.orgd.it.support.Tools;
import dev.orgd.junit5.OrgdExtension;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Terraform's account with close_on_deletion and resource policy, CloudFormation's Account,
 * OrganizationalUnit and ResourcePolicy handlers, and CreateGovCloudAccount, replayed with boto3 on
 * every backend (the suite runs once per storage).
 */
class LifecycleIT {
  @RegisterExtension static final OrgdExtension ORGD = ItOrgd.extension();

  private static final Path SCRIPTS = Summary.folder("orgd.it.python.dir", "src/test/python");

  @Test
  void closureResourcePolicyAndGovCloudSequencesWork() {
    Path python = Tools.requirePythonModule("boto3");
    JsonNode s =
        Summary.of(
            Command.of(List.of(python.toString(), SCRIPTS.resolve("lifecycle_iac.py").toString()))
                .directory(SCRIPTS)
                .env("ORGD_ENDPOINT", ORGD.runtime().endpoint().toString()));
    String org = s.get("org").asText();
    String ou = s.get("ou").asText();

    // Terraform, aws_organizations_account with close_on_deletion.
    assertThat(s.get("tf_before_close").toString())
        .isEqualTo("{\"State\":\"ACTIVE\",\"Status\":\"ACTIVE\"}");
    assertThat(s.get("tf_parent").asText()).isEqualTo(ou);
    assertThat(s.get("tf_close_polls").toString()).isEqualTo("[[\"SUSPENDED\",\"CLOSED\"]]");
    assertThat(s.get("tf_close_again").asText()).isEqualTo("AccountAlreadyClosedException");
    assertThat(s.get("tf_closed_listed").get(0).get(1).asText()).isEqualTo("SUSPENDED");
    assertThat(s.get("tf_closed_listed").get(0).get(2).asText()).isEqualTo("CLOSED");

    // Terraform, aws_organizations_resource_policy.
    String policyId = s.get("tf_policy").get("Id").asText();
    assertThat(policyId).matches("rp-[a-z0-9]{8}");
    assertThat(s.get("tf_policy").get("Arn").asText())
        .isEqualTo("arn:aws:organizations::111111111111:resourcepolicy/" + org + "/" + policyId);
    assertThat(s.get("tf_policy_read").get("ResourcePolicySummary")).isEqualTo(s.get("tf_policy"));
    assertThat(s.get("tf_policy_read").get("Content").asText()).contains("AllowDescribe");
    assertThat(s.get("tf_policy_tags").toString())
        .isEqualTo("[{\"Key\":\"owner\",\"Value\":\"tf\"}]");
    assertThat(s.get("tf_policy_tags_updated").toString())
        .isEqualTo("[{\"Key\":\"env\",\"Value\":\"dev\"}]");
    assertThat(s.get("tf_policy_delete_again").asText())
        .isEqualTo("ResourcePolicyNotFoundException");
    assertThat(s.get("tf_policy_bad_json").asText()).isEqualTo("InvalidInputException");
    assertThat(strings(s.get("tf_policy_bad_action")))
        .containsExactly("InvalidInputException", "UNSUPPORTED_ACTION_IN_RESOURCE_POLICY");

    // CloudFormation, AWS::Organizations::Account.
    assertThat(s.get("cfn_account_listed").asBoolean()).isTrue();
    assertThat(s.get("cfn_account_read").get("Parent").asText()).isEqualTo(ou);
    assertThat(s.get("cfn_account_read").get("Tags").toString())
        .isEqualTo("[{\"Key\":\"stack\",\"Value\":\"cfn\"}]");
    assertThat(s.get("cfn_account_updated_tags").toString())
        .isEqualTo("[{\"Key\":\"tier\",\"Value\":\"1\"}]");
    assertThat(s.get("cfn_account_delete_again").asText())
        .isEqualTo("AccountAlreadyClosedException");
    assertThat(s.get("cfn_account_close_unknown").asText()).isEqualTo("AccountNotFoundException");
    assertThat(s.get("cfn_account_close_mgmt").asText()).isEqualTo("ConstraintViolationException");

    // CloudFormation, AWS::Organizations::OrganizationalUnit.
    assertThat(strings(s.get("cfn_ou_existing_before"))).containsExactly("workloads");
    assertThat(s.get("cfn_ou_duplicate").asText())
        .isEqualTo("DuplicateOrganizationalUnitException");
    assertThat(s.get("cfn_ou_read").get("Name").asText()).isEqualTo("cfn-ou");
    assertThat(s.get("cfn_ou_read").get("Parent").asText()).isEqualTo(s.get("root").asText());
    assertThat(s.get("cfn_ou_read").get("Tags").toString())
        .isEqualTo("[{\"Key\":\"stack\",\"Value\":\"cfn\"}]");
    assertThat(s.get("cfn_ou_updated").asText()).isEqualTo("cfn-ou-renamed");
    assertThat(s.get("cfn_ou_read_deleted").asText())
        .isEqualTo("OrganizationalUnitNotFoundException");
    assertThat(s.get("cfn_ou_delete_again").asText())
        .isEqualTo("OrganizationalUnitNotFoundException");

    // CloudFormation, AWS::Organizations::ResourcePolicy.
    assertThat(s.get("cfn_policy_describe_first").asText())
        .isEqualTo("ResourcePolicyNotFoundException");
    assertThat(s.get("cfn_policy_describe_exists").asText()).isEqualTo("NO_ERROR");
    assertThat(s.get("cfn_policy_read_same_id").asBoolean()).isTrue();
    assertThat(s.get("cfn_policy_tags").toString())
        .isEqualTo("[{\"Key\":\"stack\",\"Value\":\"cfn\"}]");
    assertThat(s.get("cfn_policy_update_same_id").asBoolean()).isTrue();
    assertThat(s.get("cfn_policy_update_with_tags").asText()).isEqualTo("InvalidInputException");
    assertThat(s.get("cfn_policy_read_deleted").asText())
        .isEqualTo("ResourcePolicyNotFoundException");
    assertThat(s.get("cfn_policy_tags_deleted").asText()).isEqualTo("TargetNotFoundException");

    // CreateGovCloudAccount and its status.
    assertThat(s.get("gov_not_paired").asText()).isEqualTo("ConstraintViolationException");
    JsonNode gov = s.get("gov_status");
    assertThat(gov.get("State").asText()).isEqualTo("SUCCEEDED");
    assertThat(gov.get("AccountId").asText()).matches("\\d{12}");
    assertThat(gov.get("GovCloudAccountId").asText())
        .matches("\\d{12}")
        .isNotEqualTo(gov.get("AccountId").asText());
    assertThat(s.get("gov_described")).isEqualTo(gov);
    assertThat(s.get("gov_listed").get(0)).isEqualTo(gov);
    assertThat(s.get("gov_account_tags").toString()).isEqualTo("[{\"Key\":\"k\",\"Value\":\"v\"}]");

    // After 90 days of orgd's clock the closed accounts are out of the organization.
    assertThat(s.get("after_describe").asText()).isEqualTo("AccountNotFoundException");
    assertThat(s.get("after_parents").asText()).isEqualTo("ChildNotFoundException");
    assertThat(strings(s.get("after_listed")))
        .doesNotContainAnyElementsOf(strings(s.get("closed")));
    assertThat(strings(s.get("after_listed")))
        .contains("111111111111", gov.get("AccountId").asText());
  }
}
