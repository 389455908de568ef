package dev.orgd.junit5;

import java.net.URI;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.awscore.client.builder.AwsClientBuilder;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.organizations.OrganizationsAsyncClient;
import software.amazon.awssdk.services.organizations.OrganizationsAsyncClientBuilder;
import software.amazon.awssdk.services.organizations.OrganizationsClient;
import software.amazon.awssdk.services.organizations.OrganizationsClientBuilder;

/** The AWS SDK clients of one orgd, one of each kind per account, closed together. */
final class AccountClients implements AutoCloseable {
  /** orgd reads the account from the access key id; without {@code --auth sigv4} no secret. */
  private static final String SECRET = "orgd-secret";

  private final URI endpoint;
  private final ClientSettings settings;
  private final Map<String, OrganizationsClient> sync = new ConcurrentHashMap<>();
  private final Map<String, OrganizationsAsyncClient> async = new ConcurrentHashMap<>();

  AccountClients(URI endpoint, ClientSettings settings) {
    this.endpoint = endpoint;
    this.settings = settings;
  }

  OrganizationsClient sync(String accountId) {
    return sync.computeIfAbsent(accountId, this::newSync);
  }

  OrganizationsAsyncClient async(String accountId) {
    return async.computeIfAbsent(accountId, this::newAsync);
  }

  private OrganizationsClient newSync(String accountId) {
    OrganizationsClientBuilder builder = ofOrgd(OrganizationsClient.builder(), accountId);
    settings.sync().accept(builder);
    return builder.build();
  }

  private OrganizationsAsyncClient newAsync(String accountId) {
    OrganizationsAsyncClientBuilder builder = ofOrgd(OrganizationsAsyncClient.builder(), accountId);
    settings.async().accept(builder);
    return builder.build();
  }

  /** A builder pointed at orgd, in us-east-1, acting as {@code accountId}. */
  private <B extends AwsClientBuilder<B, ?>> B ofOrgd(B builder, String accountId) {
    return builder
        .endpointOverride(endpoint)
        .region(Region.US_EAST_1)
        .credentialsProvider(credentials(accountId));
  }

  private static AwsCredentialsProvider credentials(String accountId) {
    return StaticCredentialsProvider.create(AwsBasicCredentials.create(accountId, SECRET));
  }

  @Override
  public void close() {
    sync.values().forEach(OrganizationsClient::close);
    async.values().forEach(OrganizationsAsyncClient::close);
    sync.clear();
    async.clear();
  }
}
