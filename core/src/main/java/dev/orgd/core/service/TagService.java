package dev.orgd.core.service;

import dev.orgd.core.error.ConstraintViolationReason;
import dev.orgd.core.error.ErrorCode;
import dev.orgd.core.error.InvalidInputReason;
import dev.orgd.core.error.OrgdException;
import dev.orgd.core.model.Account;
import dev.orgd.core.model.AccountId;
import dev.orgd.core.model.Organization;
import dev.orgd.core.model.OrganizationalUnit;
import dev.orgd.core.model.RootId;
import dev.orgd.core.model.Tag;
import dev.orgd.core.page.KeyCodec;
import dev.orgd.core.page.Keyset;
import dev.orgd.core.page.Page;
import dev.orgd.core.page.PageRequest;
import dev.orgd.core.store.WriteScope;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * TagResource, UntagResource and ListTagsForResource on the organization's accounts, OUs, root and
 * resource policy. A resource id is resolved by the first of {@link #RESOLVERS} that knows it;
 * policies and the resource policy add a resolver of their own.
 */
public final class TagService {

  /** A taggable resource of the caller's organization: its tags, and how to replace them. */
  record Target(List<Tag> tags, Consumer<List<Tag>> replace) {}

  /** Finds the resource an id names in an organization, if it is of the resolver's kind. */
  @FunctionalInterface
  interface Resolver {
    Optional<Target> resolve(Session s, Organization org, String resourceId);
  }

  private static final List<Resolver> RESOLVERS =
      List.of(
          TagService::account,
          TagService::organizationalUnit,
          TagService::root,
          TagService::resourcePolicy,
          TagService::policy);

  /** Tags listed by key: at most 50, so one page. */
  private static final Keyset<Tag, String> TAGS =
      new Keyset<>(KeyCodec.of(k -> k, k -> k), Tag::key);

  private final Orgd orgd;

  TagService(Orgd orgd) {
    this.orgd = orgd;
  }

  /** TagResource: adds the tags, replacing the values of keys the resource has. */
  public void tagResource(AccountId caller, String resourceId, List<Tag> tags) {
    List<Tag> checked = Tags.check(tags);
    orgd.write(
        WriteScope.organizationOf(caller),
        s -> {
          Target target = target(s, s.administeredBy(caller), resourceId);
          Map<String, Tag> merged = new LinkedHashMap<>();
          target.tags().forEach(t -> merged.put(t.key(), t));
          checked.forEach(t -> merged.put(t.key(), t));
          if (merged.size() > Tags.MAX_TAGS) {
            throw OrgdException.constraint(
                ConstraintViolationReason.MAX_TAG_LIMIT_EXCEEDED,
                "You have exceeded the number of tags allowed on a resource.");
          }
          target.replace().accept(List.copyOf(merged.values()));
          return null;
        });
  }

  /** UntagResource: removes the keys; a key the resource does not have is no error. */
  public void untagResource(AccountId caller, String resourceId, List<String> keys) {
    for (String key : keys) {
      if (key.toLowerCase(Locale.ROOT).startsWith("aws:")) {
        throw OrgdException.invalidInput(
            InvalidInputReason.INVALID_SYSTEM_TAGS_PARAMETER,
            "You can't add, edit, or delete system tag keys.");
      }
    }
    orgd.write(
        WriteScope.organizationOf(caller),
        s -> {
          Target target = target(s, s.administeredBy(caller), resourceId);
          List<Tag> kept = new ArrayList<>(target.tags());
          if (kept.removeIf(t -> keys.contains(t.key()))) {
            target.replace().accept(kept);
          }
          return null;
        });
  }

  /** ListTagsForResource: every tag of the resource, by key, in one page. */
  public Page<Tag> listTagsForResource(AccountId caller, String resourceId, String nextToken) {
    return orgd.read(
        s -> {
          Target target = target(s, s.administeredBy(caller), resourceId);
          List<Tag> byKey = target.tags().stream().sorted(Comparator.comparing(Tag::key)).toList();
          return Paging.page(
              s,
              TAGS,
              "ListTagsForResource|" + caller + "|" + resourceId,
              new PageRequest(Tags.MAX_TAGS, nextToken),
              (after, limit) ->
                  byKey.stream()
                      .filter(t -> after == null || t.key().compareTo(after) > 0)
                      .limit(limit)
                      .toList());
        });
  }

  /** Deletes the root's tags of an organization being deleted (a reaction). */
  void organizationDeleted(Session s, DomainEvent.OrganizationDeleted event) {
    s.tx.resourceTags().deleteAll(event.organization().id());
  }

  private static Target target(Session s, Organization org, String resourceId) {
    for (Resolver resolver : RESOLVERS) {
      Optional<Target> target = resolver.resolve(s, org, resourceId);
      if (target.isPresent()) {
        return target.get();
      }
    }
    throw new OrgdException(
        ErrorCode.TARGET_NOT_FOUND,
        "We can't find a root, OU, account, or policy with the TargetId that you specified.");
  }

  private static Optional<Target> account(Session s, Organization org, String id) {
    if (!AccountId.isValid(id)) {
      return Optional.empty();
    }
    Account account = s.account(new AccountId(id));
    if (!org.id().equals(account.organizationId())) {
      return Optional.empty();
    }
    return Optional.of(
        new Target(account.tags(), tags -> s.tx.accounts().save(account.withTags(tags))));
  }

  private static Optional<Target> organizationalUnit(Session s, Organization org, String id) {
    return new Tree(s, org)
        .organizationalUnit(id)
        .map(
            (OrganizationalUnit ou) ->
                new Target(ou.tags(), tags -> s.tx.organizationalUnits().save(ou.withTags(tags))));
  }

  private static Optional<Target> resourcePolicy(Session s, Organization org, String id) {
    return ResourcePolicyService.withId(s, org, id)
        .map(
            policy ->
                new Target(
                    s.tx.resourceTags().find(org.id(), id),
                    tags -> s.tx.resourceTags().save(org.id(), id, tags)));
  }

  /** A customer policy; AWS managed policies take no tags (IMMUTABLE_POLICY, decision D4). */
  private static Optional<Target> policy(Session s, Organization org, String id) {
    Optional<PolicyDetails> policy = PolicyLookup.find(s, org, id);
    if (policy.isEmpty()) {
      return Optional.empty();
    }
    if (policy.get().awsManaged()) {
      throw OrgdException.invalidInput(
          InvalidInputReason.IMMUTABLE_POLICY,
          "You specified a policy that is managed by AWS and can't be modified.");
    }
    return Optional.of(
        new Target(
            s.tx.resourceTags().find(org.id(), id),
            tags -> s.tx.resourceTags().save(org.id(), id, tags)));
  }

  private static Optional<Target> root(Session s, Organization org, String id) {
    if (!RootId.isValid(id) || !id.equals(org.rootId().value())) {
      return Optional.empty();
    }
    return Optional.of(
        new Target(
            s.tx.resourceTags().find(org.id(), id),
            tags -> s.tx.resourceTags().save(org.id(), id, tags)));
  }
}
