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
 * Responsibility transfers with boto3 on every backend: one sent, listed inbound and outbound,
 * accepted, active after its start and terminated; one declined; one expired ({@code
 * responsibility_transfers.py}).
 */
class ResponsibilityTransferBoto3IT {
  @RegisterExtension static final OrgdExtension ORGD = ItOrgd.extension();

  private static final Path SCRIPTS = Summary.folder("orgd.it.python.dir", "src/test/python");

  @Test
  void aTransferGoesThroughItsLifecycle() {
    Path python = Tools.requirePythonModule("boto3");
    JsonNode s =
        Summary.of(
            Command.of(
                    List.of(
                        python.toString(),
                        SCRIPTS.resolve("responsibility_transfers.py").toString()))
                .directory(SCRIPTS)
                .env("ORGD_ENDPOINT", ORGD.runtime().endpoint().toString()));

    String id = s.get("transfer_id").asText();
    String mgmtOrg = s.get("mgmt_org").asText();
    String bobOrg = s.get("bob_org").asText();
    JsonNode handshake = s.get("handshake");
    assertThat(id).matches("rt-[0-9a-z]{8}");
    assertThat(handshake.get("Action").asText()).isEqualTo("TRANSFER_RESPONSIBILITY");
    assertThat(handshake.get("State").asText()).isEqualTo("OPEN");
    assertThat(handshake.get("Arn").asText())
        .startsWith(
            "arn:aws:organizations::111111111111:handshake/"
                + mgmtOrg
                + "/transfer_responsibility/h-");
    assertThat(strings(s.get("inbound"))).containsExactly(id);
    assertThat(s.get("inbound_sizes").toString()).isEqualTo("[1]");
    assertThat(strings(s.get("outbound"))).containsExactly(id);
    assertThat(s.get("mgmt_outbound")).isEmpty();
    assertThat(strings(s.get("bob_handshakes"))).containsExactly(handshake.get("Id").asText());

    JsonNode requested = s.get("requested");
    assertThat(requested.get("Status").asText()).isEqualTo("REQUESTED");
    assertThat(requested.get("Name").asText()).isEqualTo("bob's bill");
    assertThat(requested.get("Type").asText()).isEqualTo("BILLING");
    assertThat(requested.get("Arn").asText())
        .isEqualTo(
            "arn:aws:organizations::111111111111:transfer/" + mgmtOrg + "/billing/inbound/" + id);
    assertThat(s.get("bob_view").get("Arn").asText())
        .isEqualTo(
            "arn:aws:organizations::333333333333:transfer/" + bobOrg + "/billing/outbound/" + id);
    assertThat(requested.get("Target").get("ManagementAccountId").asText())
        .isEqualTo("111111111111");
    assertThat(requested.get("Source").get("ManagementAccountId").asText())
        .isEqualTo("333333333333");
    assertThat(requested.get("ActiveHandshakeId").asText()).isEqualTo(handshake.get("Id").asText());
    assertThat(s.get("member_describes").asText()).isEqualTo("AccessDeniedException");
    assertThat(s.get("sender_accepts").asText()).isEqualTo("AccessDeniedException");

    assertThat(s.get("accepted").asText()).isEqualTo("ACCEPTED");
    assertThat(s.get("delete_while_accepted").asText()).isEqualTo("ConstraintViolationException");
    assertThat(s.get("active").get("Status").asText()).isEqualTo("ACCEPTED");
    assertThat(s.get("active").has("EndTimestamp")).isFalse();
    assertThat(s.get("terminated").get("Status").asText()).isEqualTo("WITHDRAWN");
    assertThat(s.get("terminated").get("EndTimestamp").asText())
        .startsWith("2027-01-31 23:59:59.999");
    assertThat(s.get("terminate_again").asText())
        .isEqualTo("ResponsibilityTransferAlreadyInStatusException");
    assertThat(s.get("bad_end").asText()).isEqualTo("InvalidInputException");

    assertThat(s.get("declined").asText()).isEqualTo("DECLINED");
    assertThat(s.get("expiring_deadline").asText()).startsWith("2027-02-27 23:59:59.999");
    assertThat(s.get("expired").asText()).isEqualTo("EXPIRED");
    assertThat(s.get("expired_handshake").asText()).isEqualTo("EXPIRED");
    assertThat(s.get("accept_expired").asText()).isEqualTo("InvalidHandshakeTransitionException");
  }
}
