package dev.orgd.it.javasdk;

import static dev.orgd.it.support.Fixtures.MGMT;
import static dev.orgd.it.support.Fixtures.createOrganization;
import static dev.orgd.it.support.Fixtures.inviteAccount;
import static dev.orgd.it.support.Fixtures.inviteEmail;
import static dev.orgd.it.support.SdkErrors.expect;
import static org.assertj.core.api.Assertions.assertThat;

import dev.orgd.it.support.ItOrgd;
import dev.orgd.junit5.OrgdExtension;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awssdk.services.organizations.OrganizationsClient;
import software.amazon.awssdk.services.organizations.model.InvalidInputException;
import software.amazon.awssdk.services.organizations.model.InvalidInputExceptionReason;
import software.amazon.awssdk.services.organizations.model.OrganizationFeatureSet;

/**
 * A NUL in a string member is a client error with the model's reason on every backend (PostgreSQL
 * cannot store one and answered 500 with its own error text; SQLite stored it), and nothing of it
 * is kept.
 */
class UnstorableCharactersIT {
  @RegisterExtension static final OrgdExtension ORGD = ItOrgd.extension();

  private final OrganizationsClient mgmt = ORGD.runtime().client(MGMT);

  @Test
  void aNulInCreateAccountsNameOrEmailIsAnInvalidPattern() {
    createOrganization(mgmt, OrganizationFeatureSet.ALL);

    assertInvalidPattern(() -> mgmt.createAccount(r -> r.accountName("a\0b").email("a@b.co")));
    assertInvalidPattern(() -> mgmt.createAccount(r -> r.accountName("ab").email("a\0b@c.co")));
    assertThat(mgmt.listCreateAccountStatus(r -> {}).createAccountStatuses()).isEmpty();
  }

  @Test
  void aNulInAnInvitationsEmailTargetOrNotesIsAnInvalidPattern() {
    createOrganization(mgmt, OrganizationFeatureSet.ALL);

    assertInvalidPattern(() -> inviteEmail(mgmt, "nul\0@example.com"));
    assertInvalidPattern(() -> inviteAccount(mgmt, "222222222222", "notes\0"));
    assertThat(mgmt.listHandshakesForOrganization(r -> {}).handshakes()).isEmpty();
  }

  private static void assertInvalidPattern(ThrowingCallable call) {
    InvalidInputException e = expect(InvalidInputException.class, call);

    assertThat(e.statusCode()).isEqualTo(400);
    assertThat(e.reason()).isEqualTo(InvalidInputExceptionReason.INVALID_PATTERN);
  }
}
