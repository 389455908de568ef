package dev.orgd.core.store;

import static dev.orgd.core.store.StoreFixtures.T0;
import static dev.orgd.core.store.StoreFixtures.orgId;
import static org.assertj.core.api.Assertions.assertThat;

import dev.orgd.core.model.Account;
import dev.orgd.core.model.AccountId;
import dev.orgd.core.model.CreateAccountRequestId;
import dev.orgd.core.model.CreateAccountState;
import dev.orgd.core.model.CreateAccountStatus;
import dev.orgd.core.model.DelegatedAdministrator;
import dev.orgd.core.model.Handshake;
import dev.orgd.core.model.HandshakeId;
import dev.orgd.core.model.Organization;
import dev.orgd.core.model.OrganizationId;
import dev.orgd.core.store.StoreFixtures.HandshakeDraft;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/**
 * What the store contract's tests share: the store under test, opened fresh for each test and
 * closed after it, and helpers that read and write it. Each repository's contract extends this;
 * {@link StoreContract} composes them for a backend.
 */
public abstract class StoreContractSupport {

  protected static final OrganizationId ORG_A = orgId(1);
  protected static final OrganizationId ORG_B = orgId(2);

  /** The store under test. */
  protected Store store;

  /** A new, empty store of the backend under test. */
  protected abstract Store newStore();

  @BeforeEach
  void openStore() {
    store = newStore();
  }

  @AfterEach
  void closeStore() {
    if (store != null) {
      store.close();
    }
  }

  // --- helpers ----------------------------------------------------------------------------------

  /** Runs {@code work} in a write unit that returns nothing. */
  protected void write(Consumer<StoreTx> work) {
    store.write(
        tx -> {
          work.accept(tx);
          return null;
        });
  }

  /** Creates one handshake in its own unit of work, with the next sequence. */
  protected Handshake saveNew(HandshakeDraft draft) {
    return store.write(
        tx -> {
          Handshake h = draft.build(tx.handshakes().nextSequence());
          tx.handshakes().save(h);
          return h;
        });
  }

  /** Creates the handshakes in this order (by sequence) but saves them in a shuffled order. */
  protected List<Handshake> createInOrder(HandshakeDraft... drafts) {
    List<Handshake> created =
        store.write(
            tx -> Arrays.stream(drafts).map(d -> d.build(tx.handshakes().nextSequence())).toList());
    List<Handshake> shuffled = new ArrayList<>(created);
    Collections.shuffle(shuffled, new Random(42));
    write(tx -> shuffled.forEach(tx.handshakes()::save));
    return created;
  }

  protected List<Handshake> list(HandshakeQuery query, HandshakeCursor after, int limit) {
    return store.read(tx -> tx.handshakes().list(query, after, limit));
  }

  protected List<Handshake> pageThrough(HandshakeQuery query, int pageSize) {
    List<Handshake> seen = new ArrayList<>();
    HandshakeCursor after = null;
    while (true) {
      List<Handshake> page = list(query, after, pageSize);
      assertThat(page.size()).isLessThanOrEqualTo(pageSize);
      seen.addAll(page);
      if (page.size() < pageSize) {
        return seen;
      }
      Handshake last = page.get(page.size() - 1);
      after = new HandshakeCursor(last.requestedAt(), last.sequence());
    }
  }

  /** The query lists exactly {@code expected}, in this order, and counts as many. */
  protected void assertSelects(HandshakeQuery query, Handshake... expected) {
    assertThat(list(query, null, 100)).containsExactly(expected);
    assertThat(count(query)).isEqualTo(expected.length);
  }

  protected List<Integer> accountIds(OrganizationId org, AccountId after, int limit) {
    return store.read(tx -> tx.accounts().members(org, after, limit)).stream()
        .map(a -> Integer.parseInt(a.id().value()))
        .toList();
  }

  protected Optional<Account> storedAccount(AccountId id) {
    return store.read(tx -> tx.accounts().find(id));
  }

  protected Optional<Account> accountWithEmail(String normalizedEmail) {
    return store.read(tx -> tx.accounts().findByEmail(normalizedEmail));
  }

  protected int countAccounts(OrganizationId org) {
    return store.read(tx -> tx.accounts().countMembers(org));
  }

  protected Optional<Organization> storedOrganization(OrganizationId id) {
    return store.read(tx -> tx.organizations().find(id));
  }

  protected Optional<Handshake> storedHandshake(HandshakeId id) {
    return store.read(tx -> tx.handshakes().find(id));
  }

  protected int count(HandshakeQuery query) {
    return store.read(tx -> tx.handshakes().count(query));
  }

  protected int purge(Instant now) {
    return store.write(tx -> tx.handshakes().purge(now));
  }

  protected Optional<CreateAccountStatus> storedStatus(CreateAccountRequestId id) {
    return store.read(tx -> tx.createAccountRequests().find(id));
  }

  /** The create-account requests of {@code org}, newest first, read in pages of two. */
  protected List<CreateAccountStatus> statuses(OrganizationId org, CreateAccountState... states) {
    Set<CreateAccountState> only = Set.of(states);
    List<CreateAccountStatus> seen = new ArrayList<>();
    CreateAccountRequestKey after = null;
    while (true) {
      CreateAccountRequestKey from = after;
      List<CreateAccountStatus> page =
          store.read(tx -> tx.createAccountRequests().list(org, only, from, 2));
      assertThat(page.size()).isLessThanOrEqualTo(2);
      seen.addAll(page);
      if (page.size() < 2) {
        return seen;
      }
      after = CreateAccountRequestKey.of(page.get(page.size() - 1));
    }
  }

  /** Every registration of {@code org}, by account, then service principal. */
  protected List<DelegatedAdministrator> registrations(OrganizationId org) {
    return store.read(
        tx -> {
          List<DelegatedAdministrator> all = new ArrayList<>();
          for (DelegatedAdministrator first :
              tx.delegatedAdministrators().firstOfEachAccount(org, null, null, 1000)) {
            all.addAll(tx.delegatedAdministrators().ofAccount(org, first.accountId(), null, 1000));
          }
          return all;
        });
  }

  protected ClockSetting clock() {
    return store.read(tx -> tx.settings().clock());
  }

  protected static DelegatedAdministrator registration(
      OrganizationId org, AccountId account, String principal) {
    return new DelegatedAdministrator(org, account, principal, T0);
  }
}
