package dev.orgd.it.cli;

import static dev.orgd.it.support.Fixtures.MGMT;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.orgd.it.support.Command;
import dev.orgd.it.support.ControlPlane;
import dev.orgd.it.support.ItOrgd;
import dev.orgd.it.support.Summary;
import dev.orgd.it.support.Tools;
import dev.orgd.junit5.OrgdExtension;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awssdk.services.organizations.OrganizationsClient;

/**
 * The AWS CLI building an OU tree, moving and tagging accounts and listing by parent with {@code
 * --page-size}, and an account-vending run that closes an account and sees it leave. The
 * organization and its accounts are set up with the Java SDK: each CLI call starts a Python
 * interpreter.
 */
class StructureCliIT {
  @RegisterExtension static final OrgdExtension ORGD = ItOrgd.extension();

  @Test
  void anOrganizationalUnitTreeIsBuiltAndListedByParent() {
    Path aws = Tools.require("aws");
    OrganizationsClient mgmt = ORGD.runtime().client(MGMT);
    mgmt.createOrganization(r -> {});
    String root = mgmt.listRoots(r -> {}).roots().get(0).id();
    List<String> accounts = new ArrayList<>();
    for (int n = 0; n < 3; n++) {
      int i = n;
      accounts.add(
          mgmt.createAccount(r -> r.email("vend" + i + "@example.com").accountName("vend" + i))
              .createAccountStatus()
              .accountId());
    }

    JsonNode workloads =
        cli(aws, "create-organizational-unit", "--parent-id", root, "--name", "Workloads");
    String workloadsId = workloads.get("OrganizationalUnit").get("Id").asText();
    JsonNode prod =
        cli(aws, "create-organizational-unit", "--parent-id", workloadsId, "--name", "Prod");
    String prodId = prod.get("OrganizationalUnit").get("Id").asText();
    assertThat(prod.get("OrganizationalUnit").get("Path").asText())
        .endsWith("/" + root + "/" + workloadsId + "/" + prodId + "/");
    for (String account : accounts) {
      cliNoOutput(
          aws,
          "move-account",
          "--account-id",
          account,
          "--source-parent-id",
          root,
          "--destination-parent-id",
          prodId);
    }

    cliNoOutput(
        aws, "tag-resource", "--resource-id", accounts.get(0), "--tags", "Key=env,Value=prod");
    JsonNode tags = cli(aws, "list-tags-for-resource", "--resource-id", accounts.get(0));
    assertThat(tags.get("Tags").get(0).get("Key").asText()).isEqualTo("env");
    assertThat(tags.get("Tags").get(0).get("Value").asText()).isEqualTo("prod");

    JsonNode listed =
        cli(aws, "list-accounts-for-parent", "--parent-id", prodId, "--page-size", "2");
    assertThat(listed.has("NextToken")).isFalse();
    List<String> ids = new ArrayList<>();
    listed.get("Accounts").forEach(a -> ids.add(a.get("Id").asText()));
    assertThat(ids).isEqualTo(accounts.stream().sorted().toList());
    JsonNode children =
        cli(
            aws,
            "list-children",
            "--parent-id",
            workloadsId,
            "--child-type",
            "ORGANIZATIONAL_UNIT",
            "--page-size",
            "1");
    assertThat(children.get("Children").get(0).get("Id").asText()).isEqualTo(prodId);
    JsonNode parents = cli(aws, "list-parents", "--child-id", accounts.get(0));
    assertThat(parents.get("Parents").get(0).get("Id").asText()).isEqualTo(prodId);
    JsonNode rootAccounts =
        cli(aws, "list-accounts-for-parent", "--parent-id", root, "--page-size", "1");
    assertThat(rootAccounts.get("Accounts")).hasSize(1);
    assertThat(rootAccounts.get("Accounts").get(0).get("Id").asText()).isEqualTo(MGMT);
  }

  /**
   * An account-vending run, all with the CLI: an OU tree, accounts created and placed in it,
   * tagged, listed by parent a page at a time; one is closed and leaves the organization when the
   * control plane moves orgd's clock past its 90-day post-closure period.
   */
  @Test
  void aVendedAccountThatIsClosedLeavesWhenTheClockMoves() {
    Path aws = Tools.require("aws");
    cli(aws, "create-organization");
    String root = cli(aws, "list-roots").get("Roots").get(0).get("Id").asText();
    String workloads =
        cli(aws, "create-organizational-unit", "--parent-id", root, "--name", "Workloads")
            .get("OrganizationalUnit")
            .get("Id")
            .asText();
    String sandbox =
        cli(aws, "create-organizational-unit", "--parent-id", workloads, "--name", "Sandbox")
            .get("OrganizationalUnit")
            .get("Id")
            .asText();
    List<String> accounts = new ArrayList<>();
    for (int n = 0; n < 3; n++) {
      String request =
          cli(
                  aws,
                  "create-account",
                  "--email",
                  "sb" + n + "@example.com",
                  "--account-name",
                  "sb" + n)
              .get("CreateAccountStatus")
              .get("Id")
              .asText();
      JsonNode status =
          cli(aws, "describe-create-account-status", "--create-account-request-id", request)
              .get("CreateAccountStatus");
      assertThat(status.get("State").asText()).isEqualTo("SUCCEEDED");
      String account = status.get("AccountId").asText();
      accounts.add(account);
      cliNoOutput(
          aws,
          "move-account",
          "--account-id",
          account,
          "--source-parent-id",
          root,
          "--destination-parent-id",
          sandbox);
      cliNoOutput(
          aws, "tag-resource", "--resource-id", account, "--tags", "Key=owner,Value=sb" + n);
    }
    JsonNode listed =
        cli(aws, "list-accounts-for-parent", "--parent-id", sandbox, "--page-size", "2");
    List<String> ids = new ArrayList<>();
    listed.get("Accounts").forEach(a -> ids.add(a.get("Id").asText()));
    assertThat(ids).isEqualTo(accounts.stream().sorted().toList());

    String closed = accounts.get(1);
    cliNoOutput(aws, "close-account", "--account-id", closed);
    JsonNode described = cli(aws, "describe-account", "--account-id", closed).get("Account");
    assertThat(described.get("Status").asText()).isEqualTo("SUSPENDED");
    assertThat(described.get("State").asText()).isEqualTo("CLOSED");
    assertThat(cli(aws, "list-accounts-for-parent", "--parent-id", sandbox).get("Accounts"))
        .hasSize(3);

    new ControlPlane(ORGD.runtime().endpoint()).advance("P90DT1S");

    List<String> after = new ArrayList<>();
    cli(aws, "list-accounts-for-parent", "--parent-id", sandbox, "--page-size", "2")
        .get("Accounts")
        .forEach(a -> after.add(a.get("Id").asText()));
    assertThat(after)
        .containsExactlyElementsOf(
            accounts.stream().filter(a -> !a.equals(closed)).sorted().toList());
    Command.Result gone = command(aws, "describe-account", "--account-id", closed).run();
    assertThat(gone.exitCode()).as(gone.describe()).isNotZero();
    assertThat(gone.stderr()).contains("AccountNotFoundException");
  }

  private static JsonNode cli(Path aws, String... args) {
    return Summary.ofJsonOutput(command(aws, args));
  }

  private static void cliNoOutput(Path aws, String... args) {
    Command.Result result = command(aws, args).run();
    assertThat(result.exitCode()).as(result.describe()).isZero();
    assertThat(result.stdout()).isBlank();
  }

  private static Command command(Path aws, String... args) {
    return Command.awsOrganizations(aws, ORGD.runtime().endpoint(), args).account(MGMT);
  }
}
