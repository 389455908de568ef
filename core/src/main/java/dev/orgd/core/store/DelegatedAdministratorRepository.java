package dev.orgd.core.store;

import dev.orgd.core.model.AccountId;
import dev.orgd.core.model.DelegatedAdministrator;
import dev.orgd.core.model.OrganizationId;
import java.util.List;
import java.util.Optional;

/** The registrations of delegated administrators: one per organization, account and service. */
public interface DelegatedAdministratorRepository {

  Optional<DelegatedAdministrator> find(
      OrganizationId org, AccountId account, String servicePrincipal);

  /** Whether {@code account} is a delegated administrator of {@code org} for any service. */
  boolean isRegistered(OrganizationId org, AccountId account);

  /**
   * The earliest registration of each account of {@code org} (for {@code servicePrincipal} only,
   * unless null), by account id, for accounts above {@code after} (null: from the start), at most
   * {@code limit} accounts.
   */
  List<DelegatedAdministrator> firstOfEachAccount(
      OrganizationId org, String servicePrincipal, AccountId after, int limit);

  /**
   * The registrations of {@code account} in {@code org}, by service principal, above {@code after}
   * (null: from the start), at most {@code limit}.
   */
  List<DelegatedAdministrator> ofAccount(
      OrganizationId org, AccountId account, String after, int limit);

  void save(DelegatedAdministrator registration);

  void delete(OrganizationId org, AccountId account, String servicePrincipal);

  /** Removes every registration of {@code org}. */
  void deleteAll(OrganizationId org);
}
