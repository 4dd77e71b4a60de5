package org.jixiao.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import org.jixiao.testinfra.Await;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

/** Runs after every other end-to-end class: stopping the launcher as Ctrl-C does leaves no process behind. */
@Order(Integer.MAX_VALUE)
class StackShutdownIT {
    @Test
    void stoppingTheLauncherLeavesNoProcessBehind() throws Exception {
        SharedSystem.get(); // started here if this class runs alone
        RunningSystem system = SharedSystem.release();
        List<ProcessHandle> children = system.handle().descendants().toList();
        // Kafka, the gateway and the services that still run (ServiceOutageIT has stopped monitoring-service).
        assertThat(children).hasSizeGreaterThanOrEqualTo(4);
        system.close();
        Await.until(
                () -> children.stream().noneMatch(ProcessHandle::isAlive),
                Duration.ofSeconds(30),
                "every process of the stack ended");
    }
}
