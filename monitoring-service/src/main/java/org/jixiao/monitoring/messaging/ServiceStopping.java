package org.jixiao.monitoring.messaging;

import io.quarkus.runtime.ShutdownEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * Whether the service has begun to stop. A batch that fails then (the database pool or the persistence unit already
 * closed) says nothing about its records, so they must be neither applied nor dead-lettered: left unacknowledged,
 * they are delivered again after the restart.
 */
@ApplicationScoped
public class ServiceStopping {
    private volatile boolean stopping;

    void onStop(@Observes ShutdownEvent event) {
        stopping = true;
    }

    public boolean now() {
        return stopping;
    }
}
