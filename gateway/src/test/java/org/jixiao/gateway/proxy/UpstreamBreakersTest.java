package org.jixiao.gateway.proxy;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.jixiao.gateway.proxy.rules.Upstream;
import org.junit.jupiter.api.Test;

class UpstreamBreakersTest {

    private static final BreakerConfig QUICK = new BreakerConfig() {
        @Override
        public float failureRateThreshold() {
            return 50;
        }

        @Override
        public int windowSize() {
            return 4;
        }

        @Override
        public int minimumCalls() {
            return 4;
        }

        @Override
        public Duration waitInOpen() {
            return Duration.ofSeconds(30);
        }

        @Override
        public Duration slowCallDuration() {
            return Duration.ofSeconds(5);
        }

        @Override
        public float slowCallRateThreshold() {
            return 100;
        }

        @Override
        public int halfOpenCalls() {
            return 1;
        }
    };

    private final UpstreamBreakers breakers = new UpstreamBreakers(QUICK);

    @Test
    void answersOfTheGatewayKindOpenTheBreakerOfThatUpstreamOnly() {
        CircuitBreaker project = breakers.breaker(Upstream.PROJECT);
        answer(project, 200);
        answer(project, 503);
        answer(project, 504);
        assertThat(breakers.state(Upstream.PROJECT)).isEqualTo(CircuitBreaker.State.CLOSED);
        answer(project, 502);

        assertThat(breakers.state(Upstream.PROJECT)).isEqualTo(CircuitBreaker.State.OPEN);
        assertThat(project.tryAcquirePermission()).isFalse();
        assertThat(breakers.retryAfterSeconds(Upstream.PROJECT)).isBetween(29L, 30L);
        assertThat(breakers.state(Upstream.INDICATOR)).isEqualTo(CircuitBreaker.State.CLOSED);
    }

    @Test
    void clientErrorsAndServerBugsAreNoOutage() {
        CircuitBreaker indicator = breakers.breaker(Upstream.INDICATOR);
        for (int status : new int[] {400, 404, 409, 422, 429, 500, 413, 415}) {
            answer(indicator, status);
        }
        assertThat(breakers.state(Upstream.INDICATOR)).isEqualTo(CircuitBreaker.State.CLOSED);
    }

    @Test
    void aFailedExchangeCountsAsFailure() {
        CircuitBreaker monitoring = breakers.breaker(Upstream.MONITORING);
        for (int i = 0; i < 4; i++) {
            monitoring.tryAcquirePermission();
            monitoring.onError(1, TimeUnit.MILLISECONDS, new IllegalStateException("reset"));
        }
        assertThat(breakers.state(Upstream.MONITORING)).isEqualTo(CircuitBreaker.State.OPEN);
    }

    @Test
    void retryAfterIsOneSecondOutsideTheOpenState() {
        assertThat(breakers.retryAfterSeconds(Upstream.PROJECT)).isEqualTo(1);
    }

    private static void answer(CircuitBreaker breaker, int status) {
        assertThat(breaker.tryAcquirePermission()).isTrue();
        breaker.onResult(1, TimeUnit.MILLISECONDS, status);
    }
}
