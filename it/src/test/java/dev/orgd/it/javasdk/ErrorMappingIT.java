package dev.orgd.it.javasdk;

import static dev.orgd.it.support.Fixtures.ALICE;
import static dev.orgd.it.support.Fixtures.BOB;
import static dev.orgd.it.support.Fixtures.CAROL;
import static dev.orgd.it.support.Fixtures.MGMT;
import static dev.orgd.it.support.Fixtures.STRANGER;
import static dev.orgd.it.support.Fixtures.createOrganization;
import static dev.orgd.it.support.Fixtures.inviteAccount;
import static dev.orgd.it.support.SdkErrors.expect;
import static org.assertj.core.api.Assertions.assertThat;

import dev.orgd.it.support.ItOrgd;
import dev.orgd.junit5.OrgdExtension;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awssdk.services.organizations.OrganizationsClient;
import software.amazon.awssdk.services.organizations.model.AccessDeniedException;
import software.amazon.awssdk.services.organizations.model.ActionType;
import software.amazon.awssdk.services.organizations.model.AlreadyInOrganizationException;
import software.amazon.awssdk.services.organizations.model.AwsOrganizationsNotInUseException;
import software.amazon.awssdk.services.organizations.model.DuplicateHandshakeException;
import software.amazon.awssdk.services.organizations.model.Handshake;
import software.amazon.awssdk.services.organizations.model.HandshakeConstraintViolationException;
import software.amazon.awssdk.services.organizations.model.HandshakeConstraintViolationExceptionReason;
import software.amazon.awssdk.services.organizations.model.HandshakeNotFoundException;
import software.amazon.awssdk.services.organizations.model.HandshakePartyType;
import software.amazon.awssdk.services.organizations.model.InvalidInputException;
import software.amazon.awssdk.services.organizations.model.Organization;
import software.amazon.awssdk.services.organizations.model.OrganizationFeatureSet;

/**
 * Every error reaches the AWS SDK for Java v2 as its typed exception, with the Reason the contract
 * names, HTTP 400 and a request id.
 */
class ErrorMappingIT {
  @RegisterExtension static final OrgdExtension ORGD = ItOrgd.extension();

  private static final String UNKNOWN_HANDSHAKE = "h-" + "0".repeat(32);

  private final OrganizationsClient mgmt = ORGD.runtime().client(MGMT);
  private final OrganizationsClient alice = ORGD.runtime().client(ALICE);

  @Test
  void aHandshakeNobodyCreatedIsNotFound() {
    createOrganization(mgmt, OrganizationFeatureSet.ALL);

    HandshakeNotFoundException e =
        expect(
            HandshakeNotFoundException.class,
            () -> mgmt.describeHandshake(r -> r.handshakeId(UNKNOWN_HANDSHAKE)));

    assertThat(e.awsErrorDetails().errorCode()).isEqualTo("HandshakeNotFoundException");
    assertThat(e.awsErrorDetails().errorMessage()).isNotBlank();
  }

  @Test
  void aHandshakeIsNotFoundForAnAccountThatIsNeitherSenderNorRecipient() {
    createOrganization(mgmt, OrganizationFeatureSet.ALL);
    Handshake invite = inviteAccount(mgmt, ALICE);
    OrganizationsClient stranger = ORGD.runtime().client(STRANGER);

    expect(
        HandshakeNotFoundException.class,
        () -> stranger.describeHandshake(r -> r.handshakeId(invite.id())));
    expect(
        HandshakeNotFoundException.class,
        () -> stranger.acceptHandshake(r -> r.handshakeId(invite.id())));
    expect(
        HandshakeNotFoundException.class,
        () -> stranger.cancelHandshake(r -> r.handshakeId(invite.id())));
  }

  @Test
  void aSecondOpenInvitationToTheSameAccountIsADuplicate() {
    createOrganization(mgmt, OrganizationFeatureSet.ALL);
    inviteAccount(mgmt, ALICE);

    expect(DuplicateHandshakeException.class, () -> inviteAccount(mgmt, ALICE));
  }

  @Test
  void invitingAMemberOrTheManagementAccountIsAlreadyInAnOrganization() {
    createOrganization(mgmt, OrganizationFeatureSet.ALL);
    Handshake invite = inviteAccount(mgmt, ALICE);
    alice.acceptHandshake(r -> r.handshakeId(invite.id()));

    assertThat(constraint(() -> inviteAccount(mgmt, ALICE)))
        .isEqualTo("ALREADY_IN_AN_ORGANIZATION");
    assertThat(constraint(() -> inviteAccount(mgmt, MGMT))).isEqualTo("ALREADY_IN_AN_ORGANIZATION");
  }

  @Test
  void theAccountQuotaCountsTheManagementAccountMembersAndOpenInvitations() {
    Organization org = createOrganization(mgmt, OrganizationFeatureSet.ALL);
    ORGD.runtime().setAccountQuota(org.id(), 3);
    Handshake toAlice = inviteAccount(mgmt, ALICE);
    alice.acceptHandshake(r -> r.handshakeId(toAlice.id()));
    inviteAccount(mgmt, BOB); // management + Alice + open invitation to Bob = 3

    HandshakeConstraintViolationException e =
        expect(HandshakeConstraintViolationException.class, () -> inviteAccount(mgmt, CAROL));

    assertThat(e.reason())
        .isEqualTo(HandshakeConstraintViolationExceptionReason.ACCOUNT_NUMBER_LIMIT_EXCEEDED);
    assertThat(e.awsErrorDetails().errorMessage())
        .contains("You have exceeded the allowed number of AWS accounts");
  }

  @Test
  void aStandaloneAccountHasNoOrganizationToInviteToOrList() {
    OrganizationsClient stranger = ORGD.runtime().client(STRANGER);

    AwsOrganizationsNotInUseException e =
        expect(AwsOrganizationsNotInUseException.class, () -> inviteAccount(stranger, ALICE));
    assertThat(e.awsErrorDetails().errorMessage())
        .isEqualTo("Your account is not a member of an organization.");
    expect(
        AwsOrganizationsNotInUseException.class,
        () -> stranger.listHandshakesForOrganization(r -> {}));
    // Listing one's own inbox needs no organization.
    assertThat(stranger.listHandshakesForAccount(r -> {}).handshakes()).isEmpty();
  }

  @Test
  void aMemberMayNotInviteNorListTheOrganizationsHandshakes() {
    createOrganization(mgmt, OrganizationFeatureSet.ALL);
    Handshake invite = inviteAccount(mgmt, ALICE);
    alice.acceptHandshake(r -> r.handshakeId(invite.id()));

    expect(AccessDeniedException.class, () -> inviteAccount(alice, BOB));
    expect(AccessDeniedException.class, () -> alice.listHandshakesForOrganization(r -> {}));
  }

  @Test
  void creatingASecondOrganizationIsAlreadyInOrganization() {
    createOrganization(mgmt, OrganizationFeatureSet.ALL);

    expect(
        AlreadyInOrganizationException.class,
        () -> mgmt.createOrganization(r -> r.featureSet(OrganizationFeatureSet.ALL)));
  }

  @Test
  void invalidInputCarriesTheWireReason() {
    createOrganization(mgmt, OrganizationFeatureSet.ALL);

    assertThat(
            invalid(
                () ->
                    mgmt.inviteAccountToOrganization(
                        r ->
                            r.target(
                                t -> t.type(HandshakePartyType.ORGANIZATION).id("o-abcdefghij")))))
        .isEqualTo("INVALID_PARTY_TYPE_TARGET");
    assertThat(
            invalid(
                () ->
                    mgmt.inviteAccountToOrganization(
                        r -> r.target(t -> t.type(HandshakePartyType.ACCOUNT).id("12345")))))
        .isEqualTo("INVALID_PATTERN");
    assertThat(
            invalid(
                () ->
                    mgmt.inviteAccountToOrganization(
                        r -> r.target(t -> t.type(HandshakePartyType.EMAIL).id("not-an-email")))))
        .isEqualTo("INVALID_EMAIL_ADDRESS_TARGET");
    assertThat(invalid(() -> mgmt.describeHandshake(r -> r.handshakeId("h-NOT-VALID"))))
        .isEqualTo("INVALID_PATTERN");
    assertThat(invalid(() -> mgmt.listHandshakesForOrganization(r -> r.maxResults(21))))
        .isEqualTo("MAX_VALUE_EXCEEDED");
    assertThat(invalid(() -> mgmt.listHandshakesForOrganization(r -> r.maxResults(0))))
        .isEqualTo("MIN_VALUE_EXCEEDED");
    assertThat(invalid(() -> mgmt.listHandshakesForOrganization(r -> r.nextToken("garbage"))))
        .isEqualTo("INVALID_NEXT_TOKEN");
    assertThat(
            invalid(
                () ->
                    mgmt.listHandshakesForOrganization(
                        r ->
                            r.filter(
                                f ->
                                    f.actionType(ActionType.INVITE)
                                        .parentHandshakeId("h-" + "a".repeat(32))))))
        .isEqualTo("MAX_LIMIT_EXCEEDED_FILTER");
    assertThat(
            invalid(
                () ->
                    mgmt.listHandshakesForOrganization(r -> r.filter(f -> f.actionType("BOGUS")))))
        .isEqualTo("INVALID_ENUM");
    assertThat(
            invalid(
                () ->
                    mgmt.inviteAccountToOrganization(
                        r ->
                            r.target(t -> t.type(HandshakePartyType.ACCOUNT).id(ALICE))
                                .notes("n".repeat(1025)))))
        .isEqualTo("MAX_LENGTH_EXCEEDED");
  }

  /** The wire Reason (as a string, so that an unexpected value shows as itself). */
  private static String constraint(ThrowingCallable call) {
    return expect(HandshakeConstraintViolationException.class, call).reasonAsString();
  }

  private static String invalid(ThrowingCallable call) {
    return expect(InvalidInputException.class, call).reasonAsString();
  }
}
