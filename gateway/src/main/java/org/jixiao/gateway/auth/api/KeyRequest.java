package org.jixiao.gateway.auth.api;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.jixiao.web.Problem;

@Schema(description = "A new API key: its role and, for role unit, the unit codes it may write for")
public record KeyRequest(
        @Schema(
                examples = "unit",
                enumeration = {"admin", "unit", "reader"})
        String role,

        @Schema(examples = "[\"573301\"]") List<String> unitCodes,
        @Schema(examples = "财务处 reporting script") String label) {

    static final Set<String> ROLES = Set.of("admin", "unit", "reader");
    private static final String UNIT_CODE = "[0-9A-Za-z]{2,32}";

    /** Every problem with the request, as field and reason. */
    List<Problem.Violation> violations() {
        List<Problem.Violation> violations = new ArrayList<>();
        if (role == null || !ROLES.contains(role)) {
            violations.add(new Problem.Violation("role", "must be one of admin, unit, reader"));
        }
        List<String> codes = unitCodes == null ? List.of() : unitCodes;
        if ("unit".equals(role) && codes.isEmpty()) {
            violations.add(new Problem.Violation("unitCodes", "a unit key needs at least one unit code"));
        }
        if (!"unit".equals(role) && !codes.isEmpty()) {
            violations.add(new Problem.Violation("unitCodes", "only unit keys are bound to unit codes"));
        }
        for (int i = 0; i < codes.size(); i++) {
            if (codes.get(i) == null || !codes.get(i).matches(UNIT_CODE)) {
                violations.add(new Problem.Violation("unitCodes[" + i + "]", "must be 2 to 32 letters or digits"));
            }
        }
        if (label != null && label.length() > 200) {
            violations.add(new Problem.Violation("label", "must be at most 200 characters"));
        }
        return violations;
    }
}
