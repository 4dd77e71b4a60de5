package org.jixiao.gateway.proxy.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LoopSharesTest {

    @ParameterizedTest(name = "{0} over {1} loops: {2} each")
    @CsvSource({"64, 4, 16", "64, 1, 64", "10, 4, 3", "1, 4, 1", "0, 4, 1"})
    void aBoundIsSplitIntoEqualSharesRoundedUpAndNeverZero(int total, int loops, int share) {
        assertThat(LoopShares.perLoop(total, loops)).isEqualTo(share);
    }

    @ParameterizedTest(name = "in flight {0}, connections {1}, {2} loops: {3} each")
    @CsvSource({"64, 64, 4, 16", "8, 64, 4, 2", "3, 64, 1, 3", "200, 64, 4, 16", "200, 64, 1, 64"})
    void theInFlightShareNeverExceedsTheConnectionShare(int inFlight, int connections, int loops, int share) {
        assertThat(LoopShares.inFlightPerLoop(inFlight, connections, loops)).isEqualTo(share);
    }

    @ParameterizedTest
    @CsvSource({"0", "-1"})
    void thereIsAlwaysAnEventLoop(int loops) {
        assertThatThrownBy(() -> LoopShares.perLoop(64, loops)).isInstanceOf(IllegalArgumentException.class);
    }
}
