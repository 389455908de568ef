package dev.orgd.store.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import dev.orgd.core.model.AccountId;
import dev.orgd.core.model.ActionType;
import dev.orgd.core.model.FeatureSet;
import dev.orgd.core.model.Handshake;
import dev.orgd.core.model.HandshakeState;
import dev.orgd.core.model.OrganizationId;
import dev.orgd.core.model.PartyType;
import dev.orgd.core.service.IdSource;
import dev.orgd.core.service.Orgd;
import dev.orgd.core.store.HandshakeQuery;
import dev.orgd.core.store.WriteScope;
import dev.orgd.testsupport.TestPostgres;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The benchmark's write path, many times at once on one organization from two nodes (two stores on
 * one database): the management account invites an account and the account accepts. Writes of one
 * organization wait for one another, so every call succeeds and every invitation is accounted for.
 */
class PostgresWriteContentionIT {
  private static final int THREADS_PER_NODE = 8;
  private static final int PAIRS_PER_THREAD = 15;
  private static final int PAIRS = 2 * THREADS_PER_NODE * PAIRS_PER_THREAD;
  private static final AccountId MANAGEMENT = new AccountId("111111111111");

  private String schema;
  private JdbcStore storeA;
  private JdbcStore storeB;
  private ExecutorService threads;

  @BeforeEach
  void startTwoNodes() {
    TestPostgres.assumeAvailable();
    schema = TestPostgres.createSchema();
    storeA = JdbcStore.postgres(TestPostgres.urlFor(schema));
    storeB = JdbcStore.postgres(TestPostgres.urlFor(schema));
    threads = Executors.newFixedThreadPool(2 * THREADS_PER_NODE);
  }

  @AfterEach
  void stopNodes() {
    if (threads != null) {
      threads.shutdownNow();
    }
    for (JdbcStore store : new JdbcStore[] {storeA, storeB}) {
      if (store != null) {
        store.close();
      }
    }
    if (schema != null) {
      TestPostgres.dropSchema(schema);
    }
  }

  @Test
  void concurrentInvitationsAndAcceptancesInOneOrganizationAllSucceed() throws Exception {
    Orgd nodeA = new Orgd(storeA, Clock.systemUTC(), IdSource.random());
    Orgd nodeB = new Orgd(storeB, Clock.systemUTC(), IdSource.random());
    OrganizationId org =
        nodeA.organizations().createOrganization(MANAGEMENT, FeatureSet.ALL).organization().id();
    nodeA.control().setQuota(org, 10 * PAIRS);
    List<Throwable> failures = Collections.synchronizedList(new ArrayList<>());

    List<Future<?>> racers = new ArrayList<>();
    for (int t = 0; t < 2 * THREADS_PER_NODE; t++) {
      Orgd node = t % 2 == 0 ? nodeA : nodeB;
      long first = 200_000_000_000L + (long) t * PAIRS_PER_THREAD;
      racers.add(threads.submit(() -> inviteAndAccept(node, first, failures)));
    }
    for (Future<?> racer : racers) {
      racer.get(120, TimeUnit.SECONDS);
    }

    assertThat(failures).as("calls that failed").isEmpty();
    int members = storeB.read(tx -> tx.accounts().countMembers(org));
    HandshakeQuery invitations = HandshakeQuery.sentBy(org).withAction(ActionType.INVITE);
    List<Handshake> sent = storeB.read(tx -> tx.handshakes().list(invitations, null, 2 * PAIRS));
    assertThat(members).isEqualTo(1 + PAIRS);
    assertThat(sent).hasSize(PAIRS).allMatch(h -> h.state() == HandshakeState.ACCEPTED);
    assertThat(locksHeld(org)).as("the organization's locks still held").isZero();
  }

  @Test
  void writeHoldsTheLockOfItsOrganizationWhileItRunsAndNoLonger() throws Exception {
    Orgd nodeA = new Orgd(storeA, Clock.systemUTC(), IdSource.random());
    OrganizationId org =
        nodeA.organizations().createOrganization(MANAGEMENT, FeatureSet.ALL).organization().id();

    int during = storeA.write(WriteScope.organizationOf(MANAGEMENT), tx -> locksHeldNow(org));

    assertThat(during).isEqualTo(1);
    assertThat(locksHeld(org)).isZero();
  }

  private int locksHeldNow(OrganizationId org) {
    try {
      return locksHeld(org);
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  private static void inviteAndAccept(Orgd node, long firstAccount, List<Throwable> failures) {
    for (long i = firstAccount; i < firstAccount + PAIRS_PER_THREAD; i++) {
      AccountId invited = new AccountId(String.format("%012d", i));
      try {
        Handshake h =
            node.handshakes()
                .invite(MANAGEMENT, PartyType.ACCOUNT, invited.value(), null, List.of());
        node.handshakes().accept(invited, h.id());
      } catch (RuntimeException e) {
        failures.add(e);
      }
    }
  }

  /** How many sessions of the test database hold the organization's lock. */
  private int locksHeld(OrganizationId org) throws Exception {
    try (Connection connection = DriverManager.getConnection(TestPostgres.URL);
        PreparedStatement statement =
            connection.prepareStatement(
                "SELECT COUNT(*) FROM pg_locks WHERE locktype = 'advisory' AND classid = ?"
                    + " AND objsubid = 2 AND database ="
                    + " (SELECT oid FROM pg_database WHERE datname = current_database())"
                    + " AND objid = hashtext(? || '.' || ?)::oid")) {
      statement.setLong(1, 0x6f726764L);
      statement.setString(2, schema);
      statement.setString(3, org.value());
      try (ResultSet rs = statement.executeQuery()) {
        rs.next();
        return rs.getInt(1);
      }
    }
  }
}
