package dev.orgd.it.cli;

import static dev.orgd.it.support.Fixtures.BOB;
import static dev.orgd.it.support.Fixtures.MGMT;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.orgd.it.support.Command;
import dev.orgd.it.support.ItOrgd;
import dev.orgd.it.support.Summary;
import dev.orgd.it.support.Tools;
import dev.orgd.junit5.OrgdExtension;
import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awssdk.services.organizations.model.OrganizationFeatureSet;

/**
 * Responsibility transfers with the AWS CLI (v1 knows all six operations): one sent, listed inbound
 * and outbound, accepted, active after its start and terminated; one declined; one expired. The
 * organizations are created with the Java SDK; the clock is moved by the control plane.
 */
class ResponsibilityTransferCliIT {
  @RegisterExtension static final OrgdExtension ORGD = ItOrgd.extension();

  @Test
  void aTransferGoesThroughItsLifecycle() {
    Path aws = Tools.require("aws");
    ORGD.runtime().freezeClock(Instant.parse("2026-12-02T00:00:00Z"));
    ORGD.runtime().client(MGMT).createOrganization(r -> r.featureSet(OrganizationFeatureSet.ALL));
    ORGD.runtime().client(BOB).createOrganization(r -> r.featureSet(OrganizationFeatureSet.ALL));

    JsonNode handshake = invite(aws, "2027-01-01T00:00:00Z", "bobs-bill").get("Handshake");
    String handshakeId = handshake.get("Id").asText();
    String id = transferId(handshake);
    assertThat(handshake.get("Action").asText()).isEqualTo("TRANSFER_RESPONSIBILITY");
    assertThat(id).matches("rt-[0-9a-z]{8}");

    JsonNode inbound = cli(aws, MGMT, "list-inbound-responsibility-transfers", "--type", "BILLING");
    assertThat(inbound.get("ResponsibilityTransfers").get(0).get("Id").asText()).isEqualTo(id);
    assertThat(inbound.get("ResponsibilityTransfers").get(0).get("Status").asText())
        .isEqualTo("REQUESTED");
    JsonNode outbound =
        cli(aws, BOB, "list-outbound-responsibility-transfers", "--type", "BILLING");
    assertThat(outbound.get("ResponsibilityTransfers").get(0).get("Id").asText()).isEqualTo(id);
    JsonNode received =
        cli(
            aws,
            BOB,
            "list-handshakes-for-account",
            "--filter",
            "ActionType=TRANSFER_RESPONSIBILITY");
    assertThat(received.get("Handshakes").get(0).get("Id").asText()).isEqualTo(handshakeId);

    cli(aws, BOB, "accept-handshake", "--handshake-id", handshakeId);
    ORGD.runtime().freezeClock(Instant.parse("2027-01-10T00:00:00Z"));
    JsonNode active = cli(aws, BOB, "describe-responsibility-transfer", "--id", id);
    assertThat(active.get("ResponsibilityTransfer").get("Status").asText()).isEqualTo("ACCEPTED");
    assertThat(active.get("ResponsibilityTransfer").has("EndTimestamp")).isFalse();

    JsonNode renamed =
        cli(aws, MGMT, "update-responsibility-transfer", "--id", id, "--name", "renamed");
    assertThat(renamed.get("ResponsibilityTransfer").get("Name").asText()).isEqualTo("renamed");
    JsonNode terminated =
        cli(
            aws,
            MGMT,
            "terminate-responsibility-transfer",
            "--id",
            id,
            "--end-timestamp",
            "2027-01-31T23:59:59.999Z");
    assertThat(terminated.get("ResponsibilityTransfer").get("Status").asText())
        .isEqualTo("WITHDRAWN");
    Command.Result again = command(aws, BOB, "terminate-responsibility-transfer", "--id", id).run();
    assertThat(again.exitCode()).isNotZero();
    assertThat(again.stderr()).contains("ResponsibilityTransferAlreadyInStatusException");

    // One declined.
    ORGD.runtime().freezeClock(Instant.parse("2027-02-02T00:00:00Z"));
    JsonNode declined = invite(aws, "2027-03-01T00:00:00Z", "declined").get("Handshake");
    cli(aws, BOB, "decline-handshake", "--handshake-id", declined.get("Id").asText());
    assertThat(
            cli(aws, MGMT, "describe-responsibility-transfer", "--id", transferId(declined))
                .at("/ResponsibilityTransfer/Status")
                .asText())
        .isEqualTo("DECLINED");

    // One expired (its deadline is 2027-02-27T23:59:59.999Z).
    JsonNode expiring = invite(aws, "2027-03-01T00:00:00Z", "expiring").get("Handshake");
    ORGD.runtime().freezeClock(Instant.parse("2027-02-28T00:00:00Z"));
    assertThat(
            cli(aws, BOB, "describe-responsibility-transfer", "--id", transferId(expiring))
                .at("/ResponsibilityTransfer/Status")
                .asText())
        .isEqualTo("EXPIRED");
    assertThat(
            cli(aws, BOB, "describe-handshake", "--handshake-id", expiring.get("Id").asText())
                .at("/Handshake/State")
                .asText())
        .isEqualTo("EXPIRED");
  }

  private static JsonNode invite(Path aws, String start, String name) {
    return cli(
        aws,
        MGMT,
        "invite-organization-to-transfer-responsibility",
        "--type",
        "BILLING",
        "--target",
        "Id=" + BOB + ",Type=ACCOUNT",
        "--start-timestamp",
        start,
        "--source-name",
        name);
  }

  private static String transferId(JsonNode handshake) {
    for (JsonNode resource : handshake.get("Resources")) {
      if (resource.get("Type").asText().equals("RESPONSIBILITY_TRANSFER")) {
        return resource.get("Value").asText();
      }
    }
    throw new AssertionError("no RESPONSIBILITY_TRANSFER resource: " + handshake);
  }

  private static JsonNode cli(Path aws, String account, String... args) {
    return Summary.ofJsonOutput(command(aws, account, args));
  }

  private static Command command(Path aws, String account, String... args) {
    return Command.awsOrganizations(aws, ORGD.runtime().endpoint(), args).account(account);
  }
}
