package org.jixiao.kit.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.jixiao.kit.problem.ProblemException;
import org.junit.jupiter.api.Test;

class PageRequestTest {

    @Test
    void defaultsAndTheLastAllowedPage() {
        assertThat(PageRequest.of(null, null)).isEqualTo(new PageRequest(0, PageRequest.DEFAULT_SIZE));
        PageRequest last = PageRequest.of(PageRequest.MAX_PAGE, PageRequest.MAX_SIZE);
        assertThat(last.offset()).isEqualTo(20_000_000L);
    }

    @Test
    void aPageWhoseOffsetWouldOverflowIs422NamingPage() {
        // 10737419 × 200 is just past Integer.MAX_VALUE.
        assertThatThrownBy(() -> PageRequest.of(10_737_419, 200)).isInstanceOfSatisfying(ProblemException.class, e -> {
            assertThat(e.status()).isEqualTo(422);
            assertThat(e.violations())
                    .singleElement()
                    .satisfies(v -> assertThat(v.field()).isEqualTo("page"));
        });
        assertThatThrownBy(() -> PageRequest.of(-1, 20))
                .isInstanceOfSatisfying(
                        ProblemException.class,
                        e -> assertThat(e.violations().get(0).field()).isEqualTo("page"));
    }

    @Test
    void anUnreadableNumberIsEchoedAtMostSixtyFourCharacters() {
        String huge = "9".repeat(10_000);
        assertThatThrownBy(() -> QueryParams.integer("page", huge))
                .isInstanceOfSatisfying(ProblemException.class, e -> {
                    assertThat(e.violations().get(0).field()).isEqualTo("page");
                    assertThat(e.violations().get(0).message()).hasSizeLessThan(120);
                });
    }
}
