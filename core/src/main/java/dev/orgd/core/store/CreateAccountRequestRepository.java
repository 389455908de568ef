package dev.orgd.core.store;

import dev.orgd.core.model.CreateAccountRequestId;
import dev.orgd.core.model.CreateAccountState;
import dev.orgd.core.model.CreateAccountStatus;
import dev.orgd.core.model.OrganizationId;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** The statuses of CreateAccount requests, by id and by organization, newest first. */
public interface CreateAccountRequestRepository {

  Optional<CreateAccountStatus> find(CreateAccountRequestId id);

  void save(CreateAccountStatus status);

  /**
   * The requests of {@code org} in one of {@code states} (empty: any), newest first ({@link
   * CreateAccountRequestKey#NEWEST_FIRST}), strictly after {@code after} (null: from the start), at
   * most {@code limit}.
   */
  List<CreateAccountStatus> list(
      OrganizationId org, Set<CreateAccountState> states, CreateAccountRequestKey after, int limit);

  /** Removes every request of {@code org}. */
  void deleteAll(OrganizationId org);
}
