package dev.orgd.it.javasdk;

import static dev.orgd.it.support.Fixtures.MGMT;
import static dev.orgd.it.support.Fixtures.createOrganization;
import static dev.orgd.it.support.Fixtures.inviteAccount;
import static org.assertj.core.api.Assertions.assertThat;

import dev.orgd.it.support.ItOrgd;
import dev.orgd.junit5.OrgdExtension;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awssdk.services.organizations.OrganizationsClient;
import software.amazon.awssdk.services.organizations.model.ConcurrentModificationException;
import software.amazon.awssdk.services.organizations.model.Handshake;
import software.amazon.awssdk.services.organizations.model.HandshakeState;
import software.amazon.awssdk.services.organizations.model.InvalidHandshakeTransitionException;
import software.amazon.awssdk.services.organizations.model.OrganizationFeatureSet;
import software.amazon.awssdk.services.organizations.model.OrganizationsException;

/**
 * Two clients racing on the same handshake (CONTRACT section 5): of an accept and a cancel sent at
 * the same moment exactly one wins, the loser gets the error its call gets against the new state,
 * and the stored state is the winner's.
 */
class ConflictingCallsIT {
  @RegisterExtension static final OrgdExtension ORGD = ItOrgd.extension();

  private static final int ROUNDS = 12;

  private final ExecutorService pool = Executors.newFixedThreadPool(2);

  @AfterEach
  void stopPool() {
    pool.shutdownNow();
  }

  @Test
  void ofAnAcceptAndACancelSentTogetherExactlyOneWins() throws Exception {
    OrganizationsClient mgmt = ORGD.runtime().client(MGMT);
    String orgId = createOrganization(mgmt, OrganizationFeatureSet.ALL).id();
    ORGD.runtime().setAccountQuota(orgId, 50); // the winners' accounts add up

    for (int i = 1; i <= ROUNDS; i++) {
      String member = String.valueOf(400_000_000_000L + i);
      Handshake invite = inviteAccount(mgmt, member);
      OrganizationsClient recipient = ORGD.runtime().client(member);
      CyclicBarrier start = new CyclicBarrier(2);
      CompletableFuture<Object> accept =
          race(start, () -> recipient.acceptHandshake(r -> r.handshakeId(invite.id())).handshake());
      CompletableFuture<Object> cancel =
          race(start, () -> mgmt.cancelHandshake(r -> r.handshakeId(invite.id())).handshake());
      Object accepted = accept.get();
      Object canceled = cancel.get();

      HandshakeState stored =
          mgmt.describeHandshake(r -> r.handshakeId(invite.id())).handshake().state();
      boolean acceptWon = accepted instanceof Handshake;
      boolean cancelWon = canceled instanceof Handshake;
      assertThat(acceptWon ^ cancelWon)
          .as("round %d: exactly one wins (accept: %s, cancel: %s)", i, accepted, canceled)
          .isTrue();
      Object loser = acceptWon ? canceled : accepted;
      assertThat(loser)
          .isInstanceOfAny(
              InvalidHandshakeTransitionException.class, ConcurrentModificationException.class);
      assertThat(stored).isEqualTo(acceptWon ? HandshakeState.ACCEPTED : HandshakeState.CANCELED);
      boolean joined = mgmt.listAccounts().accounts().stream().anyMatch(a -> a.id().equals(member));
      assertThat(joined).as("round %d: membership matches the winner", i).isEqualTo(acceptWon);
    }
  }

  /** Runs {@code call} once both racers are ready; completes with its result or its error. */
  private CompletableFuture<Object> race(CyclicBarrier start, Supplier<Object> call) {
    return CompletableFuture.supplyAsync(
        () -> {
          try {
            start.await();
            return call.get();
          } catch (OrganizationsException e) {
            return e;
          } catch (Exception e) {
            throw new IllegalStateException(e);
          }
        },
        pool);
  }
}
