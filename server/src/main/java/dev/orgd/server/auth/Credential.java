package dev.orgd.server.auth;

import dev.orgd.core.model.AccountId;
import java.util.Objects;

/**
 * One access key orgd knows: its secret and the account whose caller it is.
 *
 * @param accessKeyId the key id a request's SigV4 credential scope names
 * @param secretAccessKey the secret its signatures are made with
 * @param account the account that calls with it
 */
public record Credential(String accessKeyId, String secretAccessKey, AccountId account) {
  public Credential {
    Objects.requireNonNull(accessKeyId, "accessKeyId");
    Objects.requireNonNull(secretAccessKey, "secretAccessKey");
    Objects.requireNonNull(account, "account");
    if (accessKeyId.isEmpty() || secretAccessKey.isEmpty()) {
      throw new IllegalArgumentException("an access key id and its secret must not be empty");
    }
  }

  /** Never shows the secret. */
  @Override
  public String toString() {
    return "Credential[" + accessKeyId + " for " + account.value() + "]";
  }
}
