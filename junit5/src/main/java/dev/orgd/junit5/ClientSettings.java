package dev.orgd.junit5;

import java.util.function.Consumer;
import software.amazon.awssdk.services.organizations.OrganizationsAsyncClientBuilder;
import software.amazon.awssdk.services.organizations.OrganizationsClientBuilder;

/**
 * What a test changes in the clients {@link OrgdRuntime} makes, after orgd has set endpoint, region
 * and credentials: an HTTP client, retries, timeouts.
 */
record ClientSettings(
    Consumer<OrganizationsClientBuilder> sync, Consumer<OrganizationsAsyncClientBuilder> async) {

  /**
   * Leaves a builder as it is. Generic, so that its lambda names no SDK type: a test that never
   * asks for a client runs without the AWS SDK on its class path.
   */
  static <T> Consumer<T> unchanged() {
    return builder -> {};
  }
}
