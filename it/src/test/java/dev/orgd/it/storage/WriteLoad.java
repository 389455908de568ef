package dev.orgd.it.storage;

import static dev.orgd.it.support.Fixtures.MGMT;
import static dev.orgd.it.support.Fixtures.inviteAccount;
import static org.assertj.core.api.Assertions.assertThat;

import dev.orgd.it.support.Clients;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import java.util.function.Supplier;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.services.organizations.OrganizationsClient;
import software.amazon.awssdk.services.organizations.model.HandshakeState;

/**
 * Writers that each run scenarios against the server until it dies: invite an account, then accept,
 * decline or cancel; or create an account. A call that fails without an answer (the server is gone)
 * ends its writer; any AWS error is a failure of the test.
 */
final class WriteLoad {
  private final List<Thread> threads = new ArrayList<>();
  private final Ledger ledger;
  private final Queue<long[]> unanswered = new ConcurrentLinkedQueue<>();
  private final AtomicReference<Throwable> failure = new AtomicReference<>();

  private WriteLoad(Ledger ledger) {
    this.ledger = ledger;
  }

  static WriteLoad start(URI endpoint, Ledger ledger, int writers, int cycle) {
    WriteLoad load = new WriteLoad(ledger);
    for (int w = 0; w < writers; w++) {
      int writer = cycle * 100 + w;
      Thread t = new Thread(() -> load.run(endpoint, writer), "crash-writer-" + writer);
      load.threads.add(t);
      t.start();
    }
    return load;
  }

  void awaitAcks(int wanted, Duration limit) throws InterruptedException {
    long giveUp = System.nanoTime() + limit.toNanos();
    while (ledger.acks.get() < wanted && System.nanoTime() < giveUp && failure.get() == null) {
      Thread.sleep(5);
    }
  }

  void join() throws InterruptedException {
    for (Thread t : threads) {
      t.join(Duration.ofSeconds(60).toMillis());
      assertThat(t.isAlive()).as("%s stopped", t.getName()).isFalse();
    }
  }

  Throwable failure() {
    return failure.get();
  }

  /**
   * How many calls that never got an answer had been sent before the kill at {@code nanos}; none
   * may have lost its answer before the kill (that would be a failure, not the crash).
   */
  int inFlightAt(long nanos) {
    for (long[] call : unanswered) {
      assertThat(call[1])
          .as("a call lost its answer before the kill")
          .isGreaterThanOrEqualTo(nanos);
    }
    return (int) unanswered.stream().filter(call -> call[0] < nanos).count();
  }

  private void run(URI endpoint, int writer) {
    Map<String, OrganizationsClient> clients = new ConcurrentHashMap<>();
    Function<String, OrganizationsClient> as =
        account -> clients.computeIfAbsent(account, a -> Clients.as(endpoint, a));
    try {
      for (int i = 0; ; i++) {
        String account = String.valueOf(500_000_000_000L + writer * 100_000L + i);
        scenario(i % 5, account, as, writer, i);
      }
    } catch (ServerGone e) {
      // the process was killed: this writer is done
    } catch (Throwable e) {
      failure.compareAndSet(null, e);
    } finally {
      clients.values().forEach(OrganizationsClient::close);
    }
  }

  private void scenario(
      int kind, String account, Function<String, OrganizationsClient> as, int writer, int i) {
    OrganizationsClient mgmt = as.apply(MGMT);
    if (kind == 4) {
      String name = "crash-" + writer + "-" + i;
      ledger.unackedCreates.add(name);
      String requestId =
          call(
              () ->
                  mgmt.createAccount(r -> r.accountName(name).email(name + "@example.com"))
                      .createAccountStatus()
                      .id());
      ledger.creates.put(requestId, name);
      ledger.unackedCreates.remove(name);
      return;
    }
    ledger.unackedInvites.add(account);
    String id = call(() -> inviteAccount(mgmt, account).id());
    Invite invite = new Invite();
    ledger.invites.put(id, invite);
    ledger.unackedInvites.remove(account);
    OrganizationsClient member = as.apply(account);
    switch (kind) {
      case 0, 1 ->
          move(
              invite,
              HandshakeState.ACCEPTED,
              () -> member.acceptHandshake(r -> r.handshakeId(id)));
      case 2 ->
          move(
              invite,
              HandshakeState.DECLINED,
              () -> member.declineHandshake(r -> r.handshakeId(id)));
      default ->
          move(invite, HandshakeState.CANCELED, () -> mgmt.cancelHandshake(r -> r.handshakeId(id)));
    }
  }

  private void move(Invite invite, HandshakeState to, Runnable call) {
    invite.attempted = to;
    call(
        () -> {
          call.run();
          return null;
        });
    invite.acked = to;
    invite.attempted = null;
  }

  /** Runs one API call; an answer of any kind counts, no answer means the server is gone. */
  private <T> T call(Supplier<T> call) {
    long start = System.nanoTime();
    try {
      T result = call.get();
      ledger.acks.incrementAndGet();
      return result;
    } catch (SdkClientException e) {
      unanswered.add(new long[] {start, System.nanoTime()});
      throw new ServerGone();
    }
  }

  /** What the clients sent and what the server acknowledged. */
  static final class Ledger {
    final Map<String, Invite> invites = new ConcurrentHashMap<>();
    final Set<String> unackedInvites = ConcurrentHashMap.newKeySet();
    final Map<String, String> creates = new ConcurrentHashMap<>();
    final Set<String> unackedCreates = ConcurrentHashMap.newKeySet();
    final AtomicInteger acks = new AtomicInteger();
  }

  /** An acknowledged invitation: its last acknowledged state and the move sent after it, if any. */
  static final class Invite {
    volatile HandshakeState acked = HandshakeState.OPEN;
    volatile HandshakeState attempted;

    Set<HandshakeState> possibleStates() {
      return attempted == null ? Set.of(acked) : Set.of(acked, attempted);
    }
  }

  private static final class ServerGone extends RuntimeException {
    private static final long serialVersionUID = 1L;

    ServerGone() {
      super(null, null, false, false);
    }
  }
}
