package dev.orgd.core.store;

import static dev.orgd.core.store.StoreFixtures.accountId;
import static dev.orgd.core.store.StoreFixtures.handshakeId;
import static dev.orgd.core.store.StoreFixtures.invite;
import static dev.orgd.core.store.StoreFixtures.member;
import static dev.orgd.core.store.StoreFixtures.orgId;
import static dev.orgd.core.store.StoreFixtures.organization;
import static dev.orgd.core.store.StoreFixtures.standalone;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.orgd.core.error.OrgdException;
import dev.orgd.core.model.AccountId;
import dev.orgd.core.model.Handshake;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The {@link WriteScope} part of the store contract: a scoped write is a write like any other, and
 * writes scoped to one organization that race all succeed, whichever waited for which.
 */
public abstract class WriteScopeContract extends StoreContractSupport {
  private static final int RACERS = 8;
  private static final int WRITES_PER_RACER = 10;

  @Test
  void scopedWriteIsAtomicAndScopesMayNameWhatIsNotStored() {
    WriteScope unknown =
        WriteScope.organization(orgId(9)).andSenderOf(handshakeId(9)).andSenderOf(handshakeId(10));
    String done = store.write(unknown, tx -> "done");
    assertThatThrownBy(
            () ->
                store.write(
                    WriteScope.organizationOf(accountId(1)),
                    tx -> {
                      tx.accounts().save(standalone(accountId(1)));
                      throw OrgdException.handshakeNotFound();
                    }))
        .isInstanceOf(OrgdException.class);

    assertThat(done).isEqualTo("done");
    assertThat(storedAccount(accountId(1))).isEmpty();
  }

  @Test
  void scopeNamesTheOrganizationOfAnAccountAndTheSenderOfAHandshake() {
    write(
        tx -> {
          tx.organizations().save(organization(ORG_A, accountId(1)));
          tx.accounts().save(member(accountId(1), ORG_A));
          tx.handshakes()
              .save(
                  invite(handshakeId(1), ORG_B)
                      .to(accountId(1))
                      .build(tx.handshakes().nextSequence()));
        });
    WriteScope both = WriteScope.organizationOf(accountId(1)).andSenderOf(handshakeId(1));

    Handshake read = store.write(both, tx -> tx.handshakes().find(handshakeId(1)).orElseThrow());

    assertThat(read.organizationId()).isEqualTo(ORG_B);
  }

  /**
   * Each write reads the organization's member count and adds a member, so on a store whose writers
   * run side by side any two of them conflict: the scope must make them wait, not fail.
   */
  @Test
  void racingWritesScopedToOneOrganizationAllSucceed() throws Exception {
    AccountId management = accountId(1);
    write(
        tx -> {
          tx.organizations().save(organization(ORG_A, management));
          tx.accounts().save(member(management, ORG_A));
        });
    ExecutorService threads = Executors.newFixedThreadPool(RACERS);
    try {
      List<Future<?>> racers = new ArrayList<>();
      for (int r = 0; r < RACERS; r++) {
        int first = 100 + r * WRITES_PER_RACER;
        racers.add(threads.submit(() -> addMembers(management, first)));
      }
      for (Future<?> racer : racers) {
        racer.get(60, TimeUnit.SECONDS);
      }
    } finally {
      threads.shutdownNow();
    }

    int members = store.read(tx -> tx.accounts().countMembers(ORG_A));
    assertThat(members).isEqualTo(1 + RACERS * WRITES_PER_RACER);
  }

  private void addMembers(AccountId management, int first) {
    for (int i = first; i < first + WRITES_PER_RACER; i++) {
      AccountId joining = accountId(i);
      store.write(
          WriteScope.organizationOf(management),
          tx -> {
            int before = tx.accounts().countMembers(ORG_A);
            tx.accounts().save(member(joining, ORG_A));
            return before;
          });
    }
  }
}
