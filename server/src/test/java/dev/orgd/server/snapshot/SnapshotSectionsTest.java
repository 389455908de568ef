package dev.orgd.server.snapshot;

import static org.assertj.core.api.Assertions.assertThat;

import dev.orgd.core.model.AccountId;
import dev.orgd.core.model.FeatureSet;
import dev.orgd.core.model.Organization;
import dev.orgd.core.model.OrganizationId;
import dev.orgd.core.model.Partition;
import dev.orgd.core.model.RootId;
import dev.orgd.core.store.InMemoryStore;
import dev.orgd.core.store.StoreTx;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * Every aggregate of the store is in the snapshot: a {@link StoreTx} repository that no section of
 * its own reads fails here. Sections may read other repositories too (the policy attachments walk
 * the policies), so each repository must be matched to a different section whose export reads it.
 * {@code settings()} needs no exception: {@link ClockSection} reads it.
 */
class SnapshotSectionsTest {

  @Test
  void everyStoreTxRepositoryHasASectionOfItsOwn() {
    Set<String> repositories = new TreeSet<>();
    for (Method m : StoreTx.class.getMethods()) {
      if (m.getParameterCount() == 0 && m.getReturnType().getSimpleName().endsWith("Repository")) {
        repositories.add(m.getName());
      }
    }
    assertThat(repositories).contains("settings", "policies", "responsibilityTransfers");

    Map<String, Set<String>> reads = reads();
    Map<String, String> sectionOf = new HashMap<>();
    List<String> unmatched = new ArrayList<>();
    for (String repository : repositories) {
      if (!match(repository, reads, sectionOf, new TreeSet<>())) {
        unmatched.add(repository);
      }
    }
    assertThat(unmatched)
        .as("repositories without a SnapshotSection of their own; sections read %s", reads)
        .isEmpty();
  }

  @Test
  void sectionNamesAreUnique() {
    assertThat(StateSnapshots.SECTIONS.stream().map(SnapshotSection::name)).doesNotHaveDuplicates();
  }

  /** Kuhn's augmenting path: gives {@code repository} a section, moving others if need be. */
  private static boolean match(
      String repository,
      Map<String, Set<String>> reads,
      Map<String, String> sectionOf,
      Set<String> visited) {
    for (Map.Entry<String, Set<String>> section : reads.entrySet()) {
      if (section.getValue().contains(repository) && visited.add(section.getKey())) {
        String holder = sectionOf.get(section.getKey());
        if (holder == null || match(holder, reads, sectionOf, visited)) {
          sectionOf.put(section.getKey(), repository);
          return true;
        }
      }
    }
    return false;
  }

  /**
   * The StoreTx methods each section's export calls, on a store with one organization (so that the
   * sections that walk organizations reach their repositories).
   */
  private static Map<String, Set<String>> reads() {
    InMemoryStore store = new InMemoryStore();
    store.write(
        tx -> {
          tx.organizations()
              .save(
                  new Organization(
                      new OrganizationId("o-0000000001"),
                      new AccountId("111111111111"),
                      FeatureSet.ALL,
                      new RootId("r-0001"),
                      10,
                      Instant.parse("2030-01-01T00:00:00Z"),
                      Partition.AWS));
          return null;
        });
    Map<String, Set<String>> reads = new LinkedHashMap<>();
    store.read(
        tx -> {
          for (SnapshotSection<?> section : StateSnapshots.SECTIONS) {
            Set<String> called = new TreeSet<>();
            section.export(recording(tx, called));
            reads.put(section.name(), called);
          }
          return null;
        });
    return reads;
  }

  private static StoreTx recording(StoreTx tx, Set<String> called) {
    return (StoreTx)
        Proxy.newProxyInstance(
            StoreTx.class.getClassLoader(),
            new Class<?>[] {StoreTx.class},
            (proxy, method, args) -> {
              called.add(method.getName());
              try {
                return method.invoke(tx, args);
              } catch (InvocationTargetException e) {
                throw e.getCause();
              }
            });
  }
}
