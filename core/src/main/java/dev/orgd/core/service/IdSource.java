package dev.orgd.core.service;

import dev.orgd.core.model.AccountId;
import dev.orgd.core.model.CreateAccountRequestId;
import dev.orgd.core.model.HandshakeId;
import dev.orgd.core.model.OrganizationId;
import dev.orgd.core.model.OrganizationalUnitId;
import dev.orgd.core.model.ResponsibilityTransferId;
import dev.orgd.core.model.RootId;
import java.security.SecureRandom;
import java.util.random.RandomGenerator;

/** Where new identifiers come from. {@link #random()} in production; a seeded one in tests. */
public final class IdSource {
  private static final char[] HEX = "0123456789abcdef".toCharArray();
  private static final char[] ALNUM = "abcdefghijklmnopqrstuvwxyz0123456789".toCharArray();

  private final RandomGenerator random;

  public IdSource(RandomGenerator random) {
    this.random = random;
  }

  /** Ids no caller can guess. */
  public static IdSource random() {
    return new IdSource(new SecureRandom());
  }

  /** The same ids every run, for tests. */
  public static IdSource seeded(long seed) {
    return new IdSource(new java.util.SplittableRandom(seed));
  }

  public synchronized HandshakeId handshakeId() {
    return new HandshakeId("h-" + chars(HEX, 32));
  }

  /** A responsibility transfer id: {@code rt-} and 8 lowercase letters or digits. */
  public synchronized ResponsibilityTransferId responsibilityTransferId() {
    return new ResponsibilityTransferId("rt-" + chars(ALNUM, 8));
  }

  public synchronized OrganizationId organizationId() {
    return new OrganizationId("o-" + chars(ALNUM, 10));
  }

  public synchronized RootId rootId() {
    return new RootId("r-" + chars(ALNUM, 4));
  }

  /** An OU id under {@code root}: the root's suffix, then 8 lowercase letters or digits. */
  public synchronized OrganizationalUnitId organizationalUnitId(RootId root) {
    return new OrganizationalUnitId(
        "ou-" + root.value().substring("r-".length()) + "-" + chars(ALNUM, 8));
  }

  /** A resource policy id: {@code rp-} and 8 lowercase letters or digits. */
  public synchronized String resourcePolicyId() {
    return "rp-" + chars(ALNUM, 8);
  }

  /** A customer policy id: {@code p-} and 10 lowercase letters or digits (decision D3). */
  public synchronized dev.orgd.core.model.PolicyId policyId() {
    return new dev.orgd.core.model.PolicyId("p-" + chars(ALNUM, 10));
  }

  public synchronized CreateAccountRequestId createAccountRequestId() {
    return new CreateAccountRequestId("car-" + chars(HEX, 32));
  }

  public synchronized AccountId accountId() {
    StringBuilder id = new StringBuilder(12);
    id.append((char) ('1' + random.nextInt(9)));
    for (int i = 1; i < 12; i++) {
      id.append((char) ('0' + random.nextInt(10)));
    }
    return new AccountId(id.toString());
  }

  private String chars(char[] alphabet, int length) {
    char[] out = new char[length];
    for (int i = 0; i < length; i++) {
      out[i] = alphabet[random.nextInt(alphabet.length)];
    }
    return new String(out);
  }
}
