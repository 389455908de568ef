package dev.orgd.core.model;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * The AWS partitions, the part of an ARN after {@code arn:}. A region belongs to the partition that
 * lists it, else to the one whose pattern it matches (botocore's {@code partitions.json}); an
 * unknown or missing region is {@code aws}, botocore's default.
 */
public enum Partition {
  AWS("aws", "^(us|eu|ap|sa|ca|me|af|il|mx)\\-\\w+\\-\\d+$", "aws-global"),
  AWS_CN("aws-cn", "^cn\\-\\w+\\-\\d+$", "aws-cn-global"),
  AWS_US_GOV("aws-us-gov", "^us\\-gov\\-\\w+\\-\\d+$", "aws-us-gov-global"),
  AWS_ISO("aws-iso", "^us\\-iso\\-\\w+\\-\\d+$", "aws-iso-global"),
  AWS_ISO_B("aws-iso-b", "^us\\-isob\\-\\w+\\-\\d+$", "aws-iso-b-global"),
  AWS_ISO_E("aws-iso-e", "^eu\\-isoe\\-\\w+\\-\\d+$", "aws-iso-e-global"),
  AWS_ISO_F("aws-iso-f", "^us\\-isof\\-\\w+\\-\\d+$", "aws-iso-f-global"),
  AWS_EUSC("aws-eusc", "^eusc\\-(de)\\-\\w+\\-\\d+$", "aws-eusc-global");

  private final String id;
  private final Pattern regions;
  private final String globalRegion;

  Partition(String id, String regionRegex, String globalRegion) {
    this.id = id;
    this.regions = Pattern.compile(regionRegex);
    this.globalRegion = globalRegion;
  }

  /** The partition as ARNs spell it: {@code aws}, {@code aws-cn}, ... */
  public String id() {
    return id;
  }

  /** The regions seen so far: every call names one, and matching costs a few regexes. */
  private static final Map<String, Partition> KNOWN = new ConcurrentHashMap<>();

  /** At most this many regions are kept: a client may send any string as its region. */
  private static final int KNOWN_LIMIT = 256;

  /** The partition of {@code region} (a SigV4 credential scope's); {@code aws} when unknown. */
  public static Partition ofRegion(String region) {
    if (region == null) {
      return AWS;
    }
    Partition known = KNOWN.get(region);
    if (known != null) {
      return known;
    }
    Partition matched = match(region);
    if (KNOWN.size() < KNOWN_LIMIT) {
      KNOWN.put(region, matched);
    }
    return matched;
  }

  private static Partition match(String region) {
    String r = region.toLowerCase(Locale.ROOT);
    // Every partition's global pseudo-region, then the patterns, the narrow ones first: the
    // explicit region lists of partitions.json are all matched by their partition's pattern.
    for (Partition p : values()) {
      if (p.globalRegion.equals(r)) {
        return p;
      }
    }
    for (Partition p : NARROW_FIRST) {
      if (p.regions.matcher(r).matches()) {
        return p;
      }
    }
    return AWS;
  }

  private static final List<Partition> NARROW_FIRST =
      List.of(AWS_CN, AWS_US_GOV, AWS_ISO, AWS_ISO_B, AWS_ISO_E, AWS_ISO_F, AWS_EUSC, AWS);

  /** The partition whose {@link #id} is {@code id}. */
  public static Partition fromId(String id) {
    for (Partition p : values()) {
      if (p.id.equals(id)) {
        return p;
      }
    }
    throw new IllegalArgumentException("no partition " + id);
  }
}
