package dev.orgd.bench;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ScalingSectionTest {

  @Test
  void everyAccountListingIsTimedInTheSameOrderAt10And10000Accounts() {
    assertThat(ScalingSection.ACCOUNT_SIZES).containsExactly(10L, 10_000L);
    assertThat(ScalingSection.ACCOUNT_LISTINGS)
        .containsExactly(
            "ListAccounts", "ListCreateAccountStatus", "ListAccountsForParent", "ListChildren");
  }

  @Test
  void listingsByParentReadAFullPageOfTheSeededRoot() {
    assertThat(ScalingSection.body("ListAccountsForParent", 10))
        .isEqualTo("{\"ParentId\":\"r-bnch\",\"MaxResults\":10}");
    assertThat(ScalingSection.body("ListChildren", 10))
        .isEqualTo("{\"ParentId\":\"r-bnch\",\"ChildType\":\"ACCOUNT\",\"MaxResults\":10}");
    assertThat(ScalingSection.body("ListAccounts", 10)).isEqualTo("{\"MaxResults\":10}");
  }
}
