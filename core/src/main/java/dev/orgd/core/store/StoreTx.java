package dev.orgd.core.store;

import dev.orgd.core.model.Account;
import dev.orgd.core.model.AccountId;
import dev.orgd.core.model.CreateAccountRequestId;
import dev.orgd.core.model.CreateAccountStatus;
import dev.orgd.core.model.DelegatedAdministrator;
import dev.orgd.core.model.Handshake;
import dev.orgd.core.model.HandshakeId;
import dev.orgd.core.model.Organization;
import dev.orgd.core.model.OrganizationId;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * What a unit of work can read and write. Every {@code save} is an upsert by the record's key.
 * Reads see the unit's own earlier writes. Lists come back in a defined order so that callers can
 * page through them with a key. Instants are kept to the millisecond.
 */
public interface StoreTx {

  // --- clock and secrets --------------------------------------------------------------------

  ClockSetting clockSetting();

  void saveClockSetting(ClockSetting setting);

  /**
   * A random key, made once per store and kept with its data, that signs pagination tokens so that
   * every node of a shared store accepts the tokens of the others.
   */
  byte[] tokenKey();

  // --- accounts ------------------------------------------------------------------------------

  Optional<Account> account(AccountId id);

  /** The account whose email, normalized, equals {@code normalizedEmail}. */
  Optional<Account> accountByEmail(String normalizedEmail);

  void saveAccount(Account account);

  /**
   * Members of {@code org} (its management account included) with an id above {@code after} (null:
   * from the start), by id, at most {@code limit}.
   */
  List<Account> accounts(OrganizationId org, AccountId after, int limit);

  /** How many accounts belong to {@code org}, its management account included. */
  int countAccounts(OrganizationId org);

  // --- organizations -------------------------------------------------------------------------

  Optional<Organization> organization(OrganizationId id);

  void saveOrganization(Organization organization);

  void deleteOrganization(OrganizationId id);

  // --- handshakes ----------------------------------------------------------------------------

  Optional<Handshake> handshake(HandshakeId id);

  /** A number larger than any this store handed out before; it orders handshakes by creation. */
  long nextSequence();

  void saveHandshake(Handshake handshake);

  /**
   * The handshakes {@code query} selects, newest first (requestedAt descending, then sequence
   * descending), strictly after {@code after} (null: from the start), at most {@code limit}.
   * Deleted (past retention) handshakes are not filtered out here: the caller does that.
   */
  List<Handshake> handshakes(HandshakeQuery query, HandshakeCursor after, int limit);

  int countHandshakes(HandshakeQuery query);

  /** Physically removes handshakes whose retention ended before {@code now}; returns how many. */
  int purgeHandshakes(Instant now);

  // --- create-account requests -----------------------------------------------------------------

  Optional<CreateAccountStatus> createAccountStatus(CreateAccountRequestId id);

  void saveCreateAccountStatus(CreateAccountStatus status);

  /** The create-account requests of {@code org}, by id. */
  List<CreateAccountStatus> createAccountStatuses(OrganizationId org);

  // --- delegated administrators -------------------------------------------------------------

  /** The registrations of {@code org}, by account id, then service principal. */
  List<DelegatedAdministrator> delegatedAdministrators(OrganizationId org);

  void saveDelegatedAdministrator(DelegatedAdministrator registration);

  void deleteDelegatedAdministrator(OrganizationId org, AccountId account, String servicePrincipal);

  // --- everything ----------------------------------------------------------------------------

  /** Forgets everything this store holds, the clock setting included (the token key stays). */
  void deleteAll();
}
