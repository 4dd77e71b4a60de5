package org.jixiao.kit.security;

/** The roles of docs/security.md as the token's {@code groups} claim carries them, and the claim naming a key's units. */
public final class Roles {
    /** The finance bureau: reads and writes everything, manages keys. */
    public static final String ADMIN = "admin";
    /** A department: reads everything, writes only for the unit codes in its token. */
    public static final String UNIT = "unit";
    /** Other systems and dashboards: read and subscribe only. */
    public static final String READER = "reader";
    /** Token claim: the unit codes a {@link #UNIT} key may write for. */
    public static final String UNITS_CLAIM = "units";

    private Roles() {}
}
