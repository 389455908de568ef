package dev.orgd.core.store;

import dev.orgd.core.model.Account;
import dev.orgd.core.model.AccountId;
import dev.orgd.core.model.OrganizationId;
import dev.orgd.core.model.OrganizationalUnitId;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Accounts, by id and by normalized email, and the members of each organization. */
public interface AccountRepository {

  Optional<Account> find(AccountId id);

  /**
   * Every account orgd keeps (members and standalone accounts with a registered email or name) with
   * an id above {@code after} (null: from the start), by id, at most {@code limit} (for state
   * snapshots).
   */
  List<Account> all(AccountId after, int limit);

  /** The account whose email, normalized, equals {@code normalizedEmail}. */
  Optional<Account> findByEmail(String normalizedEmail);

  void save(Account account);

  /**
   * Members of {@code org} (its management account included) with an id above {@code after} (null:
   * from the start), by id, at most {@code limit}.
   */
  List<Account> members(OrganizationId org, AccountId after, int limit);

  /**
   * Members of {@code org} directly in the OU {@code ou} (null: directly under the root) with an id
   * above {@code after} (null: from the start), by id, at most {@code limit}.
   */
  List<Account> inParent(OrganizationId org, OrganizationalUnitId ou, AccountId after, int limit);

  /**
   * How many members of {@code org} had their closure requested at or after {@code since} (the
   * rolling closure quota and the closures in progress).
   */
  int countClosuresSince(OrganizationId org, Instant since);

  /**
   * Members of {@code org} whose closure was requested at or before {@code until}, oldest closure
   * first, at most {@code limit}: the closed accounts due to leave.
   */
  List<Account> closedUntil(OrganizationId org, Instant until, int limit);

  /** How many accounts belong to {@code org}, its management account included. */
  int countMembers(OrganizationId org);
}
