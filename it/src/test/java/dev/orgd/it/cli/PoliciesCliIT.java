package dev.orgd.it.cli;

import static dev.orgd.it.support.Fixtures.MGMT;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.orgd.it.support.Command;
import dev.orgd.it.support.ItOrgd;
import dev.orgd.it.support.Summary;
import dev.orgd.it.support.Tools;
import dev.orgd.junit5.OrgdExtension;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awssdk.services.organizations.OrganizationsClient;

/**
 * The AWS CLI enabling SCPs, creating a policy from a file ({@code file://}, as scripts do),
 * attaching it and listing with {@code --page-size}, and the error it prints for a duplicate
 * attachment.
 */
class PoliciesCliIT {
  @RegisterExtension static final OrgdExtension ORGD = ItOrgd.extension();

  @Test
  void aServiceControlPolicyIsCreatedFromAFileAttachedAndListed() throws Exception {
    Path aws = Tools.require("aws");
    OrganizationsClient mgmt = ORGD.runtime().client(MGMT);
    mgmt.createOrganization(r -> {});
    String root = mgmt.listRoots(r -> {}).roots().get(0).id();

    JsonNode enabled =
        cli(
            aws,
            "enable-policy-type",
            "--root-id",
            root,
            "--policy-type",
            "SERVICE_CONTROL_POLICY");
    assertThat(enabled.get("Root").get("PolicyTypes").get(0).get("Status").asText())
        .isEqualTo("ENABLED");
    Path doc = Files.createTempFile("scp-", ".json");
    Files.writeString(
        doc,
        "{\n  \"Version\": \"2012-10-17\",\n  \"Statement\": [{\"Effect\": \"Deny\","
            + " \"Action\": \"organizations:LeaveOrganization\", \"Resource\": \"*\"}]\n}\n");
    JsonNode created =
        cli(
            aws,
            "create-policy",
            "--name",
            "deny-leave",
            "--description",
            "guardrail",
            "--type",
            "SERVICE_CONTROL_POLICY",
            "--content",
            "file://" + doc);
    String id = created.get("Policy").get("PolicySummary").get("Id").asText();
    assertThat(created.get("Policy").get("Content").asText()).isEqualTo(Files.readString(doc));
    Files.delete(doc);

    Command.Result attached =
        command(aws, "attach-policy", "--policy-id", id, "--target-id", root).run();
    assertThat(attached.exitCode()).as(attached.describe()).isZero();
    Command.Result again =
        command(aws, "attach-policy", "--policy-id", id, "--target-id", root).run();
    assertThat(again.exitCode()).isNotZero();
    assertThat(again.stderr()).contains("DuplicatePolicyAttachmentException");

    JsonNode listed =
        cli(
            aws,
            "list-policies-for-target",
            "--target-id",
            root,
            "--filter",
            "SERVICE_CONTROL_POLICY",
            "--page-size",
            "1");
    List<String> ids = new ArrayList<>();
    listed.get("Policies").forEach(p -> ids.add(p.get("Id").asText()));
    assertThat(ids).containsExactlyInAnyOrder("p-FullAWSAccess", id);
    JsonNode targets = cli(aws, "list-targets-for-policy", "--policy-id", id);
    assertThat(targets.get("Targets").get(0).get("Type").asText()).isEqualTo("ROOT");
  }

  private static JsonNode cli(Path aws, String... args) {
    return Summary.ofJsonOutput(command(aws, args));
  }

  private static Command command(Path aws, String... args) {
    return Command.awsOrganizations(aws, ORGD.runtime().endpoint(), args).account(MGMT);
  }
}
