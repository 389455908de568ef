package dev.orgd.core.store;

import dev.orgd.core.model.AccountId;
import dev.orgd.core.model.HandshakeId;
import dev.orgd.core.model.OrganizationId;
import java.util.ArrayList;
import java.util.List;

/**
 * The organizations a write unit of work reads and changes, named before it runs by what its caller
 * already holds: organizations by id, accounts (for the organization each belongs to when the unit
 * starts) and handshakes (for the organization that sent each).
 *
 * <p>A store whose writers can run at the same time (PostgreSQL) runs the units whose scopes share
 * an organization one after another, on every node of a shared database, so that they wait for one
 * another instead of conflicting and being run again; stores that run one writer at a time anyway
 * ignore the scope. A scope is about contention, never about correctness: a unit of work is
 * isolated whatever its scope says, and a scope that is out of date by the time the unit runs (the
 * account moved in between) costs at most a retry.
 */
public record WriteScope(
    List<OrganizationId> organizations, List<AccountId> accounts, List<HandshakeId> handshakes) {

  /** No organization in particular: the unit runs without waiting for any other. */
  public static final WriteScope NONE = new WriteScope(List.of(), List.of(), List.of());

  public WriteScope {
    organizations = List.copyOf(organizations);
    accounts = List.copyOf(accounts);
    handshakes = List.copyOf(handshakes);
  }

  /** The organization {@code id}. */
  public static WriteScope organization(OrganizationId id) {
    return NONE.with(id, null, null);
  }

  /** The organization {@code account} belongs to, if any. */
  public static WriteScope organizationOf(AccountId account) {
    return NONE.with(null, account, null);
  }

  /** This scope and the organization that sent {@code handshake}. */
  public WriteScope andSenderOf(HandshakeId handshake) {
    return with(null, null, handshake);
  }

  /** Whether the scope names nothing. */
  public boolean isEmpty() {
    return organizations.isEmpty() && accounts.isEmpty() && handshakes.isEmpty();
  }

  private WriteScope with(OrganizationId org, AccountId account, HandshakeId handshake) {
    return new WriteScope(
        plus(organizations, org), plus(accounts, account), plus(handshakes, handshake));
  }

  private static <T> List<T> plus(List<T> list, T more) {
    if (more == null) {
      return list;
    }
    List<T> longer = new ArrayList<>(list);
    longer.add(more);
    return longer;
  }
}
