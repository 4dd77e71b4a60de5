package org.jixiao.kit.security;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import jakarta.json.JsonArray;
import jakarta.json.JsonString;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.jixiao.kit.problem.ProblemException;

/**
 * The one place a service decides whether the caller may write for a unit. Role checks alone cannot do it: a
 * {@code unit} key may write, but only for its own units, and which unit a project or indicator belongs to is known
 * only once the service has looked it up. So each write resolves its unit(s) first and asks here before changing
 * anything, which keeps a refused write free of rows and events.
 */
@RequestScoped
public class UnitScope {
    private final SecurityIdentity identity;
    private final JsonWebToken token;

    UnitScope(SecurityIdentity identity, JsonWebToken token) {
        this.identity = identity;
        this.token = token;
    }

    public void requireWrite(String unitCode) {
        requireWrite(List.of(unitCode));
    }

    /** Throws 403 unless the caller is an admin or a unit key holding every one of these unit codes. */
    public void requireWrite(Collection<String> unitCodes) {
        if (identity.hasRole(Roles.ADMIN)) {
            return;
        }
        if (!identity.hasRole(Roles.UNIT)) {
            throw ProblemException.forbidden("this key may only read; writes need the admin or unit role");
        }
        Set<String> own = ownUnits();
        Set<String> foreign = new TreeSet<>(unitCodes);
        foreign.removeAll(own);
        if (!foreign.isEmpty()) {
            throw ProblemException.forbidden("this key may write only for unit " + String.join(", ", own) + ", not for "
                    + String.join(", ", foreign));
        }
    }

    /** Throws 403 unless the caller is an admin: for decisions no unit takes about itself. */
    public void requireAdmin(String what) {
        if (!identity.hasRole(Roles.ADMIN)) {
            throw ProblemException.forbidden("only an admin key may " + what);
        }
    }

    /** Who the caller is, as its token names it (the key's subject). */
    public String caller() {
        return token.getName();
    }

    /** Admins see every unit; this is for the others. */
    public boolean isAdmin() {
        return identity.hasRole(Roles.ADMIN);
    }

    public Set<String> ownUnits() {
        Object claim = token.getClaim(Roles.UNITS_CLAIM);
        Set<String> units = new TreeSet<>();
        if (claim instanceof JsonArray array) {
            array.getValuesAs(JsonString.class).forEach(s -> units.add(s.getString()));
        } else if (claim instanceof Collection<?> values) {
            values.forEach(v -> units.add(String.valueOf(v)));
        }
        return units;
    }
}
