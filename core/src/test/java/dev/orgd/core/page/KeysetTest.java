package dev.orgd.core.page;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.orgd.core.error.InvalidInputReason;
import dev.orgd.core.error.OrgdException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class KeysetTest {
  private static final byte[] KEY = new byte[32];
  private static final List<Integer> STORED = IntStream.rangeClosed(1, 7).boxed().toList();
  private static final Keyset<Integer, Integer> NUMBERS =
      new Keyset<>(KeyCodec.of(String::valueOf, Integer::valueOf), n -> n);

  private final List<Integer> limitsRead = new ArrayList<>();

  private Page<Integer> page(String binding, Integer size, String token) {
    return NUMBERS.page(
        KEY,
        binding,
        new PageRequest(size, token),
        (after, limit) -> {
          limitsRead.add(limit);
          return STORED.stream().filter(n -> after == null || n > after).limit(limit).toList();
        });
  }

  @Test
  void readsOneRowMoreThanThePageAndContinuesAfterItsLastKey() {
    Page<Integer> first = page("b", 3, null);
    Page<Integer> second = page("b", 3, first.nextToken());
    Page<Integer> last = page("b", 3, second.nextToken());

    assertThat(first.items()).containsExactly(1, 2, 3);
    assertThat(second.items()).containsExactly(4, 5, 6);
    assertThat(last.items()).containsExactly(7);
    assertThat(last.nextToken()).isNull();
    assertThat(limitsRead).containsExactly(4, 4, 4);
  }

  @Test
  void aFullLastPageHasNoToken() {
    Page<Integer> all = page("b", 7, null);

    assertThat(all.items()).hasSize(7);
    assertThat(all.nextToken()).isNull();
    assertThat(page("b", null, null).items()).hasSize(7);
    assertThat(limitsRead).containsExactly(8, PageRequest.DEFAULT_MAX_RESULTS + 1);
  }

  @Test
  void aTokenOfAnotherBindingOrWithAKeyThatDoesNotDecodeIsInvalid() {
    String token = page("b", 3, null).nextToken();
    String notANumber = PageTokens.encode(KEY, "b", "three");

    for (Runnable call :
        List.<Runnable>of(() -> page("other", 3, token), () -> page("b", 3, notANumber))) {
      assertThatThrownBy(call::run)
          .isInstanceOfSatisfying(
              OrgdException.class,
              e -> assertThat(e.reason()).isEqualTo(InvalidInputReason.INVALID_NEXT_TOKEN));
    }
  }
}
