package dev.orgd.it.boto3;

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
 * The policy call sequences of Terraform, CloudFormation and Customizations for Control Tower,
 * replayed with boto3 on every backend (the suite runs once per storage).
 */
class PoliciesIT {
  @RegisterExtension static final OrgdExtension ORGD = ItOrgd.extension();

  private static final Path SCRIPTS = Summary.folder("orgd.it.python.dir", "src/test/python");

  @Test
  void theToolsPolicySequencesWorkAndTheirErrorsAreAwsShaped() {
    Path python = Tools.requirePythonModule("boto3");
    JsonNode s =
        Summary.of(
            Command.of(List.of(python.toString(), SCRIPTS.resolve("policies_iac.py").toString()))
                .directory(SCRIPTS)
                .env("ORGD_ENDPOINT", ORGD.runtime().endpoint().toString()));

    String org = s.get("org").asText();
    String root = s.get("root").asText();
    assertThat(s.get("root_types_before")).isEmpty();
    assertThat(s.get("enabled_root").get("PolicyTypes").toString())
        .isEqualTo("[{\"Status\":\"ENABLED\",\"Type\":\"SERVICE_CONTROL_POLICY\"}]");
    assertThat(s.get("root_types").toString())
        .isEqualTo("[{\"Status\":\"ENABLED\",\"Type\":\"SERVICE_CONTROL_POLICY\"}]");
    assertThat(s.get("full_access_targets")).hasSize(4); // root, the OU, two accounts
    assertThat(s.get("full_access_targets").toString()).contains(root, "111111111111");

    JsonNode created = s.get("created").get("PolicySummary");
    String id = created.get("Id").asText();
    assertThat(id).matches("p-[0-9a-z]{10}");
    assertThat(created.get("Arn").asText())
        .isEqualTo(
            "arn:aws:organizations::111111111111:policy/" + org + "/service_control_policy/" + id);
    assertThat(created.get("AwsManaged").asBoolean()).isFalse();
    assertThat(s.get("described")).isEqualTo(s.get("created"));
    assertThat(s.get("policy_tags").toString())
        .isEqualTo("[{\"Key\":\"owner\",\"Value\":\"platform\"}]");
    assertThat(s.get("policy_tags_after").toString())
        .isEqualTo("[{\"Key\":\"env\",\"Value\":\"prod\"}]");
    assertThat(s.get("attachment_targets")).hasSize(1);
    assertThat(s.get("policies_for_ou").toString()).contains("p-FullAWSAccess", id);

    assertThat(s.get("attach_again").asText()).isEqualTo("DuplicatePolicyAttachmentException");
    assertThat(s.get("detach_not_attached").asText()).isEqualTo("PolicyNotAttachedException");
    assertThat(s.get("enable_again").asText()).isEqualTo("PolicyTypeAlreadyEnabledException");
    assertThat(s.get("delete_attached").asText()).isEqualTo("PolicyInUseException");
    assertThat(s.get("detach_last_scp").asText())
        .isEqualTo("ConstraintViolationException:MIN_POLICY_TYPE_ATTACHMENT_LIMIT_EXCEEDED");
    assertThat(s.get("update_managed").asText())
        .isEqualTo("InvalidInputException:IMMUTABLE_POLICY");
    assertThat(s.get("duplicate_name").asText()).isEqualTo("DuplicatePolicyException");
    assertThat(s.get("too_long").asText())
        .isEqualTo("ConstraintViolationException:POLICY_CONTENT_LIMIT_EXCEEDED");
    assertThat(s.get("malformed").asText()).isEqualTo("MalformedPolicyDocumentException");
    assertThat(s.get("member_creates").asText()).isEqualTo("AccessDeniedException");
    assertThat(s.get("unknown_target").asText()).isEqualTo("TargetNotFoundException");
    assertThat(s.get("unknown_policy").asText()).isEqualTo("PolicyNotFoundException");

    assertThat(s.get("updated").get("PolicySummary").get("Description").asText())
        .isEqualTo("still no leaving");
    assertThat(s.get("targets_after_detach")).isEmpty();
    assertThat(s.get("describe_deleted").asText()).isEqualTo("PolicyNotFoundException");

    assertThat(s.get("cfn_listed").toString()).isEqualTo("[\"cfn-tags\"]");
    assertThat(s.get("cfn_targets")).hasSize(1);
    assertThat(s.get("effective").toString())
        .isEqualTo("{\"tags\":{\"env\":{\"tag_key\":\"Env\"}}}");
    assertThat(s.get("effective_other").asText()).isEqualTo("AccessDeniedException");
    assertThat(s.get("effective_mgmt").asText()).isEqualTo("EffectivePolicyNotFoundException");
    assertThat(s.get("invalid_accounts")).isEmpty();
    assertThat(s.get("validation_errors")).isEmpty();
    assertThat(s.get("validation_path").asText()).startsWith(org + "/" + root + "/ou-");
    assertThat(s.get("disabled_root_types").toString())
        .isEqualTo("[{\"Status\":\"ENABLED\",\"Type\":\"TAG_POLICY\"}]");
    assertThat(s.get("disable_again").asText()).isEqualTo("PolicyTypeNotEnabledException");
  }
}
