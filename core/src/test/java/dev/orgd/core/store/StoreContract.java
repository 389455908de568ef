package dev.orgd.core.store;

import org.junit.jupiter.api.Nested;

/**
 * The behaviour every {@link Store} must show: one contract suite per repository, and the units of
 * work and write scopes they share, each run as a {@code @Nested} class against the backend. A
 * backend extends this class and implements {@link #newStore()}; each test gets a fresh, empty
 * store and closes it afterwards. A new repository adds its suite here, and every backend runs it.
 */
public abstract class StoreContract {

  /** A new, empty store of the backend under test. */
  protected abstract Store newStore();

  @Nested
  class UnitsOfWork extends UnitOfWorkContract {
    @Override
    protected Store newStore() {
      return StoreContract.this.newStore();
    }
  }

  @Nested
  class WriteScopes extends WriteScopeContract {
    @Override
    protected Store newStore() {
      return StoreContract.this.newStore();
    }
  }

  @Nested
  class Accounts extends AccountRepositoryContract {
    @Override
    protected Store newStore() {
      return StoreContract.this.newStore();
    }
  }

  @Nested
  class OrganizationalUnits extends OrganizationalUnitRepositoryContract {
    @Override
    protected Store newStore() {
      return StoreContract.this.newStore();
    }
  }

  @Nested
  class ResourceTags extends ResourceTagRepositoryContract {
    @Override
    protected Store newStore() {
      return StoreContract.this.newStore();
    }
  }

  @Nested
  class ResourcePolicies extends ResourcePolicyRepositoryContract {
    @Override
    protected Store newStore() {
      return StoreContract.this.newStore();
    }
  }

  @Nested
  class Organizations extends OrganizationRepositoryContract {
    @Override
    protected Store newStore() {
      return StoreContract.this.newStore();
    }
  }

  @Nested
  class Handshakes extends HandshakeRepositoryContract {
    @Override
    protected Store newStore() {
      return StoreContract.this.newStore();
    }
  }

  @Nested
  class CreateAccountRequests extends CreateAccountRequestRepositoryContract {
    @Override
    protected Store newStore() {
      return StoreContract.this.newStore();
    }
  }

  @Nested
  class DelegatedAdministrators extends DelegatedAdministratorRepositoryContract {
    @Override
    protected Store newStore() {
      return StoreContract.this.newStore();
    }
  }

  @Nested
  class EnabledServices extends EnabledServiceRepositoryContract {
    @Override
    protected Store newStore() {
      return StoreContract.this.newStore();
    }
  }

  @Nested
  class ResponsibilityTransfers extends ResponsibilityTransferRepositoryContract {
    @Override
    protected Store newStore() {
      return StoreContract.this.newStore();
    }
  }

  @Nested
  class Policies extends PolicyRepositoryContract {
    @Override
    protected Store newStore() {
      return StoreContract.this.newStore();
    }
  }
}
