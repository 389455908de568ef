package dev.orgd.junit5;

import dev.orgd.core.model.AccountId;
import dev.orgd.core.model.OrganizationId;
import dev.orgd.core.service.Orgd;
import dev.orgd.server.OrgdServer;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;

/**
 * A running in-process orgd, as a test sees it: where to point an AWS SDK, and the control plane's
 * levers (clock, accounts, quotas, reset) as plain method calls. Independent of JUnit, so any test
 * framework can use it; {@link OrgdExtension} manages one for JUnit 5.
 */
public final class OrgdRuntime implements AutoCloseable {
  private final OrgdServer server;

  OrgdRuntime(OrgdServer server) {
    this.server = server;
  }

  /** The server's base URI: give it to an SDK as its endpoint override. */
  public URI endpoint() {
    return server.endpoint();
  }

  public int port() {
    return server.port();
  }

  /** orgd's current time. */
  public Instant now() {
    return orgd().control().clock().now();
  }

  /** Moves orgd's clock forward, for example past an invitation's 15 days. */
  public OrgdRuntime advanceClock(Duration by) {
    orgd().control().advance(by);
    return this;
  }

  /** Sets orgd's clock; it keeps running from there. */
  public OrgdRuntime setClock(Instant to) {
    orgd().control().set(to, false);
    return this;
  }

  /** Sets orgd's clock to {@code at} and stops it there, so timestamps are exact. */
  public OrgdRuntime freezeClock(Instant at) {
    orgd().control().set(at, true);
    return this;
  }

  /** Stops orgd's clock at its current instant. */
  public OrgdRuntime freezeClock() {
    orgd().control().set(null, true);
    return this;
  }

  /** Gives an account a real email and name (accounts orgd has not seen get defaults). */
  public OrgdRuntime registerAccount(String accountId, String email, String name) {
    orgd().control().registerAccount(new AccountId(accountId), email, name);
    return this;
  }

  /** Sets an organization's account quota (default 10). */
  public OrgdRuntime setAccountQuota(String organizationId, int maxAccounts) {
    orgd()
        .control()
        .setQuota(new OrganizationId(organizationId), maxAccounts)
        .orElseThrow(() -> new IllegalArgumentException("no organization " + organizationId));
    return this;
  }

  /** Forgets every organization, account and handshake, and puts the clock back to real time. */
  public OrgdRuntime reset() {
    orgd().control().reset();
    return this;
  }

  /** The domain itself, for setting up state without going through HTTP. */
  public Orgd orgd() {
    return server.orgd();
  }

  @Override
  public void close() {
    server.close();
  }
}
