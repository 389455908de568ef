package dev.orgd.junit5;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The programmatic style: state kept across the tests of a class when reset is off. */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class OrgdExtensionBuilderTest {
  @RegisterExtension
  static final OrgdExtension ORGD = OrgdExtension.builder().resetBeforeEach(false).build();

  static final String MGMT = "333333333333";

  @Test
  @Order(1)
  void createsAnOrganizationAndFreezesTheClock() {
    ORGD.runtime().client(MGMT).createOrganization(r -> {});
    ORGD.runtime().freezeClock(Instant.parse("2030-01-01T00:00:00Z"));
    assertThat(ORGD.runtime().now()).isEqualTo(Instant.parse("2030-01-01T00:00:00Z"));
  }

  @Test
  @Order(2)
  void theOrganizationAndTheClockAreStillThereInTheNextTest() {
    assertThat(ORGD.runtime().client(MGMT).describeOrganization().organization().masterAccountId())
        .isEqualTo(MGMT);
    assertThat(ORGD.runtime().now()).isEqualTo(Instant.parse("2030-01-01T00:00:00Z"));
  }
}
