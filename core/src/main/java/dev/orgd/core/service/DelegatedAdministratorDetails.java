package dev.orgd.core.service;

import java.time.Instant;

/** A delegated administrator account and when it was first registered (for the listed service). */
public record DelegatedAdministratorDetails(AccountDetails account, Instant delegationEnabledAt) {}
