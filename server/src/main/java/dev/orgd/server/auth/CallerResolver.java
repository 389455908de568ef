package dev.orgd.server.auth;

import dev.orgd.core.model.AccountId;
import dev.orgd.server.http.HttpRequest;
import java.time.Clock;

/**
 * Who is calling (CONTRACT section 2). Without authentication ({@link #unsigned}) the access key id
 * names the account and nothing is checked; with SigV4 ({@link #sigv4}) the request must be signed
 * with a configured key, and a request that is not fails with the error AWS sends.
 */
public interface CallerResolver {
  /** The account of a caller orgd cannot name. */
  AccountId ANONYMOUS = new AccountId("000000000000");

  /**
   * The calling account.
   *
   * @throws dev.orgd.core.error.OrgdException when authentication is on and the request is not
   *     signed by a configured key (MissingAuthenticationToken, IncompleteSignature,
   *     InvalidSignature, UnrecognizedClient)
   */
  AccountId caller(HttpRequest request);

  /** Authentication off, with no configured keys: only 12-digit keys name an account. */
  static CallerResolver unsigned() {
    return new UnsignedCallers(Credentials.none());
  }

  /** Authentication off: a 12-digit key or a configured key names the account. */
  static CallerResolver unsigned(Credentials credentials) {
    return new UnsignedCallers(credentials);
  }

  /**
   * SigV4 authentication against {@code credentials}, for the {@code organizations} service, with
   * signing times checked against {@code clock} (the real one: clients sign with real time).
   */
  static CallerResolver sigv4(Credentials credentials, Clock clock) {
    return new SigV4Verifier(credentials, clock, SigV4Verifier.SERVICE);
  }
}
