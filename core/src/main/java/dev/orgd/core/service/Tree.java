package dev.orgd.core.service;

import dev.orgd.core.model.Account;
import dev.orgd.core.model.Organization;
import dev.orgd.core.model.OrganizationalUnit;
import dev.orgd.core.model.OrganizationalUnitId;
import dev.orgd.core.model.RootId;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * One call's view of an organization's tree: which root or OU an id names, and paths. A path walks
 * from an OU up to the root, so it costs the tree's depth (at most five reads); paths already
 * walked in this call are reused.
 */
final class Tree {
  /** How many levels of OUs a root may have below it. */
  static final int MAX_DEPTH = 5;

  /** A root or OU of the organization: {@code ou} null is the root. */
  record Node(OrganizationalUnit ou) {
    static final Node ROOT = new Node(null);

    OrganizationalUnitId id() {
      return ou == null ? null : ou.id();
    }
  }

  private final Session s;
  private final Organization org;
  private final Map<OrganizationalUnitId, String> paths = new HashMap<>();

  Tree(Session s, Organization org) {
    this.s = s;
    this.org = org;
  }

  /** The root or OU of this organization that {@code id} names, if any. */
  Optional<Node> node(String id) {
    if (RootId.isValid(id)) {
      return id.equals(org.rootId().value()) ? Optional.of(Node.ROOT) : Optional.empty();
    }
    return organizationalUnit(id).map(Node::new);
  }

  /** The OU of this organization that {@code id} names, if any. */
  Optional<OrganizationalUnit> organizationalUnit(String id) {
    if (!OrganizationalUnitId.isValid(id)) {
      return Optional.empty();
    }
    return s.tx
        .organizationalUnits()
        .find(new OrganizationalUnitId(id))
        .filter(ou -> ou.organizationId().equals(org.id()));
  }

  /** How many OUs deep {@code node} is: 0 for the root. */
  int depth(Node node) {
    int depth = 0;
    for (OrganizationalUnit ou = node.ou(); ou != null; ou = parentOf(ou)) {
      depth++;
    }
    return depth;
  }

  /** The path of {@code ou}: {@code o-…/r-…/ou-…/…/ou-…/}, ending with the OU itself. */
  String path(OrganizationalUnit ou) {
    return containerPath(ou.id());
  }

  /** The path of a member: its container's path and its id, {@code o-…/r-…/…/111122223333/}. */
  String path(Account account) {
    return containerPath(account.organizationalUnitId()) + account.id() + "/";
  }

  private String containerPath(OrganizationalUnitId ouId) {
    if (ouId == null) {
      return org.id() + "/" + org.rootId() + "/";
    }
    String known = paths.get(ouId);
    if (known != null) {
      return known;
    }
    Deque<OrganizationalUnitId> chain = new ArrayDeque<>();
    OrganizationalUnit ou = find(ouId);
    for (; ou != null; ou = parentOf(ou)) {
      chain.addFirst(ou.id());
    }
    StringBuilder path = new StringBuilder().append(org.id()).append('/').append(org.rootId());
    path.append('/');
    for (OrganizationalUnitId id : chain) {
      path.append(id).append('/');
    }
    paths.put(ouId, path.toString());
    return path.toString();
  }

  private OrganizationalUnit parentOf(OrganizationalUnit ou) {
    return ou.parentId() == null ? null : find(ou.parentId());
  }

  private OrganizationalUnit find(OrganizationalUnitId id) {
    return s.tx
        .organizationalUnits()
        .find(id)
        .orElseThrow(() -> new IllegalStateException("an OU's parent is missing: " + id));
  }
}
