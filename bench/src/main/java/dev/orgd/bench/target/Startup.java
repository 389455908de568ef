package dev.orgd.bench.target;

/**
 * What starting a server cost: the time from launching its process to its first successful
 * DescribeOrganization (after CreateOrganization), and its resident memory.
 *
 * @param target the server's name in the report
 * @param startupMillis launch to first successful DescribeOrganization
 * @param rssIdleKiB VmRSS once it answered and settled, before any load
 * @param rssAfterLoadKiB VmRSS after all its load runs
 * @param peakRssKiB VmHWM at the end
 */
public record Startup(
    String target, double startupMillis, long rssIdleKiB, long rssAfterLoadKiB, long peakRssKiB) {

  public Startup withAfterLoad(long rssAfterLoad, long peak) {
    return new Startup(target, startupMillis, rssIdleKiB, rssAfterLoad, peak);
  }
}
