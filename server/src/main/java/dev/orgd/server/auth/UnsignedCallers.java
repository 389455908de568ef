package dev.orgd.server.auth;

import dev.orgd.core.model.AccountId;
import dev.orgd.server.http.HttpRequest;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Callers with authentication off: the access key id of the SigV4 credential, from the {@code
 * Authorization} header or a presigned URL's {@code X-Amz-Credential}. A 12-digit access key id is
 * the account id, the convention of the popular AWS emulators; a configured key is its account; any
 * other key, or no signature at all, is account {@code 000000000000}. The signature is not checked
 * and any region is accepted (SDKs sign with their own region when given an endpoint URL).
 */
final class UnsignedCallers implements CallerResolver {
  private static final Pattern HEADER_CREDENTIAL =
      Pattern.compile("^AWS4-HMAC-SHA256\\s.*?\\bCredential=([^/,\\s]+)/");
  private static final Pattern QUERY_CREDENTIAL = Pattern.compile("^([^/]+)/");

  private final Credentials credentials;

  UnsignedCallers(Credentials credentials) {
    this.credentials = credentials;
  }

  @Override
  public AccountId caller(HttpRequest request) {
    String accessKeyId = accessKeyId(request);
    if (AccountId.isValid(accessKeyId)) {
      return new AccountId(accessKeyId);
    }
    return credentials.find(accessKeyId).map(Credential::account).orElse(ANONYMOUS);
  }

  /** The access key id the request was signed with, or null when it carries no credential. */
  static String accessKeyId(HttpRequest request) {
    String authorization = request.header("Authorization");
    if (authorization != null) {
      Matcher m = HEADER_CREDENTIAL.matcher(authorization);
      return m.find() ? m.group(1) : null;
    }
    String credential = request.query().get("X-Amz-Credential");
    if (credential != null) {
      Matcher m = QUERY_CREDENTIAL.matcher(credential);
      return m.find() ? m.group(1) : null;
    }
    return null;
  }
}
