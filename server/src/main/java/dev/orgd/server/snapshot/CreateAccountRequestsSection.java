package dev.orgd.server.snapshot;

import dev.orgd.core.model.CreateAccountState;
import dev.orgd.core.model.CreateAccountStatus;
import dev.orgd.core.model.Organization;
import dev.orgd.core.store.CreateAccountRequestKey;
import dev.orgd.core.store.StoreTx;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;

/** CreateAccount requests, each organization's. */
final class CreateAccountRequestsSection implements SnapshotSection<CreateAccountStatus> {
  @Override
  public String name() {
    return "createAccountRequests";
  }

  @Override
  public Class<CreateAccountStatus> rowType() {
    return CreateAccountStatus.class;
  }

  @Override
  public List<CreateAccountStatus> export(StoreTx tx) {
    List<CreateAccountStatus> all = new ArrayList<>();
    for (Organization org : OrganizationsSection.all(tx)) {
      all.addAll(
          Keysets.<CreateAccountStatus, CreateAccountRequestKey>drain(
              (after, limit) ->
                  tx.createAccountRequests()
                      .list(org.id(), EnumSet.allOf(CreateAccountState.class), after, limit),
              s -> new CreateAccountRequestKey(s.requestedAt(), s.id())));
    }
    return all;
  }

  @Override
  public void load(StoreTx tx, List<CreateAccountStatus> rows) {
    rows.forEach(tx.createAccountRequests()::save);
  }
}
