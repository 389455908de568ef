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
 * Terraform's OU and account-with-parent_id call sequences, replayed with boto3 on every backend
 * (the suite runs once per storage).
 */
class StructureIT {
  @RegisterExtension static final OrgdExtension ORGD = ItOrgd.extension();

  private static final Path SCRIPTS = Summary.folder("orgd.it.python.dir", "src/test/python");

  @Test
  void terraformsOrganizationalUnitAndAccountSequencesWork() {
    Path python = Tools.requirePythonModule("boto3");
    JsonNode s =
        Summary.of(
            Command.of(
                    List.of(
                        python.toString(), SCRIPTS.resolve("structure_terraform.py").toString()))
                .directory(SCRIPTS)
                .env("ORGD_ENDPOINT", ORGD.runtime().endpoint().toString()));

    String org = s.get("org").asText();
    String root = s.get("root").asText();
    JsonNode ou = s.get("ou");
    String ouId = ou.get("Id").asText();
    String childId = s.get("child").get("Id").asText();
    assertThat(ouId).matches("ou-" + root.substring(2) + "-[a-z0-9]{8}");
    assertThat(ou.get("Arn").asText())
        .isEqualTo("arn:aws:organizations::111111111111:ou/" + org + "/" + ouId);
    assertThat(ou.get("Path").asText()).isEqualTo(org + "/" + root + "/" + ouId + "/");
    assertThat(s.get("ou_described")).isEqualTo(ou);
    assertThat(s.get("ou_parents").get(0).get("Id").asText()).isEqualTo(root);
    assertThat(s.get("ou_parents").get(0).get("Type").asText()).isEqualTo("ROOT");
    assertThat(s.get("child_parents").get(0).get("Id").asText()).isEqualTo(ouId);
    assertThat(s.get("child_parents").get(0).get("Type").asText()).isEqualTo("ORGANIZATIONAL_UNIT");
    assertThat(s.get("ou_accounts")).isEmpty();

    List<String> created = strings(s.get("created")).stream().sorted().toList();
    assertThat(strings(s.get("ou_accounts_paged"))).isEqualTo(created);
    assertThat(s.get("ou_accounts_page_sizes").toString()).isEqualTo("[2,1]");
    assertThat(s.get("ou_accounts_paths").get(0).get(0).asText())
        .isEqualTo(org + "/" + root + "/" + ouId + "/" + created.get(0) + "/");
    assertThat(strings(s.get("root_accounts"))).containsExactly("111111111111");
    assertThat(s.get("account_described").get("Paths").get(0).asText())
        .endsWith("/" + ouId + "/" + strings(s.get("created")).get(0) + "/");
    assertThat(s.get("account_parents").get(0).get("Id").asText()).isEqualTo(ouId);
    assertThat(s.get("account_tags").toString())
        .isEqualTo("[{\"Key\":\"env\",\"Value\":\"prod\"}]");
    assertThat(s.get("ou_tags").toString()).isEqualTo("[{\"Key\":\"team\",\"Value\":\"core\"}]");
    assertThat(s.get("policy_tags").asText()).isEqualTo("TargetNotFoundException");
    assertThat(s.get("ou_account_children")).hasSize(3);
    assertThat(s.get("ou_ou_children").get(0).get("Id").asText()).isEqualTo(childId);
    assertThat(s.get("ou_ou_children").get(0).get("Type").asText())
        .isEqualTo("ORGANIZATIONAL_UNIT");
    assertThat(s.get("root_ous")).hasSize(1);

    assertThat(s.get("ou_updated").get("Name").asText()).isEqualTo("platform");
    assertThat(s.get("ou_updated").get("Id").asText()).isEqualTo(childId);
    assertThat(s.get("delete_non_empty").asText()).isEqualTo("OrganizationalUnitNotEmptyException");
    assertThat(s.get("describe_deleted").asText()).isEqualTo("OrganizationalUnitNotFoundException");
    assertThat(s.get("member_describes").asText()).isEqualTo("AccessDeniedException");
    assertThat(s.get("standalone_lists").asText()).isEqualTo("AWSOrganizationsNotInUseException");
    assertThat(s.get("move_again").asText()).isEqualTo("SourceParentNotFoundException");
  }
}
