package dev.orgd.core.service;

import dev.orgd.core.store.Store;
import dev.orgd.core.store.StoreTx;
import dev.orgd.core.store.WriteScope;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.function.Function;

/**
 * The domain's front door: every AWS operation and control-plane action, each run as one unit of
 * work on the {@link Store} at one instant of orgd's clock. The clock is the real clock shifted or
 * frozen as the store's {@link dev.orgd.core.store.ClockSetting} says, so every node of a shared
 * store agrees on the time.
 */
public final class Orgd {
  private final Store store;
  private final Clock realClock;
  private final IdSource ids;
  private final OrganizationService organizations;
  private final HandshakeService handshakes;
  private final ControlService control;
  private final AccountService accounts;
  private final Closures closures;
  private final ResourcePolicyService resourcePolicies;
  private final DelegatedAdministratorService delegatedAdministrators;
  private final ServiceAccessService serviceAccess;
  private final ServicePrincipals servicePrincipals;
  private final StructureService structure;
  private final TagService tags;
  private final ResponsibilityTransferService responsibilityTransfers;
  private final Reactions reactions;
  private final Duration closeDelay;
  private final PolicyService policies;
  private final PolicyAttachmentService policyAttachments;
  private final PolicyTypeService policyTypes;
  private final EffectivePolicyService effectivePolicies;
  private final ScpEnforcement scpEnforcement;

  /** orgd on {@code store}, recognizing AWS's service principals. */
  public Orgd(Store store, Clock realClock, IdSource ids) {
    this(store, realClock, ids, new ServicePrincipals());
  }

  /** orgd on {@code store}, recognizing {@code servicePrincipals}; closures complete at once. */
  public Orgd(Store store, Clock realClock, IdSource ids, ServicePrincipals servicePrincipals) {
    this(store, realClock, ids, servicePrincipals, Duration.ZERO);
  }

  /**
   * orgd on {@code store}, recognizing {@code servicePrincipals}, where a closed account reads
   * PENDING_CLOSURE for {@code closeDelay} of orgd's clock before it reads SUSPENDED.
   */
  public Orgd(
      Store store,
      Clock realClock,
      IdSource ids,
      ServicePrincipals servicePrincipals,
      Duration closeDelay) {
    if (closeDelay.isNegative()) {
      throw new IllegalArgumentException("negative close delay: " + closeDelay);
    }
    this.closeDelay = closeDelay;
    this.servicePrincipals = servicePrincipals;
    this.store = store;
    this.realClock = realClock;
    this.ids = ids;
    this.handshakes = new HandshakeService(this);
    this.organizations = new OrganizationService(this);
    this.structure = new StructureService(this);
    this.tags = new TagService(this);
    this.responsibilityTransfers = new ResponsibilityTransferService(this);
    this.resourcePolicies = new ResourcePolicyService(this);
    this.policies = new PolicyService(this);
    this.policyAttachments = new PolicyAttachmentService(this);
    this.policyTypes = new PolicyTypeService(this);
    this.effectivePolicies = new EffectivePolicyService(this);
    this.scpEnforcement = new ScpEnforcement(this);
    this.reactions = Reactions.of(handshakes, structure, tags, resourcePolicies, policyAttachments);
    this.control = new ControlService(this);
    this.accounts = new AccountService(this);
    this.closures = new Closures(this);
    this.delegatedAdministrators = new DelegatedAdministratorService(this, servicePrincipals);
    this.serviceAccess = new ServiceAccessService(this, servicePrincipals);
  }

  public AccountService accounts() {
    return accounts;
  }

  /** CloseAccount and the closed accounts' lifecycle. */
  public Closures closures() {
    return closures;
  }

  /** The organization's resource-based delegation policy. */
  public ResourcePolicyService resourcePolicies() {
    return resourcePolicies;
  }

  public DelegatedAdministratorService delegatedAdministrators() {
    return delegatedAdministrators;
  }

  public ServiceAccessService serviceAccess() {
    return serviceAccess;
  }

  /** The service principals orgd recognizes; the control plane adds to them. */
  public ServicePrincipals servicePrincipals() {
    return servicePrincipals;
  }

  /** Organizational units, parents and children, and moving accounts. */
  public StructureService structure() {
    return structure;
  }

  /** Tags of accounts, OUs and the root. */
  public TagService tags() {
    return tags;
  }

  /** Responsibility (billing) transfers between organizations. */
  public ResponsibilityTransferService responsibilityTransfers() {
    return responsibilityTransfers;
  }

  /** Policies: create, describe, update, delete, list. */
  public PolicyService policies() {
    return policies;
  }

  /** Attaching and detaching policies, and their listings. */
  public PolicyAttachmentService policyAttachments() {
    return policyAttachments;
  }

  /** Policy types enabled on the root. */
  public PolicyTypeService policyTypes() {
    return policyTypes;
  }

  public EffectivePolicyService effectivePolicies() {
    return effectivePolicies;
  }

  /** The SCP check of {@code --enforce-scps}. */
  public ScpEnforcement scpEnforcement() {
    return scpEnforcement;
  }

  public OrganizationService organizations() {
    return organizations;
  }

  public HandshakeService handshakes() {
    return handshakes;
  }

  public ControlService control() {
    return control;
  }

  public Store store() {
    return store;
  }

  <T> T read(Function<Session, T> work) {
    return store.read(tx -> work.apply(session(tx, false)));
  }

  <T> T write(Function<Session, T> work) {
    return write(WriteScope.NONE, work);
  }

  /** A write about the organizations {@code scope} names (see {@link WriteScope}). */
  <T> T write(WriteScope scope, Function<Session, T> work) {
    return store.write(scope, tx -> work.apply(session(new PolicyVersioningTx(tx), true)));
  }

  Clock realClock() {
    return realClock;
  }

  private Session session(StoreTx tx, boolean writing) {
    // Time is kept to the millisecond, as the wire and every store keep it.
    Instant now = tx.settings().clock().apply(realClock.instant()).truncatedTo(ChronoUnit.MILLIS);
    return new Session(tx, now, ids, reactions, closeDelay, writing);
  }
}
