package org.jixiao.stack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.InputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class FreePortsTest {

    @Test
    void aPickedPortCanBeBoundAndIsThenNoLongerFree() throws Exception {
        int port = FreePorts.pick();
        try (ServerSocket server = new ServerSocket(port, 1, InetAddress.getLoopbackAddress())) {
            assertThat(FreePorts.isFree(port)).isFalse();
        }
        assertThat(FreePorts.isFree(port)).isTrue();
    }

    @Test
    void portsArePickedBetween10000AndTheEphemeralRange() throws Exception {
        int ephemeralStart = ephemeralRangeStart();
        // Where the system does not tell its range (or leaves no room above 10000) FreePorts takes any free port,
        // which the other tests cover; this rule is only checkable where the range is known, so skip, visibly.
        assumeTrue(ephemeralStart > 10_001, "the kernel's ephemeral port range is unknown or starts below 10001");
        for (int i = 0; i < 20; i++) {
            assertThat(FreePorts.pick()).isBetween(10_000, ephemeralStart - 1);
            int first = FreePorts.pickBlock(3);
            assertThat(first).isGreaterThanOrEqualTo(10_000);
            assertThat(first + 2).as("last port of the block").isLessThan(ephemeralStart);
        }
    }

    /** The first port of the kernel's ephemeral range, or 0 when it is not known. */
    private static int ephemeralRangeStart() throws Exception {
        Path range = Path.of("/proc/sys/net/ipv4/ip_local_port_range");
        if (!Files.isReadable(range)) {
            return 0;
        }
        try (InputStream in = Files.newInputStream(range)) {
            return Integer.parseInt(new String(in.readAllBytes(), StandardCharsets.US_ASCII)
                    .strip()
                    .split("\\s+")[0]);
        }
    }

    @Test
    void aBlockIsConsecutiveFreePorts() {
        int first = FreePorts.pickBlock(3);
        for (int port = first; port < first + 3; port++) {
            assertThat(FreePorts.isFree(port)).as("port %d", port).isTrue();
        }
    }
}
