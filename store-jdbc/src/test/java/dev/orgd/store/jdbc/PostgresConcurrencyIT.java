package dev.orgd.store.jdbc;

import static dev.orgd.core.store.StoreFixtures.T0;
import static dev.orgd.core.store.StoreFixtures.accountId;
import static dev.orgd.core.store.StoreFixtures.handshakeId;
import static dev.orgd.core.store.StoreFixtures.invite;
import static dev.orgd.core.store.StoreFixtures.orgId;
import static dev.orgd.core.store.StoreFixtures.standalone;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.orgd.core.error.ErrorCode;
import dev.orgd.core.error.OrgdException;
import dev.orgd.core.model.Account;
import dev.orgd.core.model.Handshake;
import dev.orgd.core.model.HandshakeId;
import dev.orgd.core.model.HandshakeState;
import dev.orgd.testsupport.TestPostgres;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Two orgd nodes (two stores on one PostgreSQL database) race conflicting transitions of the same
 * handshake: exactly one wins each race, and the loser either runs again and sees the winner's
 * state or gives up with ConcurrentModificationException. Nothing is ever half-applied.
 */
class PostgresConcurrencyIT {
  private static final int RACES = 30;

  private final AtomicInteger runs = new AtomicInteger();
  private String schema;
  private JdbcStore nodeA;
  private JdbcStore nodeB;
  private ExecutorService threads;

  @BeforeEach
  void startTwoNodes() {
    TestPostgres.assumeAvailable();
    schema = TestPostgres.createSchema();
    nodeA = JdbcStore.postgres(TestPostgres.urlFor(schema));
    nodeB = JdbcStore.postgres(TestPostgres.urlFor(schema));
    threads = Executors.newFixedThreadPool(2);
  }

  @AfterEach
  void stopNodes() {
    if (threads != null) {
      threads.shutdownNow();
    }
    for (JdbcStore node : new JdbcStore[] {nodeA, nodeB}) {
      if (node != null) {
        node.close();
      }
    }
    if (schema != null) {
      TestPostgres.dropSchema(schema);
    }
  }

  @Test
  void nodesShareTheirDataAndTokenKey() {
    nodeA.write(
        tx -> {
          tx.accounts().save(standalone(accountId(1)));
          return null;
        });

    Optional<Account> seenByB = nodeB.read(tx -> tx.accounts().find(accountId(1)));
    byte[] keyOfA = nodeA.read(tx -> tx.settings().tokenKey());
    byte[] keyOfB = nodeB.read(tx -> tx.settings().tokenKey());

    assertThat(seenByB).isPresent();
    assertThat(keyOfB).isEqualTo(keyOfA);
  }

  @Test
  void conflictingTransitionsFromTwoNodesHaveExactlyOneWinner() throws Exception {
    int conflictsSeen = 0;
    for (int race = 1; race <= RACES; race++) {
      if (runRace(race)) {
        conflictsSeen++;
      }
    }
    assertThat(conflictsSeen).as("races in which PostgreSQL saw the conflict").isPositive();
  }

  @Test
  void unitThatConflictsEveryTimeGivesUpWithConcurrentModification() {
    HandshakeId id = handshakeId(1);
    nodeA.write(
        tx -> {
          tx.handshakes()
              .save(invite(id, orgId(1)).to(accountId(1)).build(tx.handshakes().nextSequence()));
          return null;
        });

    assertThatThrownBy(
            () ->
                nodeA.write(
                    tx -> {
                      runs.incrementAndGet();
                      Handshake h = tx.handshakes().find(id).orElseThrow();
                      // Node B changes the row between our read and our write, every time.
                      nodeB.write(
                          other -> {
                            other
                                .handshakes()
                                .save(h.withState(HandshakeState.OPEN, T0.plusMillis(runs.get())));
                            return null;
                          });
                      tx.handshakes().save(h.withState(HandshakeState.ACCEPTED, T0));
                      tx.accounts().save(standalone(accountId(1)));
                      return null;
                    }))
        .isInstanceOfSatisfying(
            OrgdException.class,
            e -> assertThat(e.code()).isEqualTo(ErrorCode.CONCURRENT_MODIFICATION));

    assertThat(runs.get()).isEqualTo(JdbcStore.MAX_ATTEMPTS);
    Handshake stored = nodeB.read(tx -> tx.handshakes().find(id)).orElseThrow();
    Optional<Account> neverSaved = nodeB.read(tx -> tx.accounts().find(accountId(1)));
    assertThat(stored.state()).isEqualTo(HandshakeState.OPEN);
    assertThat(neverSaved).isEmpty();
  }

  /** Runs one race on a new handshake, checks it, and tells whether a conflict was detected. */
  private boolean runRace(int race) throws Exception {
    HandshakeId id = handshakeId(race);
    nodeA.write(
        tx -> {
          tx.handshakes()
              .save(invite(id, orgId(1)).to(accountId(race)).build(tx.handshakes().nextSequence()));
          return null;
        });
    runs.set(0);

    List<Object> outcomes = race(id, race);

    List<HandshakeState> winners =
        outcomes.stream()
            .filter(HandshakeState.class::isInstance)
            .map(HandshakeState.class::cast)
            .toList();
    assertThat(winners).as("winners of race %d: %s", race, outcomes).hasSize(1);
    assertThat(outcomes)
        .filteredOn(o -> !(o instanceof HandshakeState))
        .allMatch(
            o ->
                o == ErrorCode.INVALID_HANDSHAKE_TRANSITION
                    || o == ErrorCode.CONCURRENT_MODIFICATION,
            "the loser saw the new state or gave up");
    HandshakeState won = winners.get(0);
    Handshake stored = nodeB.read(tx -> tx.handshakes().find(id)).orElseThrow();
    Account marker = nodeB.read(tx -> tx.accounts().find(accountId(race))).orElseThrow();
    assertThat(stored.state()).isEqualTo(won);
    assertThat(marker.name()).as("the winner's second write").isEqualTo(won.name());
    return runs.get() > 2 || outcomes.contains(ErrorCode.CONCURRENT_MODIFICATION);
  }

  /** Node A accepts and node B cancels the same handshake at the same moment. */
  private List<Object> race(HandshakeId id, int race) throws Exception {
    CountDownLatch start = new CountDownLatch(1);
    List<Future<Object>> futures = new ArrayList<>();
    futures.add(threads.submit(() -> transition(nodeA, id, race, HandshakeState.ACCEPTED, start)));
    futures.add(threads.submit(() -> transition(nodeB, id, race, HandshakeState.CANCELED, start)));
    start.countDown();
    List<Object> outcomes = new ArrayList<>();
    for (Future<Object> future : futures) {
      outcomes.add(future.get(30, TimeUnit.SECONDS));
    }
    return outcomes;
  }

  /** The new state when this call won, else the error code it got. */
  private Object transition(
      JdbcStore node, HandshakeId id, int race, HandshakeState target, CountDownLatch start)
      throws InterruptedException {
    start.await();
    try {
      return node.write(
          tx -> {
            runs.incrementAndGet();
            Handshake h = tx.handshakes().find(id).orElseThrow();
            if (h.state() != HandshakeState.OPEN) {
              throw new OrgdException(
                  ErrorCode.INVALID_HANDSHAKE_TRANSITION, "already " + h.state());
            }
            pauseBriefly(); // keeps both transactions open at once
            tx.handshakes().save(h.withState(target, T0));
            tx.accounts()
                .save(standalone(accountId(race)).withContact("x@example.com", target.name()));
            return target;
          });
    } catch (OrgdException e) {
      return e.code();
    }
  }

  private static void pauseBriefly() {
    try {
      Thread.sleep(5);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
