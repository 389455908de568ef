package dev.orgd.core.store;

import dev.orgd.core.model.EnabledService;
import dev.orgd.core.model.OrganizationId;
import java.util.List;
import java.util.Optional;

/** The service principals each organization enabled for trusted access: one per principal. */
public interface EnabledServiceRepository {

  Optional<EnabledService> find(OrganizationId org, String servicePrincipal);

  /**
   * The enabled services of {@code org} by service principal, above {@code after} (null: from the
   * start), at most {@code limit}.
   */
  List<EnabledService> list(OrganizationId org, String after, int limit);

  void save(EnabledService service);

  void delete(OrganizationId org, String servicePrincipal);

  /** Removes every enabled service of {@code org}. */
  void deleteAll(OrganizationId org);
}
