package dev.orgd.bench.scenario;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.orgd.bench.load.Request;
import dev.orgd.bench.load.Response;
import java.io.IOException;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The write path: the management account invites a fresh account (InviteAccountToOrganization),
 * then the invited account accepts the handshake the invite returned (AcceptHandshake, signed with
 * the invited account's access key id). Every request is one sample, so a round trip is two.
 */
public final class WritePathScenario implements Scenario {

  /** Invited accounts are numbered from here; far from the management account's id. */
  static final long FIRST_INVITED_ACCOUNT = 200_000_000_000L;

  private static final ObjectMapper JSON = new ObjectMapper();

  private final AwsJson aws;
  private final String managementAccountId;
  private final AtomicLong nextAccount;

  /**
   * @param firstAccount the first invited account id; a later run on the same server must start
   *     past the accounts an earlier run invited
   */
  public WritePathScenario(AwsJson aws, String managementAccountId, AtomicLong firstAccount) {
    this.aws = aws;
    this.managementAccountId = managementAccountId;
    this.nextAccount = firstAccount;
  }

  public WritePathScenario(AwsJson aws, String managementAccountId) {
    this(aws, managementAccountId, new AtomicLong(FIRST_INVITED_ACCOUNT));
  }

  @Override
  public String name() {
    return "Invite+AcceptHandshake";
  }

  @Override
  public ConnectionScript newConnection(int index) {
    return new Script();
  }

  /** The handshake id in an InviteAccountToOrganization answer, or null. */
  static String handshakeId(byte[] body) {
    if (body == null) {
      return null;
    }
    try {
      JsonNode id = JSON.readTree(body).path("Handshake").path("Id");
      return id.isTextual() ? id.asText() : null;
    } catch (IOException e) {
      return null;
    }
  }

  private final class Script implements ConnectionScript {
    private String invitedAccount;
    private String pendingHandshake;

    @Override
    public Request next() {
      if (pendingHandshake == null) {
        invitedAccount = String.format("%012d", nextAccount.getAndIncrement());
        String body = "{\"Target\":{\"Id\":\"" + invitedAccount + "\",\"Type\":\"ACCOUNT\"}}";
        return aws.request("InviteAccountToOrganization", managementAccountId, body, true);
      }
      String body = "{\"HandshakeId\":" + AwsJson.quote(pendingHandshake) + "}";
      return aws.request("AcceptHandshake", invitedAccount, body, false);
    }

    @Override
    public boolean accept(Request request, Response response) {
      if (pendingHandshake != null) {
        pendingHandshake = null;
        return response.ok();
      }
      pendingHandshake = response.ok() ? handshakeId(response.body()) : null;
      return pendingHandshake != null;
    }
  }
}
