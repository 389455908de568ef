package dev.orgd.core.store;

import static dev.orgd.core.store.StoreFixtures.T0;
import static dev.orgd.core.store.StoreFixtures.orgId;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.orgd.core.model.AccountId;
import dev.orgd.core.model.HandshakeId;
import dev.orgd.core.model.OrganizationId;
import dev.orgd.core.model.ResponsibilityTransfer;
import dev.orgd.core.model.ResponsibilityTransferId;
import dev.orgd.core.model.ResponsibilityTransferStatus;
import dev.orgd.core.model.Tag;
import dev.orgd.core.model.TransferType;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The {@link ResponsibilityTransferRepository} part of the store contract. */
public abstract class ResponsibilityTransferRepositoryContract extends StoreContractSupport {
  private static final OrganizationId ORG_C = orgId(3);

  @Test
  void aTransferReadsBackAsSavedByIdAndByHandshake() {
    ResponsibilityTransfer t =
        transfer(1, ORG_B, ORG_A, 10)
            .withdrawn(T0.plus(Duration.ofDays(60)).minusMillis(1), T0.plusSeconds(5));
    write(tx -> tx.responsibilityTransfers().save(t));

    assertThat(found(t.id())).contains(t);
    assertThat(byHandshake(t.handshakeId())).contains(t);
    assertThat(found(id(99))).isEmpty();
    assertThat(byHandshake(handshake(99))).isEmpty();
  }

  @Test
  void aSaveReplacesTheTransferWithTheSameId() {
    ResponsibilityTransfer t = transfer(1, ORG_B, ORG_A, 10);
    write(tx -> tx.responsibilityTransfers().save(t));
    ResponsibilityTransfer renamed =
        t.withName("renamed").withStatus(ResponsibilityTransferStatus.ACCEPTED, T0.plusSeconds(9));
    write(tx -> tx.responsibilityTransfers().save(renamed));

    assertThat(found(t.id())).contains(renamed);
    assertThat(inbound(ORG_A, null, 10)).containsExactly(renamed);
    assertThat(outbound(ORG_B, null, 10)).containsExactly(renamed);
  }

  @Test
  void eachSideListsItsOwnNewestFirst() {
    ResponsibilityTransfer first = transfer(1, ORG_B, ORG_A, 10);
    ResponsibilityTransfer second = transfer(2, ORG_C, ORG_A, 20);
    ResponsibilityTransfer third = transfer(3, ORG_A, ORG_C, 30);
    write(
        tx -> {
          tx.responsibilityTransfers().save(first);
          tx.responsibilityTransfers().save(third);
          tx.responsibilityTransfers().save(second);
        });

    assertThat(inbound(ORG_A, null, 10)).containsExactly(second, first);
    assertThat(outbound(ORG_A, null, 10)).containsExactly(third);
    assertThat(inbound(ORG_C, null, 10)).containsExactly(third);
    assertThat(outbound(ORG_C, null, 10)).containsExactly(second);
    assertThat(inbound(ORG_B, null, 10)).isEmpty();
    assertThat(outbound(ORG_B, null, 10)).containsExactly(first);
  }

  @Test
  void allReadsEveryOrganizationsTransfersByIdInPages() {
    ResponsibilityTransfer third = transfer(3, ORG_A, ORG_C, 10);
    ResponsibilityTransfer first = transfer(1, ORG_B, ORG_A, 30);
    ResponsibilityTransfer second = transfer(2, ORG_C, ORG_B, 20);
    write(
        tx -> {
          tx.responsibilityTransfers().save(third);
          tx.responsibilityTransfers().save(first);
          tx.responsibilityTransfers().save(second);
        });

    assertThat(all(null, 10)).containsExactly(first, second, third);
    assertThat(all(null, 2)).containsExactly(first, second);
    assertThat(all(second.id(), 2)).containsExactly(third);
    assertThat(all(third.id(), 2)).isEmpty();
  }

  @Test
  void pagesStartStrictlyAfterTheCursor() {
    List<ResponsibilityTransfer> saved = new ArrayList<>();
    // Equal request timestamps: the sequence breaks the tie.
    for (int i = 1; i <= 5; i++) {
      saved.add(transfer(i, orgId(10 + i), ORG_A, i <= 2 ? 10 : 10 * i));
    }
    write(tx -> saved.forEach(tx.responsibilityTransfers()::save));

    List<ResponsibilityTransfer> seen = new ArrayList<>();
    HandshakeCursor after = null;
    List<ResponsibilityTransfer> page;
    do {
      page = inbound(ORG_A, after, 2);
      seen.addAll(page);
      ResponsibilityTransfer last = page.isEmpty() ? null : page.get(page.size() - 1);
      after = last == null ? null : new HandshakeCursor(last.requestedAt(), last.sequence());
    } while (page.size() == 2);

    List<ResponsibilityTransfer> newestFirst = new ArrayList<>(saved);
    Collections.reverse(newestFirst);
    assertThat(seen).containsExactlyElementsOf(newestFirst);
  }

  @Test
  void unendedAreTheRequestedAcceptedAndWithdrawnOnEitherSide() {
    ResponsibilityTransfer requested = transfer(1, ORG_B, ORG_A, 10);
    ResponsibilityTransfer accepted =
        transfer(2, ORG_A, ORG_C, 20)
            .withStatus(ResponsibilityTransferStatus.ACCEPTED, T0.plusSeconds(1));
    ResponsibilityTransfer withdrawn =
        transfer(3, ORG_C, ORG_A, 30).withdrawn(T0.plus(Duration.ofDays(3)), T0.plusSeconds(2));
    List<ResponsibilityTransfer> ended = new ArrayList<>();
    int n = 4;
    for (ResponsibilityTransferStatus s :
        List.of(
            ResponsibilityTransferStatus.DECLINED,
            ResponsibilityTransferStatus.CANCELED,
            ResponsibilityTransferStatus.EXPIRED)) {
      ended.add(transfer(n, ORG_B, ORG_A, 10 * n).withStatus(s, T0.plusSeconds(n)));
      n++;
    }
    write(
        tx -> {
          tx.responsibilityTransfers().save(requested);
          tx.responsibilityTransfers().save(accepted);
          tx.responsibilityTransfers().save(withdrawn);
          ended.forEach(tx.responsibilityTransfers()::save);
        });

    assertThat(unended(ORG_A)).containsExactlyInAnyOrder(requested, accepted, withdrawn);
    assertThat(unended(ORG_B)).containsExactly(requested);
  }

  @Test
  void purgeRemovesOnlyTransfersPastTheirRetention() {
    Duration month = Duration.ofDays(30);
    ResponsibilityTransfer declined =
        transfer(1, ORG_B, ORG_A, 10)
            .withStatus(ResponsibilityTransferStatus.DECLINED, T0.plusSeconds(100));
    ResponsibilityTransfer accepted =
        transfer(2, ORG_C, ORG_A, 20)
            .withStatus(ResponsibilityTransferStatus.ACCEPTED, T0.plusSeconds(100));
    ResponsibilityTransfer withdrawn =
        transfer(3, ORG_A, ORG_C, 30).withdrawn(T0.plusSeconds(200), T0.plusSeconds(100));
    ResponsibilityTransfer unanswered = transfer(4, ORG_B, ORG_C, 40);
    write(
        tx ->
            List.of(declined, accepted, withdrawn, unanswered)
                .forEach(tx.responsibilityTransfers()::save));

    // Each goes once its retention has passed, not at it.
    assertThat(purgeTransfers(T0.plusSeconds(100).plus(month))).isZero();
    assertThat(purgeTransfers(T0.plusSeconds(101).plus(month))).isEqualTo(1);
    assertThat(found(declined.id())).isEmpty();
    assertThat(purgeTransfers(T0.plusSeconds(201).plus(month))).isEqualTo(1);
    assertThat(found(withdrawn.id())).isEmpty();
    assertThat(purgeTransfers(unanswered.expiresAt().plus(month).plusMillis(1))).isEqualTo(1);
    assertThat(found(unanswered.id())).isEmpty();
    assertThat(purgeTransfers(T0.plus(Duration.ofDays(3650)))).isZero();
    assertThat(found(accepted.id())).contains(accepted);
    assertThat(inbound(ORG_A, null, 10)).containsExactly(accepted);
  }

  @Test
  void aFailedUnitOfWorkLeavesNoTransfer() {
    ResponsibilityTransfer t = transfer(1, ORG_B, ORG_A, 10);
    assertThatThrownBy(
            () ->
                store.write(
                    WriteScope.NONE,
                    tx -> {
                      tx.responsibilityTransfers().save(t);
                      throw new IllegalStateException("boom");
                    }))
        .hasMessage("boom");

    assertThat(found(t.id())).isEmpty();
    assertThat(inbound(ORG_A, null, 10)).isEmpty();
  }

  @Test
  void deleteAllForgetsTransfers() {
    write(tx -> tx.responsibilityTransfers().save(transfer(1, ORG_B, ORG_A, 10)));
    write(StoreTx::deleteAll);

    assertThat(inbound(ORG_A, null, 10)).isEmpty();
    assertThat(found(id(1))).isEmpty();
  }

  private List<ResponsibilityTransfer> inbound(
      OrganizationId org, HandshakeCursor after, int limit) {
    return store.read(
        tx -> tx.responsibilityTransfers().list(org, true, TransferType.BILLING, after, limit));
  }

  private List<ResponsibilityTransfer> outbound(
      OrganizationId org, HandshakeCursor after, int limit) {
    return store.read(
        tx -> tx.responsibilityTransfers().list(org, false, TransferType.BILLING, after, limit));
  }

  private int purgeTransfers(java.time.Instant now) {
    return store.write(WriteScope.NONE, tx -> tx.responsibilityTransfers().purge(now));
  }

  private List<ResponsibilityTransfer> all(ResponsibilityTransferId after, int limit) {
    return store.read(tx -> tx.responsibilityTransfers().all(after, limit));
  }

  private Optional<ResponsibilityTransfer> found(ResponsibilityTransferId id) {
    return store.read(tx -> tx.responsibilityTransfers().find(id));
  }

  private Optional<ResponsibilityTransfer> byHandshake(HandshakeId handshake) {
    return store.read(tx -> tx.responsibilityTransfers().findByHandshake(handshake));
  }

  private List<ResponsibilityTransfer> unended(OrganizationId org) {
    return store.read(tx -> tx.responsibilityTransfers().unended(org));
  }

  private static ResponsibilityTransferId id(int n) {
    return new ResponsibilityTransferId(String.format("rt-%08d", n));
  }

  private static HandshakeId handshake(int n) {
    return new HandshakeId(String.format("h-%08d", n));
  }

  /** Transfer {@code n}, sent by {@code target} to {@code source}, {@code seconds} after T0. */
  private static ResponsibilityTransfer transfer(
      int n, OrganizationId source, OrganizationId target, int seconds) {
    return new ResponsibilityTransfer(
        id(n),
        TransferType.BILLING,
        "transfer " + n,
        source,
        new AccountId(String.format("1%011d", n)),
        target,
        new AccountId(String.format("2%011d", n)),
        handshake(n),
        T0.plus(Duration.ofDays(31)),
        null,
        T0.plus(Duration.ofDays(29)),
        ResponsibilityTransferStatus.REQUESTED,
        T0.plusSeconds(seconds),
        T0.plusSeconds(seconds),
        n,
        List.of(new Tag("k", "v" + n)));
  }
}
