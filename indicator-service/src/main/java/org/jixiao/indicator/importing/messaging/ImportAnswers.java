package org.jixiao.indicator.importing.messaging;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.enterprise.context.ApplicationScoped;
import org.jixiao.events.ImportProjectsResolved;
import org.jixiao.indicator.importing.ImportCompletion;
import org.jixiao.kit.inbox.EventData;

/** The import saga's incoming side: project-service's {@code ImportProjectsResolved}, read from project-events. */
@ApplicationScoped
public class ImportAnswers {
    private final EventData data;
    private final ImportCompletion completion;

    ImportAnswers(EventData data, ImportCompletion completion) {
        this.data = data;
        this.completion = completion;
    }

    /** Completes (or rejects) the pending import the answer is for, in the consumer's transaction. */
    public void resolved(JsonNode payload) {
        completion.complete(data.read(payload, ImportProjectsResolved.class));
    }
}
