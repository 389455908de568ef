package dev.orgd.bench.load;

import org.HdrHistogram.Histogram;

/**
 * What one load run measured.
 *
 * @param target what answered (ceiling, orgd-memory, moto, ...)
 * @param scenario the scenario's name
 * @param connections how many connections sent at once
 * @param requests answers in the measurement window that the scenario accepted
 * @param errors answers in the window it did not accept, broken connections and timeouts
 * @param reconnects connections opened in the window because the server closed one (moto closes
 *     after every answer)
 * @param seconds the length of the measurement window
 * @param latencyMicros latencies of the accepted answers, in microseconds
 * @param clientCpuPercent CPU the load generator's process used in the window, % of one core
 * @param serverCpuPercent CPU the server process used in the window, % of one core (NaN: unknown)
 * @param otherCpuPercent CPU the rest of the machine used in the window (other processes,
 *     interrupts), % of one core (NaN: unknown); high values mean the run was disturbed
 * @param firstError the first unexpected answer or failure seen, or null
 */
public record LoadResult(
    String target,
    String scenario,
    int connections,
    long requests,
    long errors,
    long reconnects,
    double seconds,
    Histogram latencyMicros,
    double clientCpuPercent,
    double serverCpuPercent,
    double otherCpuPercent,
    String firstError) {

  public double requestsPerSecond() {
    return requests / seconds;
  }

  public double p50Millis() {
    return percentileMillis(50);
  }

  public double p99Millis() {
    return percentileMillis(99);
  }

  public double maxMillis() {
    return latencyMicros.getTotalCount() == 0 ? Double.NaN : latencyMicros.getMaxValue() / 1000.0;
  }

  private double percentileMillis(double percentile) {
    if (latencyMicros.getTotalCount() == 0) {
      return Double.NaN;
    }
    return latencyMicros.getValueAtPercentile(percentile) / 1000.0;
  }
}
