package org.jixiao.gateway.stream;

/** What one client subscribed to; a null field matches everything. */
public record StreamFilter(String unitCode, Long projectId) {

    public static final StreamFilter ALL = new StreamFilter(null, null);

    public boolean matches(StatusRecord record) {
        return (unitCode == null || unitCode.equals(record.unitCode()))
                && (projectId == null || projectId.equals(record.projectId()));
    }
}
