package dev.orgd.core.store;

import static dev.orgd.core.store.StoreFixtures.T0;
import static dev.orgd.core.store.StoreFixtures.accountId;
import static dev.orgd.core.store.StoreFixtures.createAccountStatus;
import static dev.orgd.core.store.StoreFixtures.handshakeId;
import static dev.orgd.core.store.StoreFixtures.invite;
import static dev.orgd.core.store.StoreFixtures.member;
import static dev.orgd.core.store.StoreFixtures.organization;
import static dev.orgd.core.store.StoreFixtures.requestId;
import static dev.orgd.core.store.StoreFixtures.standalone;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.orgd.core.error.OrgdException;
import dev.orgd.core.model.Account;
import dev.orgd.core.model.CreateAccountStatus;
import dev.orgd.core.model.Handshake;
import dev.orgd.core.model.HandshakeState;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Units of work (atomic, read-only, rolled back), the settings (clock and token key) and deleteAll:
 * what every repository relies on.
 */
public abstract class UnitOfWorkContract extends StoreContractSupport {

  @Test
  void writeReturnsWhatTheWorkReturns() {
    String written = store.write(tx -> "done");
    int read = store.read(tx -> 42);

    assertThat(written).isEqualTo("done");
    assertThat(read).isEqualTo(42);
  }

  @Test
  void unitOfWorkReadsItsOwnWrites() {
    store.write(
        tx -> {
          Account account = member(accountId(1), ORG_A);
          tx.organizations().save(organization(ORG_A, accountId(1)));
          tx.accounts().save(account);
          Handshake h =
              invite(handshakeId(1), ORG_A).to(accountId(2)).build(tx.handshakes().nextSequence());
          tx.handshakes().save(h);
          tx.createAccountRequests().save(createAccountStatus(requestId(1), ORG_A));
          tx.delegatedAdministrators().save(registration(ORG_A, accountId(1), "ssm.amazonaws.com"));
          tx.settings().saveClock(new ClockSetting(0, T0));

          assertThat(tx.organizations().find(ORG_A)).isPresent();
          assertThat(tx.accounts().find(accountId(1))).contains(account);
          assertThat(tx.accounts().findByEmail(Account.normalizeEmail(account.email())))
              .contains(account);
          assertThat(tx.accounts().members(ORG_A, null, 10)).containsExactly(account);
          assertThat(tx.accounts().countMembers(ORG_A)).isEqualTo(1);
          assertThat(tx.handshakes().find(h.id())).contains(h);
          assertThat(tx.handshakes().list(HandshakeQuery.sentBy(ORG_A), null, 10))
              .containsExactly(h);
          assertThat(tx.handshakes().count(HandshakeQuery.sentBy(ORG_A))).isEqualTo(1);
          assertThat(tx.createAccountRequests().list(ORG_A, Set.of(), null, 100)).hasSize(1);
          assertThat(tx.delegatedAdministrators().firstOfEachAccount(ORG_A, null, null, 100))
              .hasSize(1);
          assertThat(tx.settings().clock()).isEqualTo(new ClockSetting(0, T0));
          return null;
        });
  }

  @Test
  void failedUnitOfWorkLeavesNoTrace() {
    Account before = member(accountId(1), ORG_A);
    Handshake kept = saveNew(invite(handshakeId(1), ORG_A).to(accountId(3)));
    store.write(
        tx -> {
          tx.organizations().save(organization(ORG_A, accountId(1)));
          tx.accounts().save(before);
          tx.createAccountRequests().save(createAccountStatus(requestId(1), ORG_A));
          tx.delegatedAdministrators().save(registration(ORG_A, accountId(1), "ssm.amazonaws.com"));
          return null;
        });
    IllegalStateException boom = new IllegalStateException("boom");

    assertThatThrownBy(
            () ->
                store.write(
                    tx -> {
                      tx.accounts().save(before.withContact("changed@example.com", "changed"));
                      tx.accounts().save(member(accountId(2), ORG_A));
                      tx.handshakes().save(kept.withState(HandshakeState.CANCELED, T0));
                      tx.handshakes()
                          .save(
                              invite(handshakeId(2), ORG_A)
                                  .to(accountId(4))
                                  .build(tx.handshakes().nextSequence()));
                      tx.createAccountRequests().save(createAccountStatus(requestId(2), ORG_A));
                      tx.settings().saveClock(new ClockSetting(5_000, null));
                      tx.organizations().delete(ORG_A);
                      tx.handshakes().purge(T0.plus(Duration.ofDays(400)));
                      throw boom;
                    }))
        .isSameAs(boom);

    store.read(
        tx -> {
          assertThat(tx.accounts().find(accountId(1))).contains(before);
          assertThat(tx.accounts().findByEmail("changed@example.com")).isEmpty();
          assertThat(tx.accounts().find(accountId(2))).isEmpty();
          assertThat(tx.accounts().countMembers(ORG_A)).isEqualTo(1);
          assertThat(tx.organizations().find(ORG_A)).isPresent();
          assertThat(tx.handshakes().find(kept.id())).contains(kept);
          assertThat(tx.handshakes().find(handshakeId(2))).isEmpty();
          assertThat(tx.handshakes().list(HandshakeQuery.sentBy(ORG_A), null, 10))
              .containsExactly(kept);
          assertThat(tx.createAccountRequests().list(ORG_A, Set.of(), null, 100))
              .extracting(CreateAccountStatus::id)
              .containsExactly(requestId(1));
          assertThat(tx.delegatedAdministrators().firstOfEachAccount(ORG_A, null, null, 100))
              .hasSize(1);
          assertThat(tx.settings().clock()).isEqualTo(ClockSetting.REAL_TIME);
          return null;
        });
  }

  @Test
  void domainErrorPassesThroughUnchangedAndRollsBack() {
    OrgdException notFound = OrgdException.handshakeNotFound();

    assertThatThrownBy(
            () ->
                store.write(
                    tx -> {
                      tx.accounts().save(standalone(accountId(1)));
                      throw notFound;
                    }))
        .isSameAs(notFound);

    assertThat(storedAccount(accountId(1))).isEmpty();
  }

  @Test
  void deleteAllIsRolledBackWithItsUnitOfWork() {
    store.write(
        tx -> {
          tx.accounts().save(standalone(accountId(1)));
          tx.settings().saveClock(new ClockSetting(1_000, null));
          return null;
        });

    assertThatThrownBy(
            () ->
                store.write(
                    tx -> {
                      tx.deleteAll();
                      tx.accounts().save(standalone(accountId(2)));
                      throw new IllegalStateException("boom");
                    }))
        .hasMessage("boom");

    store.read(
        tx -> {
          assertThat(tx.accounts().find(accountId(1))).isPresent();
          assertThat(tx.accounts().find(accountId(2))).isEmpty();
          assertThat(tx.settings().clock()).isEqualTo(new ClockSetting(1_000, null));
          return null;
        });
  }

  @Test
  void readUnitRefusesWrites() {
    assertThatThrownBy(() -> store.read(tx -> tx.handshakes().nextSequence()))
        .isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(
            () ->
                store.read(
                    tx -> {
                      tx.accounts().save(standalone(accountId(1)));
                      return null;
                    }))
        .isInstanceOf(IllegalStateException.class);

    assertThat(storedAccount(accountId(1))).isEmpty();
  }

  @Test
  void clockIsRealTimeUntilSet() {
    assertThat(clock()).isEqualTo(ClockSetting.REAL_TIME);
  }

  @Test
  void clockSettingPersistsAcrossUnitsOfWork() {
    for (ClockSetting setting :
        List.of(
            new ClockSetting(12_345, null),
            new ClockSetting(0, T0),
            new ClockSetting(-86_400_000L, T0.plusMillis(1)),
            ClockSetting.REAL_TIME)) {
      store.write(
          tx -> {
            tx.settings().saveClock(setting);
            return null;
          });
      assertThat(clock()).isEqualTo(setting);
    }
  }

  @Test
  void tokenKeyIsThirtyTwoRandomBytesThatStayTheSame() {
    byte[] first = store.read(tx -> tx.settings().tokenKey());
    first[0] ^= 1; // a caller scribbling on its copy changes nothing
    byte[] second = store.write(tx -> tx.settings().tokenKey());
    byte[] third = store.read(tx -> tx.settings().tokenKey());

    assertThat(second).hasSize(32).isNotEqualTo(new byte[32]).isEqualTo(third);
    first[0] ^= 1;
    assertThat(first).isEqualTo(second);
  }

  @Test
  void deleteAllForgetsEverythingButTheTokenKey() {
    byte[] key = store.read(tx -> tx.settings().tokenKey());
    saveNew(invite(handshakeId(1), ORG_A).to(accountId(2)));
    write(
        tx -> {
          tx.organizations().save(organization(ORG_A, accountId(1)));
          tx.accounts().save(member(accountId(1), ORG_A));
          tx.createAccountRequests().save(createAccountStatus(requestId(1), ORG_A));
          tx.delegatedAdministrators().save(registration(ORG_A, accountId(1), "a.amazonaws.com"));
          tx.settings().saveClock(new ClockSetting(0, T0));
        });

    write(tx -> tx.deleteAll());

    store.read(
        tx -> {
          assertThat(tx.organizations().find(ORG_A)).isEmpty();
          assertThat(tx.accounts().find(accountId(1))).isEmpty();
          assertThat(tx.accounts().findByEmail("member-000000000001@example.com")).isEmpty();
          assertThat(tx.accounts().members(ORG_A, null, 10)).isEmpty();
          assertThat(tx.handshakes().find(handshakeId(1))).isEmpty();
          assertThat(tx.handshakes().count(HandshakeQuery.all())).isZero();
          assertThat(tx.createAccountRequests().list(ORG_A, Set.of(), null, 100)).isEmpty();
          assertThat(tx.delegatedAdministrators().firstOfEachAccount(ORG_A, null, null, 100))
              .isEmpty();
          assertThat(tx.settings().clock()).isEqualTo(ClockSetting.REAL_TIME);
          assertThat(tx.settings().tokenKey()).isEqualTo(key);
          return null;
        });
    Handshake again = saveNew(invite(handshakeId(1), ORG_A).to(accountId(2)));
    assertSelects(HandshakeQuery.sentBy(ORG_A), again);
  }
}
