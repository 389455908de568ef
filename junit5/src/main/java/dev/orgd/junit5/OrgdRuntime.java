package dev.orgd.junit5;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.orgd.core.model.AccountId;
import dev.orgd.core.model.OrganizationId;
import dev.orgd.core.service.ControlService;
import dev.orgd.server.OrgdServer;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import software.amazon.awssdk.services.organizations.OrganizationsAsyncClient;
import software.amazon.awssdk.services.organizations.OrganizationsClient;

/**
 * A running in-process orgd, as a test sees it: where to point an AWS SDK, a client per account,
 * and the control plane's levers (clock, accounts, quotas, reset) as plain method calls. It hands
 * out no domain objects: a test sets up state through the API, as its code under test does.
 * Independent of JUnit, so any test framework can use it; {@link OrgdExtension} manages one for
 * JUnit 5.
 */
public final class OrgdRuntime implements AutoCloseable {
  private static final ObjectMapper SNAPSHOT_JSON = new ObjectMapper();

  private final OrgdServer server;
  private final ClientSettings clientSettings;
  // Made on the first call of client() or asyncClient(), so that a test without the AWS SDK on
  // its class path never loads a class of it.
  private AccountClients clients;

  OrgdRuntime(OrgdServer server, ClientSettings clientSettings) {
    this.server = server;
    this.clientSettings = clientSettings;
  }

  /** The server's base URL, for example {@code http://127.0.0.1:40123}: an SDK's endpoint. */
  public URI endpoint() {
    return server.endpoint();
  }

  public int port() {
    return server.port();
  }

  /** The storage backend the server runs on: {@code memory}, {@code sqlite} or {@code postgres}. */
  public String storage() {
    return server.storageKind();
  }

  /**
   * An AWS SDK for Java v2 client of this server that acts as {@code accountId} (its access key
   * id), in us-east-1, with the SDK's default HTTP client unless the extension's builder configured
   * clients otherwise. One per account, closed with the runtime; do not close it yourself.
   */
  public OrganizationsClient client(String accountId) {
    return clients().sync(accountId);
  }

  /** As {@link #client(String)}, the asynchronous client (on the SDK's Netty HTTP client). */
  public OrganizationsAsyncClient asyncClient(String accountId) {
    return clients().async(accountId);
  }

  private synchronized AccountClients clients() {
    if (clients == null) {
      clients = new AccountClients(endpoint(), clientSettings);
    }
    return clients;
  }

  /** orgd's current time. */
  public Instant now() {
    return control().clock().now();
  }

  /** Moves orgd's clock forward, for example past an invitation's 15 days. */
  public OrgdRuntime advanceClock(Duration by) {
    control().advance(by);
    return this;
  }

  /** Sets orgd's clock; it keeps running from there. */
  public OrgdRuntime setClock(Instant to) {
    control().set(to, false);
    return this;
  }

  /** Sets orgd's clock to {@code at} and stops it there, so timestamps are exact. */
  public OrgdRuntime freezeClock(Instant at) {
    control().set(at, true);
    return this;
  }

  /** Stops orgd's clock at its current instant. */
  public OrgdRuntime freezeClock() {
    control().set(null, true);
    return this;
  }

  /** Gives an account a real email and name (accounts orgd has not seen get defaults). */
  public OrgdRuntime registerAccount(String accountId, String email, String name) {
    control().registerAccount(new AccountId(accountId), email, name);
    return this;
  }

  /**
   * Sets an organization's account quota (default 10; open invitations count against it).
   *
   * @throws IllegalArgumentException when there is no such organization
   */
  public OrgdRuntime setAccountQuota(String organizationId, int maxAccounts) {
    control()
        .setQuota(new OrganizationId(organizationId), maxAccounts)
        .orElseThrow(() -> new IllegalArgumentException("no organization " + organizationId));
    return this;
  }

  /**
   * Forgets every organization, account and handshake, puts the clock back to real time, and
   * empties the fault rules and the request journal.
   */
  public OrgdRuntime reset() {
    control().reset();
    server.testkit().faults().clear();
    server.testkit().journal().clear();
    return this;
  }

  /** The fault rules: throttles, errors, delays and empty pages for the next calls. */
  public FaultRules faults() {
    return new FaultRules(server.testkit().faults());
  }

  /** The recent AWS calls, newest first. */
  public RequestJournal journal() {
    return new RequestJournal(server.testkit().journal());
  }

  /** Everything the server holds, as the versioned JSON document of {@code GET /_orgd/state}. */
  public String snapshot() {
    try {
      return SNAPSHOT_JSON.writeValueAsString(server.snapshots().export());
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write the snapshot", e);
    }
  }

  /**
   * Replaces everything the server holds with a document from {@link #snapshot} (of this or any
   * other orgd, on any backend). A document orgd cannot read is an {@link IllegalArgumentException}
   * that says why, and changes nothing.
   */
  public OrgdRuntime restore(String snapshot) {
    server.snapshots().load(snapshot.getBytes(StandardCharsets.UTF_8));
    return this;
  }

  /** The metrics in the Prometheus text format, as {@code GET /_orgd/metrics} answers them. */
  public String metrics() {
    return new String(server.testkit().metrics().scrape(), StandardCharsets.UTF_8);
  }

  private ControlService control() {
    return server.orgd().control();
  }

  /** Closes the clients it made, then the server (and the store the extension gave it). */
  @Override
  public void close() {
    try {
      synchronized (this) {
        if (clients != null) {
          clients.close();
        }
      }
    } finally {
      server.close();
    }
  }
}
