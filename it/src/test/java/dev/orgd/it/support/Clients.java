package dev.orgd.it.support;

import java.net.URI;
import java.time.Duration;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.awscore.retry.AwsRetryStrategy;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.organizations.OrganizationsClient;

/** AWS SDK for Java v2 clients of an orgd endpoint. */
public final class Clients {
  /** The access key id of a test client is its account id; the secret is not checked. */
  public static final String SECRET = "orgd-it-secret";

  private Clients() {}

  /**
   * A client of {@code endpoint} that acts as {@code accountId} (its access key id), in us-east-1,
   * without retries so that every error reaches the test as the server sent it.
   */
  public static OrganizationsClient as(URI endpoint, String accountId) {
    return as(endpoint, accountId, Region.US_EAST_1);
  }

  /** A client like {@link #as(URI, String)} that signs its requests for {@code region}. */
  public static OrganizationsClient as(URI endpoint, String accountId, Region region) {
    return OrganizationsClient.builder()
        .endpointOverride(endpoint)
        .region(region)
        .credentialsProvider(
            StaticCredentialsProvider.create(AwsBasicCredentials.create(accountId, SECRET)))
        .httpClientBuilder(UrlConnectionHttpClient.builder().socketTimeout(Duration.ofSeconds(30)))
        .overrideConfiguration(o -> o.retryStrategy(AwsRetryStrategy.doNotRetry()))
        .build();
  }
}
