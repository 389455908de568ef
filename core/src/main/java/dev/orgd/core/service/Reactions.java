package dev.orgd.core.service;

import dev.orgd.core.service.DomainEvent.AccountLeft;
import dev.orgd.core.service.DomainEvent.OrganizationDeleted;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The one place where the domain reacts to events that cross aggregates: who does what when an
 * account leaves or an organization is deleted. Stores never cascade; a new aggregate (OUs,
 * policies, tags) adds its reactions in {@link #of}. Reactions run in the publisher's unit of work,
 * in the order they are listed, so they are applied with it or not at all.
 */
final class Reactions {

  /** What one aggregate does about an event. */
  @FunctionalInterface
  interface Reaction<E extends DomainEvent> {
    void on(Session s, E event);
  }

  private final Map<Class<?>, List<Reaction<?>>> reactions = new HashMap<>();

  private Reactions() {}

  /** Every reaction of orgd's aggregates. */
  static Reactions of(
      HandshakeService handshakes,
      StructureService structure,
      TagService tags,
      ResourcePolicyService resourcePolicies,
      PolicyAttachmentService attachments) {
    Reactions r = new Reactions();
    r.on(DomainEvent.AccountJoined.class, attachments::accountJoined);
    r.on(DomainEvent.OrganizationalUnitCreated.class, attachments::organizationalUnitCreated);
    r.on(DomainEvent.OrganizationalUnitDeleted.class, attachments::organizationalUnitDeleted);
    r.on(AccountLeft.class, attachments::accountLeft);
    r.on(OrganizationDeleted.class, attachments::organizationDeleted);
    r.on(AccountLeft.class, handshakes::accountLeft);
    r.on(OrganizationDeleted.class, handshakes::organizationDeleted);
    r.on(
        OrganizationDeleted.class,
        (s, e) -> s.tx.createAccountRequests().deleteAll(e.organization().id()));
    r.on(
        OrganizationDeleted.class,
        (s, e) -> s.tx.delegatedAdministrators().deleteAll(e.organization().id()));
    r.on(
        OrganizationDeleted.class,
        (s, e) -> s.tx.enabledServices().deleteAll(e.organization().id()));
    r.on(OrganizationDeleted.class, structure::organizationDeleted);
    r.on(OrganizationDeleted.class, tags::organizationDeleted);
    r.on(OrganizationDeleted.class, resourcePolicies::organizationDeleted);
    return r;
  }

  private <E extends DomainEvent> void on(Class<E> type, Reaction<E> reaction) {
    reactions.computeIfAbsent(type, k -> new ArrayList<>()).add(reaction);
  }

  /** Runs every reaction to {@code event}, in {@code s}'s unit of work. */
  @SuppressWarnings("unchecked")
  <E extends DomainEvent> void publish(Session s, E event) {
    for (Reaction<?> reaction : reactions.getOrDefault(event.getClass(), List.of())) {
      ((Reaction<E>) reaction).on(s, event);
    }
  }
}
