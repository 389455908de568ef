package dev.orgd.bench;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ScalingSectionTest {

  @Test
  void listingsByParentRunAt10And10000AccountsAndTheOthersAt10And5000() {
    assertThat(ScalingSection.ACCOUNT_SIZES).containsExactly(10L, 5_000L, 10_000L);
    assertThat(ScalingSection.accountListings(10))
        .containsExactly(
            "ListAccounts", "ListCreateAccountStatus", "ListAccountsForParent", "ListChildren");
    assertThat(ScalingSection.accountListings(5_000))
        .containsExactly("ListAccounts", "ListCreateAccountStatus");
    assertThat(ScalingSection.accountListings(10_000))
        .containsExactly("ListAccountsForParent", "ListChildren");
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
