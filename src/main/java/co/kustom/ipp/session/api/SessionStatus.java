package co.kustom.ipp.session.api;

import java.util.EnumSet;
import java.util.Set;

import io.swagger.v3.oas.annotations.media.Schema;

@Schema(name = "SessionStatusDto", enumAsRef = true)
public enum SessionStatus {
    CREATED, ACTIVE, FINALIZED, CANCELLED, EXPIRED, FAILED;

    /** The statuses of a session that still occupies its device. */
    public static final Set<SessionStatus> OPEN = EnumSet.of(CREATED, ACTIVE);

    public boolean isTerminal() {
        return !OPEN.contains(this);
    }
}
