package dev.orgd.bench.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import dev.orgd.bench.load.Request;
import dev.orgd.bench.load.Response;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class WritePathScenarioTest {

  private final WritePathScenario scenario =
      new WritePathScenario(
          new AwsJson("127.0.0.1:1"), "111111111111", new AtomicLong(200_000_000_001L));

  private static String text(Request r) {
    return new String(r.bytes(), StandardCharsets.UTF_8);
  }

  private static Response ok(String body) {
    return new Response(200, body.getBytes(StandardCharsets.UTF_8), true);
  }

  @Test
  void invitesAFreshAccountThenAcceptsAsThatAccount() {
    ConnectionScript script = scenario.newConnection(0);

    Request invite = script.next();
    assertThat(invite.wantsBody()).isTrue();
    assertThat(text(invite))
        .contains("X-Amz-Target: AWSOrganizationsV20161128.InviteAccountToOrganization")
        .contains("Credential=111111111111/")
        .endsWith("{\"Target\":{\"Id\":\"200000000001\",\"Type\":\"ACCOUNT\"}}");
    assertThat(script.accept(invite, ok("{\"Handshake\":{\"Id\":\"h-abc\",\"State\":\"OPEN\"}}")))
        .isTrue();

    Request accept = script.next();
    assertThat(text(accept))
        .contains("X-Amz-Target: AWSOrganizationsV20161128.AcceptHandshake")
        .contains("Credential=200000000001/")
        .endsWith("{\"HandshakeId\":\"h-abc\"}");
    assertThat(script.accept(accept, ok("{}"))).isTrue();

    assertThat(text(script.next())).endsWith("\"Id\":\"200000000002\",\"Type\":\"ACCOUNT\"}}");
  }

  @Test
  void aFailedInviteIsAnErrorAndTheNextRequestInvitesAgain() {
    ConnectionScript script = scenario.newConnection(0);
    Request invite = script.next();

    assertThat(script.accept(invite, new Response(400, new byte[0], true))).isFalse();
    assertThat(text(script.next())).contains("InviteAccountToOrganization");
  }

  @Test
  void connectionsNeverInviteTheSameAccount() {
    ConnectionScript a = scenario.newConnection(0);
    ConnectionScript b = scenario.newConnection(1);

    assertThat(text(a.next())).isNotEqualTo(text(b.next()));
  }
}
