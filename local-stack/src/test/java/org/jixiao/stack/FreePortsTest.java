package org.jixiao.stack;

import static org.assertj.core.api.Assertions.assertThat;

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
    void portsArePickedBelowTheEphemeralRangeWhereTheSystemTellsIt() throws Exception {
        Path range = Path.of("/proc/sys/net/ipv4/ip_local_port_range");
        int ephemeralStart = 0;
        if (Files.isReadable(range)) {
            try (InputStream in = Files.newInputStream(range)) {
                ephemeralStart = Integer.parseInt(new String(in.readAllBytes(), StandardCharsets.US_ASCII)
                        .strip()
                        .split("\\s+")[0]);
            }
            assertThat(ephemeralStart).as("the kernel's first ephemeral port").isGreaterThan(1024);
        }
        // Without a known range (or with one that leaves no room above 10000), any free port will do.
        int highest = ephemeralStart > 10_001 ? ephemeralStart - 1 : 65_535;
        for (int i = 0; i < 20; i++) {
            assertThat(FreePorts.pick()).isBetween(1, highest);
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
