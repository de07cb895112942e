package co.kustom.ipp.enrollment;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.UUID;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * {@link PendingEnrollmentCodes} in the {@code pending_enrollment_code} table (code as primary key), written in the
 * calling command's transaction. A claim is one statement: an insert, or the take-over of an expired entry; a claim
 * that finds a live entry changes nothing and leaves the transaction usable for the next draw.
 */
@Component
@Transactional(propagation = Propagation.MANDATORY)
class JdbcPendingEnrollmentCodes implements PendingEnrollmentCodes {

    private final JdbcTemplate jdbc;

    JdbcPendingEnrollmentCodes(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public boolean claim(String code, UUID enrollmentId, Instant now, Instant expiresAt) {
        return jdbc.update("""
                        insert into pending_enrollment_code (code, enrollment_id, expires_at) values (?, ?, ?)
                        on conflict (code) do update
                            set enrollment_id = excluded.enrollment_id, expires_at = excluded.expires_at
                            where pending_enrollment_code.expires_at <= ?""",
                code, enrollmentId, Timestamp.from(expiresAt), Timestamp.from(now)) == 1;
    }

    @Override
    public void release(String code, UUID enrollmentId) {
        jdbc.update("delete from pending_enrollment_code where code = ? and enrollment_id = ?", code, enrollmentId);
    }
}
