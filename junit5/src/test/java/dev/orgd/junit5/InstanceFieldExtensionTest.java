package dev.orgd.junit5;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.orgd.core.store.InMemoryStore;
import dev.orgd.core.store.Store;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.net.ConnectException;
import java.net.Socket;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.extension.RegisterExtension;

/** On an instance field: a server of its own for every test, stopped with its store after it. */
class InstanceFieldExtensionTest {
  private static final List<Started> STARTED = new CopyOnWriteArrayList<>();

  /** A server the extension started for a test, and whether its store has been closed. */
  private record Started(int port, AtomicBoolean storeClosed) {}

  private final AtomicBoolean storeClosed = new AtomicBoolean();

  @RegisterExtension
  final OrgdExtension orgd = OrgdExtension.builder().store(() -> observed(storeClosed)).build();

  /** An in-memory store that records its close (a proxy, whatever methods the port has). */
  private static Store observed(AtomicBoolean closed) {
    Store store = new InMemoryStore();
    return (Store)
        Proxy.newProxyInstance(
            Store.class.getClassLoader(),
            new Class<?>[] {Store.class},
            (proxy, method, args) -> {
              if (method.getName().equals("close")) {
                closed.set(true);
              }
              try {
                return method.invoke(store, args);
              } catch (InvocationTargetException e) {
                throw e.getCause();
              }
            });
  }

  @RepeatedTest(2)
  void everyTestGetsAnEmptyServerOfItsOwn(OrgdRuntime runtime) {
    assertThat(runtime).isSameAs(orgd.runtime());
    // Fails with AlreadyInOrganizationException if the second test met the first one's server.
    runtime.client("111111111111").createOrganization(r -> {});
    assertThat(storeClosed).isFalse();
    STARTED.add(new Started(runtime.port(), storeClosed));
  }

  @AfterAll
  static void everyServerStoppedAndClosedTheStoreItWasGiven() {
    assertThat(STARTED).hasSize(2);
    for (Started started : STARTED) {
      assertThat(started.storeClosed()).isTrue();
      assertThatThrownBy(() -> new Socket("127.0.0.1", started.port()).close())
          .isInstanceOf(ConnectException.class);
    }
  }
}
