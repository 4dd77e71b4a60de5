package org.jixiao.monitoring.readmodel;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManagerFactory;
import java.lang.reflect.Type;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.type.descriptor.java.JavaType;
import org.jixiao.events.Milestone;
import org.jixiao.targets.TargetValue;

/**
 * The parsed form of {@code mon_indicator.target} and {@code .milestones} for readers that select the columns as text
 * instead of loading entities (the consumers' batches, a posted report's checks). Parsing is remembered by the stored
 * JSON text itself: a revised target is another text and is parsed anew, so nothing returned is older than what the
 * caller just read, and indicators with the same target share one parse. Both values are immutable records, so one
 * parsed instance can serve every reader.
 */
@ApplicationScoped
public class StoredTargets {
    /** More distinct texts than this and the remembered ones are forgotten and parsed again as they are asked for. */
    static final int MAX_REMEMBERED = 50_000;

    private final EntityManagerFactory entities;
    private final Map<String, TargetValue> targets = new ConcurrentHashMap<>();
    private final Map<String, List<Milestone>> milestones = new ConcurrentHashMap<>();

    StoredTargets(EntityManagerFactory entities) {
        this.entities = entities;
    }

    /** The target stored as {@code json} (jsonb read as text). */
    public TargetValue target(String json) {
        return remembered(targets, json, text -> parse(text, TargetValue.class));
    }

    /** The milestones stored as {@code json}, as an unmodifiable list. */
    public List<Milestone> milestones(String json) {
        return remembered(milestones, json, text -> List.copyOf(parse(text, milestonesType())));
    }

    private static <T> T remembered(Map<String, T> parsed, String json, Function<String, T> parse) {
        T known = parsed.get(json);
        if (known != null) {
            return known;
        }
        T fresh = parse.apply(json);
        if (parsed.size() >= MAX_REMEMBERED) {
            parsed.clear();
        }
        parsed.put(json, fresh);
        return fresh;
    }

    /**
     * With the JSON mapper and Java type Hibernate reads the entity's attribute with, so a row read here equals the
     * same row loaded as {@link MonIndicator}.
     */
    @SuppressWarnings("unchecked") // the descriptor of a type reads values of that type
    private <T> T parse(String json, Type type) {
        SessionFactoryImplementor factory = entities.unwrap(SessionFactoryImplementor.class);
        JavaType<T> javaType = (JavaType<T>)
                factory.getTypeConfiguration().getJavaTypeRegistry().resolveDescriptor(type);
        return factory.getSessionFactoryOptions()
                .getJsonFormatMapper()
                .fromString(json, javaType, factory.getWrapperOptions());
    }

    /** {@code List<Milestone>}, taken from the entity's field so the element type is never stated twice. */
    private static Type milestonesType() {
        try {
            return MonIndicator.class.getDeclaredField("milestones").getGenericType();
        } catch (NoSuchFieldException e) {
            throw new IllegalStateException("MonIndicator has no milestones field", e);
        }
    }
}
