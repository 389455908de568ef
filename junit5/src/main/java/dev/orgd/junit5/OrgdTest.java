package dev.orgd.junit5;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Runs the annotated test class against an in-process orgd (in memory, reset before each test);
 * test methods receive it as an {@link OrgdRuntime} parameter.
 *
 * <pre>{@code
 * @OrgdTest
 * class InvitationTest {
 *   @Test
 *   void invitationExpires(OrgdRuntime orgd) {
 *     // point the SDK at orgd.endpoint(), invite, then:
 *     orgd.advanceClock(Duration.ofDays(15).plusSeconds(1));
 *   }
 * }
 * }</pre>
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@ExtendWith(OrgdExtension.class)
public @interface OrgdTest {}
