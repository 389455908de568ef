package dev.orgd.bench.scenario;

/**
 * What one benchmark row sends: a sequence of requests per connection. The load generator asks each
 * connection's {@link ConnectionScript} for the next request as soon as the previous answer arrived
 * (a closed loop), so a script can carry state from one response into the next request, as the
 * write path does (invite, then accept the handshake the invite returned).
 */
public interface Scenario {

  /** The row's name in the report, e.g. {@code DescribeOrganization}. */
  String name();

  /** The script for connection number {@code index} (0-based) of a run. */
  ConnectionScript newConnection(int index);
}
