package dev.orgd.core.service;

import dev.orgd.core.model.Account;
import dev.orgd.core.model.AccountId;
import dev.orgd.core.model.CreateAccountRequestId;
import dev.orgd.core.model.CreateAccountStatus;
import dev.orgd.core.model.DelegatedAdministrator;
import dev.orgd.core.model.Handshake;
import dev.orgd.core.model.Organization;
import dev.orgd.core.model.OrganizationalUnit;
import dev.orgd.core.model.OrganizationalUnitId;
import dev.orgd.core.model.Parent;
import dev.orgd.core.model.ResponsibilityTransfer;
import dev.orgd.core.page.KeyCodec;
import dev.orgd.core.page.Keyset;
import dev.orgd.core.page.Page;
import dev.orgd.core.page.PageRequest;
import dev.orgd.core.store.CreateAccountRequestKey;
import dev.orgd.core.store.HandshakeCursor;
import dev.orgd.core.store.HandshakeQuery;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** The keys every listing pages by (see {@link Keyset}), and the pages of handshakes. */
final class Paging {
  private static final KeyCodec<AccountId> ACCOUNT_ID =
      KeyCodec.of(AccountId::value, Paging::accountId);

  static final Keyset<Account, AccountId> ACCOUNTS = new Keyset<>(ACCOUNT_ID, Account::id);

  private static final KeyCodec<HandshakeCursor> NEWEST_FIRST =
      KeyCodec.of(
          c -> c.requestedAt().toEpochMilli() + ":" + c.sequence(), Paging::handshakeCursor);

  static final Keyset<Handshake, HandshakeCursor> HANDSHAKES =
      new Keyset<>(NEWEST_FIRST, h -> new HandshakeCursor(h.requestedAt(), h.sequence()));

  /** Responsibility transfers, in the order of their handshakes. */
  static final Keyset<ResponsibilityTransfer, HandshakeCursor> TRANSFERS =
      new Keyset<>(NEWEST_FIRST, t -> new HandshakeCursor(t.requestedAt(), t.sequence()));

  static final Keyset<CreateAccountStatus, CreateAccountRequestKey> CREATE_ACCOUNT_REQUESTS =
      new Keyset<>(
          KeyCodec.of(
              k -> k.requestedAt().toEpochMilli() + ":" + k.id().value(),
              Paging::createAccountRequestKey),
          CreateAccountRequestKey::of);

  /** Delegated administrators, one per account. */
  static final Keyset<DelegatedAdministrator, AccountId> ADMINISTRATORS =
      new Keyset<>(ACCOUNT_ID, DelegatedAdministrator::accountId);

  /** The services one account administers, by principal. */
  static final Keyset<DelegatedAdministrator, String> SERVICES =
      new Keyset<>(KeyCodec.of(p -> p, p -> p), DelegatedAdministrator::servicePrincipal);

  static final Keyset<OrganizationalUnit, OrganizationalUnitId> ORGANIZATIONAL_UNITS =
      new Keyset<>(
          KeyCodec.of(OrganizationalUnitId::value, OrganizationalUnitId::new),
          OrganizationalUnit::id);

  /** The one parent of a child. */
  static final Keyset<Parent, String> PARENTS =
      new Keyset<>(KeyCodec.of(p -> p, p -> p), Parent::id);

  static final Keyset<Organization, String> ROOTS =
      new Keyset<>(KeyCodec.of(r -> r, r -> r), o -> o.rootId().value());

  private Paging() {
    throw new AssertionError("not instantiable");
  }

  /** The page {@code request} asks of {@code keyset}, with a token signed by the store's key. */
  static <T, K> Page<T> page(
      Session s, Keyset<T, K> keyset, String binding, PageRequest request, Keyset.Rows<T, K> rows) {
    return keyset.page(s.tx.settings().tokenKey(), binding, request, rows);
  }

  /**
   * One page of handshakes. Rows past their retention that have not been purged yet take a place on
   * the page without being shown: such a page has fewer items than asked for, possibly none, and
   * still a NextToken, as AWS documents for its List operations.
   */
  static Page<Handshake> handshakes(
      Session s, HandshakeQuery query, PageRequest request, String binding) {
    Page<Handshake> scanned =
        page(
            s,
            HANDSHAKES,
            binding,
            request,
            (after, limit) -> s.tx.handshakes().list(query, after, limit));
    List<Handshake> items = new ArrayList<>(scanned.items().size());
    for (Handshake h : scanned.items()) {
      if (h.isVisibleAt(s.now)) {
        items.add(h.at(s.now));
      }
    }
    return new Page<>(items, scanned.nextToken());
  }

  /**
   * The accounts of a page as they read now. Closed accounts past their post-closure period that no
   * write has removed yet take a place on the page without being shown, as handshakes past their
   * retention do.
   */
  static Page<Account> accountsNow(Session s, Page<Account> scanned) {
    List<Account> items = new ArrayList<>(scanned.items().size());
    for (Account stored : scanned.items()) {
      Account account = s.visible(stored);
      if (account != null) {
        items.add(account);
      }
    }
    return new Page<>(items, scanned.nextToken());
  }

  private static AccountId accountId(String position) {
    if (!AccountId.isValid(position)) {
      throw new IllegalArgumentException("not an account id");
    }
    return new AccountId(position);
  }

  private static HandshakeCursor handshakeCursor(String position) {
    int colon = position.indexOf(':');
    return new HandshakeCursor(
        Instant.ofEpochMilli(Long.parseLong(position.substring(0, colon))),
        Long.parseLong(position.substring(colon + 1)));
  }

  private static CreateAccountRequestKey createAccountRequestKey(String position) {
    int colon = position.indexOf(':');
    return new CreateAccountRequestKey(
        Instant.ofEpochMilli(Long.parseLong(position.substring(0, colon))),
        new CreateAccountRequestId(position.substring(colon + 1)));
  }
}
