package org.jixiao.project.units;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.Objects;
import java.util.Optional;
import org.jixiao.events.EventTypes;
import org.jixiao.events.Topics;
import org.jixiao.events.UnitRegistered;
import org.jixiao.kit.outbox.Outbox;
import org.jixiao.kit.problem.Echo;
import org.jixiao.kit.problem.ProblemException;
import org.jixiao.kit.problem.TextLimits;
import org.jixiao.kit.problem.Violations;
import org.jixiao.kit.security.UnitScope;

/** Registers budget units; registering the same unit again is harmless, a different one under the same code is not. */
@ApplicationScoped
@Transactional
public class UnitService {
    private static final String CODE_PATTERN = "[0-9A-Za-z]{2,32}";

    private final Outbox outbox;
    private final UnitScope scope;

    UnitService(Outbox outbox, UnitScope scope) {
        this.outbox = outbox;
        this.scope = scope;
    }

    /**
     * Registers a unit for the calling key. A unit key may register (or re-register) only its own unit; new units are
     * otherwise the admin's job. The scope is checked before the fields (after their sizes, since a refusal quotes
     * the code), inside the transaction that writes.
     */
    public Registration register(NewUnit unit) {
        if (unit != null) {
            Violations violations = new Violations();
            checkText(violations, unit);
            violations.throwIfAny();
        }
        if (unit != null && unit.code() != null) {
            scope.requireWrite(unit.code());
        }
        return registerChecked(unit);
    }

    /**
     * Registers a unit named by an import the import saga has already accepted (there is no calling key: the request
     * arrived on {@code project-commands}).
     */
    public Registration registerImported(NewUnit unit) {
        return registerChecked(unit);
    }

    public Unit get(String code) {
        Unit unit = Unit.findById(code);
        if (unit == null) {
            throw ProblemException.notFound("unit " + code + " does not exist");
        }
        return unit;
    }

    public Optional<Unit> find(String code) {
        return Optional.ofNullable(Unit.findById(code));
    }

    private Registration registerChecked(NewUnit request) {
        validate(request);
        Unit existing = Unit.findById(request.code());
        if (existing != null) {
            if (existing.name.equals(request.name().strip())
                    && Objects.equals(existing.parentCode, blankToNull(request.parentCode()))) {
                return new Registration(existing, false);
            }
            throw ProblemException.conflict(
                    "unit " + request.code() + " is already registered as " + Echo.of(existing.name));
        }
        Unit unit = new Unit();
        unit.code = request.code();
        unit.name = request.name().strip();
        unit.parentCode = blankToNull(request.parentCode());
        unit.persist();
        outbox.append(
                Topics.PROJECT_EVENTS,
                "unit:" + unit.code,
                EventTypes.UNIT_REGISTERED,
                UnitRegistered.VERSION,
                new UnitRegistered(unit.code, unit.name, unit.parentCode));
        return new Registration(unit, true);
    }

    private static void validate(NewUnit request) {
        if (request == null) {
            throw ProblemException.invalid("body", "a unit is required");
        }
        Violations violations = new Violations();
        checkText(violations, request);
        if (violations.check(request.code() != null && !request.code().isBlank(), "code", "is required")
                && TextLimits.fits(request.code(), TextLimits.CODE)) {
            violations.check(request.code().matches(CODE_PATTERN), "code", "must be 2 to 32 letters or digits");
        }
        violations.check(request.name() != null && !request.name().isBlank(), "name", "is required");
        if (request.parentCode() != null
                && !request.parentCode().isBlank()
                && TextLimits.fits(request.parentCode(), TextLimits.CODE)) {
            violations.check(
                    request.parentCode().matches(CODE_PATTERN), "parentCode", "must be 2 to 32 letters or digits");
        }
        violations.throwIfAny();
    }

    private static void checkText(Violations violations, NewUnit unit) {
        TextLimits.check(violations, "code", unit.code(), TextLimits.CODE);
        TextLimits.check(violations, "name", unit.name(), TextLimits.NAME);
        TextLimits.check(violations, "parentCode", unit.parentCode(), TextLimits.CODE);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    public record Registration(Unit unit, boolean created) {}
}
