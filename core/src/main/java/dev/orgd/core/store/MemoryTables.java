package dev.orgd.core.store;

/**
 * Everything an {@link InMemoryStore} holds, one table per aggregate. The repositories of every
 * unit of work reach their table through here, so that {@link #clear} can swap in empty tables and
 * its undo step can swap the old ones back.
 */
final class MemoryTables {
  final byte[] tokenKey;
  ClockSetting clock = ClockSetting.REAL_TIME;
  // Only ever grows, across clears too.
  long sequence;
  MemoryAccounts.Table accounts = new MemoryAccounts.Table();
  MemoryOrganizations.Table organizations = new MemoryOrganizations.Table();
  MemoryHandshakes.Table handshakes = new MemoryHandshakes.Table();
  MemoryCreateAccountRequests.Table createAccountRequests = new MemoryCreateAccountRequests.Table();
  MemoryDelegatedAdministrators.Table delegatedAdministrators =
      new MemoryDelegatedAdministrators.Table();
  MemoryEnabledServices.Table enabledServices = new MemoryEnabledServices.Table();
  MemoryOrganizationalUnits.Table organizationalUnits = new MemoryOrganizationalUnits.Table();
  MemoryResourceTags.Table resourceTags = new MemoryResourceTags.Table();
  MemoryResponsibilityTransfers.Table responsibilityTransfers =
      new MemoryResponsibilityTransfers.Table();
  MemoryResourcePolicies.Table resourcePolicies = new MemoryResourcePolicies.Table();
  MemoryPolicies.Table policies = new MemoryPolicies.Table();
  MemoryPolicyAttachments.Table policyAttachments = new MemoryPolicyAttachments.Table();
  MemoryEnabledPolicyTypes.Table enabledPolicyTypes = new MemoryEnabledPolicyTypes.Table();

  MemoryTables(byte[] tokenKey) {
    this.tokenKey = tokenKey;
  }

  /** Empties every table but the token key and the sequence; the returned step undoes it. */
  Runnable clear() {
    ClockSetting oldClock = clock;
    MemoryAccounts.Table oldAccounts = accounts;
    MemoryOrganizations.Table oldOrganizations = organizations;
    MemoryHandshakes.Table oldHandshakes = handshakes;
    MemoryCreateAccountRequests.Table oldRequests = createAccountRequests;
    MemoryDelegatedAdministrators.Table oldAdministrators = delegatedAdministrators;
    MemoryEnabledServices.Table oldEnabledServices = enabledServices;
    MemoryOrganizationalUnits.Table oldUnits = organizationalUnits;
    MemoryResourceTags.Table oldTags = resourceTags;
    MemoryResponsibilityTransfers.Table oldTransfers = responsibilityTransfers;
    MemoryResourcePolicies.Table oldResourcePolicies = resourcePolicies;
    MemoryPolicies.Table oldPolicies = policies;
    MemoryPolicyAttachments.Table oldAttachments = policyAttachments;
    MemoryEnabledPolicyTypes.Table oldPolicyTypes = enabledPolicyTypes;
    clock = ClockSetting.REAL_TIME;
    accounts = new MemoryAccounts.Table();
    organizations = new MemoryOrganizations.Table();
    handshakes = new MemoryHandshakes.Table();
    createAccountRequests = new MemoryCreateAccountRequests.Table();
    delegatedAdministrators = new MemoryDelegatedAdministrators.Table();
    enabledServices = new MemoryEnabledServices.Table();
    organizationalUnits = new MemoryOrganizationalUnits.Table();
    resourceTags = new MemoryResourceTags.Table();
    responsibilityTransfers = new MemoryResponsibilityTransfers.Table();
    resourcePolicies = new MemoryResourcePolicies.Table();
    policies = new MemoryPolicies.Table();
    policyAttachments = new MemoryPolicyAttachments.Table();
    enabledPolicyTypes = new MemoryEnabledPolicyTypes.Table();
    return () -> {
      clock = oldClock;
      accounts = oldAccounts;
      organizations = oldOrganizations;
      handshakes = oldHandshakes;
      createAccountRequests = oldRequests;
      delegatedAdministrators = oldAdministrators;
      enabledServices = oldEnabledServices;
      organizationalUnits = oldUnits;
      resourceTags = oldTags;
      responsibilityTransfers = oldTransfers;
      resourcePolicies = oldResourcePolicies;
      policies = oldPolicies;
      policyAttachments = oldAttachments;
      enabledPolicyTypes = oldPolicyTypes;
    };
  }
}
