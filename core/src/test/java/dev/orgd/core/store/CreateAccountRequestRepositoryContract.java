package dev.orgd.core.store;

import static dev.orgd.core.store.StoreFixtures.T0;
import static dev.orgd.core.store.StoreFixtures.accountId;
import static dev.orgd.core.store.StoreFixtures.createAccountStatus;
import static dev.orgd.core.store.StoreFixtures.orgId;
import static dev.orgd.core.store.StoreFixtures.requestId;
import static org.assertj.core.api.Assertions.assertThat;

import dev.orgd.core.model.CreateAccountState;
import dev.orgd.core.model.CreateAccountStatus;
import dev.orgd.core.model.OrganizationId;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The {@link CreateAccountRequestRepository} part of the store contract. */
public abstract class CreateAccountRequestRepositoryContract extends StoreContractSupport {

  @Test
  void createAccountStatusRoundTripsAndIsReplacedBySave() {
    CreateAccountStatus started = createAccountStatus(requestId(1), ORG_A);
    write(tx -> tx.createAccountRequests().save(started));
    assertThat(storedStatus(requestId(1))).contains(started);

    CreateAccountStatus done =
        new CreateAccountStatus(
            requestId(1),
            ORG_A,
            "new account",
            CreateAccountState.SUCCEEDED,
            T0,
            T0.plusMillis(5),
            accountId(8),
            null);
    CreateAccountStatus failed =
        new CreateAccountStatus(
            requestId(2),
            ORG_A,
            "x",
            CreateAccountState.FAILED,
            T0,
            T0,
            null,
            "EMAIL_ALREADY_EXISTS");
    write(
        tx -> {
          tx.createAccountRequests().save(done);
          tx.createAccountRequests().save(failed);
        });
    assertThat(storedStatus(requestId(1))).contains(done);
    assertThat(storedStatus(requestId(2))).contains(failed);
  }

  @Test
  void requestsOfAnOrganizationComeNewestFirstThenByIdInPages() {
    write(
        tx -> {
          for (int n : List.of(3, 1, 2, 5, 4)) {
            tx.createAccountRequests().save(requested(n, ORG_A, n <= 3 ? 0 : 60));
          }
          tx.createAccountRequests().save(createAccountStatus(requestId(6), ORG_B));
        });

    assertThat(statuses(ORG_A))
        .extracting(CreateAccountStatus::id)
        .containsExactly(requestId(4), requestId(5), requestId(1), requestId(2), requestId(3));
    assertThat(statuses(ORG_B)).extracting(CreateAccountStatus::id).containsExactly(requestId(6));
    assertThat(statuses(orgId(99))).isEmpty();
  }

  @Test
  void requestsMayBeSelectedByState() {
    write(
        tx -> {
          for (int n = 1; n <= 6; n++) {
            CreateAccountStatus status = requested(n, ORG_A, n);
            CreateAccountState state =
                n % 3 == 0
                    ? CreateAccountState.IN_PROGRESS
                    : n % 3 == 1 ? CreateAccountState.SUCCEEDED : CreateAccountState.FAILED;
            tx.createAccountRequests().save(withState(status, state));
          }
        });

    assertThat(statuses(ORG_A, CreateAccountState.SUCCEEDED))
        .extracting(CreateAccountStatus::id)
        .containsExactly(requestId(4), requestId(1));
    assertThat(statuses(ORG_A, CreateAccountState.FAILED, CreateAccountState.IN_PROGRESS))
        .extracting(CreateAccountStatus::id)
        .containsExactly(requestId(6), requestId(5), requestId(3), requestId(2));
    assertThat(statuses(ORG_A)).hasSize(6);
  }

  @Test
  void resavedRequestKeepsOnePlaceInTheOrder() {
    write(tx -> tx.createAccountRequests().save(requested(1, ORG_A, 0)));
    write(
        tx ->
            tx.createAccountRequests()
                .save(withState(requested(1, ORG_A, 0), CreateAccountState.SUCCEEDED)));

    assertThat(statuses(ORG_A))
        .singleElement()
        .extracting(CreateAccountStatus::state)
        .isEqualTo(CreateAccountState.SUCCEEDED);
    assertThat(statuses(ORG_A, CreateAccountState.IN_PROGRESS)).isEmpty();
  }

  @Test
  void deleteAllOfAnOrganizationLeavesTheOthers() {
    write(
        tx -> {
          tx.createAccountRequests().save(createAccountStatus(requestId(1), ORG_A));
          tx.createAccountRequests().save(createAccountStatus(requestId(2), ORG_A));
          tx.createAccountRequests().save(createAccountStatus(requestId(3), ORG_B));
        });

    write(tx -> tx.createAccountRequests().deleteAll(ORG_A));

    assertThat(statuses(ORG_A)).isEmpty();
    assertThat(storedStatus(requestId(1))).isEmpty();
    assertThat(statuses(ORG_B)).extracting(CreateAccountStatus::id).containsExactly(requestId(3));
  }

  /** An IN_PROGRESS request {@code n} of {@code org}, requested {@code seconds} after T0. */
  private static CreateAccountStatus requested(int n, OrganizationId org, int seconds) {
    return new CreateAccountStatus(
        requestId(n),
        org,
        "account " + n,
        CreateAccountState.IN_PROGRESS,
        T0.plusSeconds(seconds),
        null,
        null,
        null);
  }

  private static CreateAccountStatus withState(CreateAccountStatus s, CreateAccountState state) {
    return new CreateAccountStatus(
        s.id(), s.organizationId(), s.accountName(), state, s.requestedAt(), null, null, null);
  }
}
