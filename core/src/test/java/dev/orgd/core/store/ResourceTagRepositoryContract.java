package dev.orgd.core.store;

import static org.assertj.core.api.Assertions.assertThat;

import dev.orgd.core.model.OrganizationId;
import dev.orgd.core.model.Tag;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The {@link ResourceTagRepository} part of the store contract. */
public abstract class ResourceTagRepositoryContract extends StoreContractSupport {

  @Test
  void tagsRoundTripInTheirOrderPerOrganizationAndResource() {
    List<Tag> tags = List.of(new Tag("b", "2"), new Tag("a", ""), new Tag("Ünï cödé", "ü"));
    write(
        tx -> {
          tx.resourceTags().save(ORG_A, "r-abcd", tags);
          tx.resourceTags().save(ORG_B, "r-abcd", List.of(new Tag("x", "y")));
        });
    assertThat(tags(ORG_A, "r-abcd")).isEqualTo(tags);
    assertThat(tags(ORG_A, "r-efgh")).isEmpty();

    write(tx -> tx.resourceTags().save(ORG_A, "r-abcd", List.of(new Tag("c", "3"))));
    assertThat(tags(ORG_A, "r-abcd")).containsExactly(new Tag("c", "3"));

    write(tx -> tx.resourceTags().save(ORG_A, "r-abcd", List.of()));
    assertThat(tags(ORG_A, "r-abcd")).isEmpty();
  }

  private List<Tag> tags(OrganizationId org, String resourceId) {
    return store.read(tx -> tx.resourceTags().find(org, resourceId));
  }

  @Test
  void deleteAllDeletesOneOrganizationsTags() {
    write(
        tx -> {
          tx.resourceTags().save(ORG_A, "r-abcd", List.of(new Tag("k", "v")));
          tx.resourceTags().save(ORG_B, "r-efgh", List.of(new Tag("k", "v")));
        });
    write(tx -> tx.resourceTags().deleteAll(ORG_A));
    assertThat(tags(ORG_A, "r-abcd")).isEmpty();
    assertThat(tags(ORG_B, "r-efgh")).hasSize(1);
  }
}
