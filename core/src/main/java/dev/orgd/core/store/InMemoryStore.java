package dev.orgd.core.store;

import java.security.SecureRandom;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.Function;

/**
 * The reference store: everything in memory, one writer at a time, readers in parallel. A unit of
 * work that throws is rolled back from an undo log, so an API call is atomic here too. Each
 * aggregate has its own repository class over its own table ({@link MemoryTables}).
 */
public final class InMemoryStore implements Store {

  private final ReentrantReadWriteLock lock = new ReentrantReadWriteLock();
  private final MemoryTables tables;
  // Read-only repositories keep no state of their own, so every read shares one.
  private final StoreTx reader;

  public InMemoryStore() {
    byte[] tokenKey = new byte[32];
    new SecureRandom().nextBytes(tokenKey);
    this.tables = new MemoryTables(tokenKey);
    this.reader = new Tx(tables, null);
  }

  @Override
  public <T> T read(Function<StoreTx, T> work) {
    lock.readLock().lock();
    try {
      return work.apply(reader);
    } finally {
      lock.readLock().unlock();
    }
  }

  /** Writers run one at a time here, so the scope has nothing to add. */
  @Override
  public <T> T write(WriteScope scope, Function<StoreTx, T> work) {
    lock.writeLock().lock();
    Deque<Runnable> undo = new ArrayDeque<>();
    try {
      T result = work.apply(new Tx(tables, undo));
      undo.clear();
      return result;
    } catch (RuntimeException | Error e) {
      while (!undo.isEmpty()) {
        undo.pop().run();
      }
      throw e;
    } finally {
      lock.writeLock().unlock();
    }
  }

  @Override
  public String kind() {
    return "memory";
  }

  @Override
  public String schemaVersion() {
    return "n/a";
  }

  @Override
  public void close() {}

  /** One unit of work: the repositories over the store's tables, sharing one undo log. */
  private static final class Tx extends MemoryRepository implements StoreTx {
    private final SettingsRepository settings;
    private final AccountRepository accounts;
    private final OrganizationRepository organizations;
    private final HandshakeRepository handshakes;
    private final CreateAccountRequestRepository createAccountRequests;
    private final DelegatedAdministratorRepository delegatedAdministrators;
    private final EnabledServiceRepository enabledServices;
    private final OrganizationalUnitRepository organizationalUnits;
    private final ResourceTagRepository resourceTags;
    private final ResponsibilityTransferRepository responsibilityTransfers;
    private final ResourcePolicyRepository resourcePolicies;
    private final PolicyRepository policies;
    private final PolicyAttachmentRepository policyAttachments;
    private final EnabledPolicyTypeRepository enabledPolicyTypes;

    Tx(MemoryTables tables, Deque<Runnable> undo) {
      super(tables, undo);
      this.settings = new MemorySettings(tables, undo);
      this.accounts = new MemoryAccounts(tables, undo);
      this.organizations = new MemoryOrganizations(tables, undo);
      this.handshakes = new MemoryHandshakes(tables, undo);
      this.createAccountRequests = new MemoryCreateAccountRequests(tables, undo);
      this.delegatedAdministrators = new MemoryDelegatedAdministrators(tables, undo);
      this.enabledServices = new MemoryEnabledServices(tables, undo);
      this.organizationalUnits = new MemoryOrganizationalUnits(tables, undo);
      this.resourceTags = new MemoryResourceTags(tables, undo);
      this.responsibilityTransfers = new MemoryResponsibilityTransfers(tables, undo);
      this.resourcePolicies = new MemoryResourcePolicies(tables, undo);
      this.policies = new MemoryPolicies(tables, undo);
      this.policyAttachments = new MemoryPolicyAttachments(tables, undo);
      this.enabledPolicyTypes = new MemoryEnabledPolicyTypes(tables, undo);
    }

    @Override
    public SettingsRepository settings() {
      return settings;
    }

    @Override
    public AccountRepository accounts() {
      return accounts;
    }

    @Override
    public OrganizationRepository organizations() {
      return organizations;
    }

    @Override
    public HandshakeRepository handshakes() {
      return handshakes;
    }

    @Override
    public CreateAccountRequestRepository createAccountRequests() {
      return createAccountRequests;
    }

    @Override
    public DelegatedAdministratorRepository delegatedAdministrators() {
      return delegatedAdministrators;
    }

    @Override
    public EnabledServiceRepository enabledServices() {
      return enabledServices;
    }

    @Override
    public OrganizationalUnitRepository organizationalUnits() {
      return organizationalUnits;
    }

    @Override
    public ResourceTagRepository resourceTags() {
      return resourceTags;
    }

    @Override
    public ResponsibilityTransferRepository responsibilityTransfers() {
      return responsibilityTransfers;
    }

    @Override
    public ResourcePolicyRepository resourcePolicies() {
      return resourcePolicies;
    }

    @Override
    public PolicyRepository policies() {
      return policies;
    }

    @Override
    public PolicyAttachmentRepository policyAttachments() {
      return policyAttachments;
    }

    @Override
    public EnabledPolicyTypeRepository enabledPolicyTypes() {
      return enabledPolicyTypes;
    }

    @Override
    public void deleteAll() {
      writable();
      onUndo(tables.clear());
    }
  }
}
