package org.jixiao.stack;

import static org.jixiao.stack.KafkaPrincipals.GATEWAY;
import static org.jixiao.stack.KafkaPrincipals.INDICATOR;
import static org.jixiao.stack.KafkaPrincipals.MONITORING;
import static org.jixiao.stack.KafkaPrincipals.PROJECT;
import static org.jixiao.stack.KafkaPrincipals.REPORTER;
import static org.jixiao.stack.KafkaPrincipals.STATUS_READER;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.ScramCredentialInfo;
import org.apache.kafka.clients.admin.ScramMechanism;
import org.apache.kafka.clients.admin.UserScramCredentialAlteration;
import org.apache.kafka.clients.admin.UserScramCredentialUpsertion;
import org.apache.kafka.common.acl.AccessControlEntry;
import org.apache.kafka.common.acl.AclBinding;
import org.apache.kafka.common.acl.AclOperation;
import org.apache.kafka.common.acl.AclPermissionType;
import org.apache.kafka.common.resource.PatternType;
import org.apache.kafka.common.resource.ResourcePattern;
import org.apache.kafka.common.resource.ResourceType;
import org.jixiao.events.Topics;

/**
 * Who may do what on the broker (docs/security.md, "Kafka"): each service writes only the topics it owns (and the
 * dead-letter topics of what it consumes) and reads only what it consumes; the outside reporter may only write
 * progress reports, the outside status reader may only read status events. Everything not granted here is refused
 * ({@code allow.everyone.if.no.acl.found=false}); only {@code admin} (the broker and the launcher) is a super user.
 */
public final class KafkaAccess {
    private static final int SCRAM_ITERATIONS = 8192;

    private KafkaAccess() {}

    /** Creates or updates every principal's SCRAM credential, then the ACLs; both are idempotent. */
    static void apply(Admin admin, KafkaPrincipals principals) throws ExecutionException, InterruptedException {
        List<UserScramCredentialAlteration> users = new ArrayList<>();
        for (String principal : KafkaPrincipals.ALL) {
            if (!principal.equals(KafkaPrincipals.ADMIN)) {
                users.add(new UserScramCredentialUpsertion(
                        principal,
                        new ScramCredentialInfo(ScramMechanism.SCRAM_SHA_256, SCRAM_ITERATIONS),
                        principals.password(principal)));
            }
        }
        try {
            admin.alterUserScramCredentials(users).all().get(30, TimeUnit.SECONDS);
            admin.createAcls(bindings()).all().get(30, TimeUnit.SECONDS);
        } catch (TimeoutException e) {
            throw new ExecutionException("setting up Kafka users and ACLs timed out", e);
        }
    }

    /** The grants, principal by principal (docs/security.md has the same table). */
    public static List<AclBinding> bindings() {
        List<AclBinding> acl = new ArrayList<>();
        consumes(acl, PROJECT, Topics.PROJECT_COMMANDS);
        writes(acl, PROJECT, Topics.PROJECT_EVENTS);
        group(acl, PROJECT, PROJECT, PatternType.LITERAL);

        consumes(acl, INDICATOR, Topics.PROJECT_EVENTS);
        writes(acl, INDICATOR, Topics.INDICATOR_EVENTS);
        writes(acl, INDICATOR, Topics.PROJECT_COMMANDS);
        group(acl, INDICATOR, INDICATOR, PatternType.LITERAL);

        consumes(acl, MONITORING, Topics.PROJECT_EVENTS);
        consumes(acl, MONITORING, Topics.INDICATOR_EVENTS);
        consumes(acl, MONITORING, Topics.PROGRESS_EVENTS);
        writes(acl, MONITORING, Topics.PROGRESS_EVENTS);
        writes(acl, MONITORING, Topics.STATUS_EVENTS);
        // The live group and the rebuild's own groups (monitoring-rebuild-<schema>).
        group(acl, MONITORING, "monitoring-", PatternType.PREFIXED);
        transactions(acl, MONITORING, "monitoring-");

        // The gateway assigns status-events' partitions itself: no group.
        read(acl, GATEWAY, Topics.STATUS_EVENTS);

        writes(acl, REPORTER, Topics.PROGRESS_EVENTS);
        transactions(acl, REPORTER, "reporter-");

        read(acl, STATUS_READER, Topics.STATUS_EVENTS);
        group(acl, STATUS_READER, "status-reader", PatternType.PREFIXED);
        return acl;
    }

    /** Reads a topic and may dead-letter what it cannot handle. */
    private static void consumes(List<AclBinding> acl, String principal, String topic) {
        read(acl, principal, topic);
        writes(acl, principal, Topics.deadLetter(topic));
    }

    private static void read(List<AclBinding> acl, String principal, String topic) {
        acl.add(allow(
                principal, new ResourcePattern(ResourceType.TOPIC, topic, PatternType.LITERAL), AclOperation.READ));
    }

    private static void writes(List<AclBinding> acl, String principal, String topic) {
        acl.add(allow(
                principal, new ResourcePattern(ResourceType.TOPIC, topic, PatternType.LITERAL), AclOperation.WRITE));
    }

    private static void group(List<AclBinding> acl, String principal, String name, PatternType pattern) {
        acl.add(allow(principal, new ResourcePattern(ResourceType.GROUP, name, pattern), AclOperation.READ));
    }

    private static void transactions(List<AclBinding> acl, String principal, String prefix) {
        acl.add(allow(
                principal,
                new ResourcePattern(ResourceType.TRANSACTIONAL_ID, prefix, PatternType.PREFIXED),
                AclOperation.WRITE));
    }

    private static AclBinding allow(String principal, ResourcePattern resource, AclOperation operation) {
        return new AclBinding(
                resource, new AccessControlEntry("User:" + principal, "*", operation, AclPermissionType.ALLOW));
    }
}
