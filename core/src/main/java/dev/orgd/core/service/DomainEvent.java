package dev.orgd.core.service;

import dev.orgd.core.model.AccountId;
import dev.orgd.core.model.Organization;

/**
 * Something that happened to one aggregate and that others react to, within the same unit of work.
 * Published through {@link Reactions}.
 */
sealed interface DomainEvent {

  /** {@code account} left {@code organization}, by leaving or by being removed. */
  record AccountLeft(Organization organization, AccountId account) implements DomainEvent {}

  /** {@code account} joined {@code organization}, created in it or by accepting an invitation. */
  record AccountJoined(Organization organization, AccountId account) implements DomainEvent {}

  /** {@code ou} was created in {@code organization}. */
  record OrganizationalUnitCreated(
      Organization organization, dev.orgd.core.model.OrganizationalUnitId ou)
      implements DomainEvent {}

  /** {@code ou} of {@code organization} was deleted. */
  record OrganizationalUnitDeleted(
      Organization organization, dev.orgd.core.model.OrganizationalUnitId ou)
      implements DomainEvent {}

  /** {@code organization} is being deleted (its management account is its only member). */
  record OrganizationDeleted(Organization organization) implements DomainEvent {}
}
