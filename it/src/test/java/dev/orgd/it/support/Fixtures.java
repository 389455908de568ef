package dev.orgd.it.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import software.amazon.awssdk.services.organizations.OrganizationsClient;
import software.amazon.awssdk.services.organizations.model.Handshake;
import software.amazon.awssdk.services.organizations.model.HandshakeParty;
import software.amazon.awssdk.services.organizations.model.HandshakePartyType;
import software.amazon.awssdk.services.organizations.model.HandshakeResource;
import software.amazon.awssdk.services.organizations.model.Organization;
import software.amazon.awssdk.services.organizations.model.OrganizationFeatureSet;

/** Accounts, set-up steps and handshake checks shared by the Java SDK tests. */
public final class Fixtures {
  public static final String MGMT = "111111111111";
  public static final String ALICE = "222222222222";
  public static final String BOB = "333333333333";
  public static final String CAROL = "444444444444";
  public static final String DAVE = "555555555555";
  public static final String STRANGER = "999999999999";

  public static final String HANDSHAKE_ID = "h-[0-9a-f]{32}";
  public static final String ORGANIZATION_ID = "o-[a-z0-9]{10}";

  private Fixtures() {}

  /** Creates an organization managed by {@code mgmt}. */
  public static Organization createOrganization(
      OrganizationsClient mgmt, OrganizationFeatureSet featureSet) {
    Organization org = mgmt.createOrganization(r -> r.featureSet(featureSet)).organization();
    assertThat(org.id()).matches(ORGANIZATION_ID);
    assertThat(org.featureSet()).isEqualTo(featureSet);
    return org;
  }

  /** Invites an account by its id. */
  public static Handshake inviteAccount(OrganizationsClient mgmt, String accountId) {
    return mgmt.inviteAccountToOrganization(
            r -> r.target(t -> t.type(HandshakePartyType.ACCOUNT).id(accountId)))
        .handshake();
  }

  /** Invites an account by its id, with notes. */
  public static Handshake inviteAccount(OrganizationsClient mgmt, String accountId, String notes) {
    return mgmt.inviteAccountToOrganization(
            r -> r.target(t -> t.type(HandshakePartyType.ACCOUNT).id(accountId)).notes(notes))
        .handshake();
  }

  /** Invites whoever owns {@code email}. */
  public static Handshake inviteEmail(OrganizationsClient mgmt, String email) {
    return mgmt.inviteAccountToOrganization(
            r -> r.target(t -> t.type(HandshakePartyType.EMAIL).id(email)))
        .handshake();
  }

  /** The parties of a handshake as {@code TYPE -> id}. */
  public static Map<HandshakePartyType, String> parties(Handshake h) {
    return h.parties().stream().collect(Collectors.toMap(HandshakeParty::type, HandshakeParty::id));
  }

  /**
   * The resources of a handshake in order, as {@code TYPE=value} strings, nested resources in
   * brackets: {@code ORGANIZATION=o-x[MASTER_EMAIL=a, MASTER_NAME=b,
   * ORGANIZATION_FEATURE_SET=ALL]}.
   */
  public static List<String> resources(Handshake h) {
    return h.resources().stream().map(Fixtures::render).collect(Collectors.toList());
  }

  private static String render(HandshakeResource r) {
    String self = r.typeAsString() + "=" + r.value();
    if (!r.hasResources() || r.resources().isEmpty()) {
      return self;
    }
    return self + r.resources().stream().map(Fixtures::render).collect(Collectors.toList());
  }

  /** Lifetime of a handshake: expiration minus request time. */
  public static Duration lifetime(Handshake h) {
    return Duration.between(h.requestedTimestamp(), h.expirationTimestamp());
  }

  /** The handshake ARN the contract prescribes (CONTRACT section 3). */
  public static String handshakeArn(String mgmt, String orgId, String action, String id) {
    return "arn:aws:organizations::" + mgmt + ":handshake/" + orgId + "/" + action + "/" + id;
  }
}
