package co.kustom.ipp.enrollment.query;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import co.kustom.ipp.enrollment.api.EnrollmentDto;
import co.kustom.ipp.enrollment.api.EnrollmentStatus;
import co.kustom.ipp.enrollment.api.ListEnrollments;
import co.kustom.ipp.platform.db.Columns;
import co.kustom.ipp.platform.db.JsonColumns;
import co.kustom.ipp.platform.db.SqlPage;
import co.kustom.ipp.platform.db.ViewRows;
import co.kustom.ipp.platform.web.MetadataFilter;
import co.kustom.ipp.platform.web.PageResult;
import com.fasterxml.jackson.core.type.TypeReference;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The {@code enrollment_view} table. It stores what the events say and checks no rule: that two pending enrollments
 * never share a code is decided on the command side ({@code PendingEnrollmentCodes}).
 */
@Component
class EnrollmentViewRepository {

    private static final TypeReference<Map<String, String>> METADATA = new TypeReference<>() {
    };

    private final JdbcClient jdbc;

    EnrollmentViewRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(EnrollmentView view) {
        jdbc.sql("""
                        insert into enrollment_view (enrollment_id, merchant_id, location_id, code, metadata, status,
                                                     device_id, created_at, expires_at, updated_at)
                        values (:enrollment_id, :merchant_id, :location_id, :code, cast(:metadata as jsonb), :status,
                                :device_id, :created_at, :expires_at, :updated_at)""")
                .param("enrollment_id", view.enrollmentId())
                .param("merchant_id", view.merchantId())
                .param("location_id", view.locationId())
                .param("code", view.code())
                .param("metadata", JsonColumns.write(view.metadata()))
                .param("status", Columns.name(view.status()))
                .param("device_id", view.deviceId())
                .param("created_at", Columns.at(view.createdAt()))
                .param("expires_at", Columns.at(view.expiresAt()))
                .param("updated_at", Columns.at(view.updatedAt()))
                .update();
    }

    void consumed(UUID enrollmentId, UUID deviceId, Instant at) {
        ViewRows.requireOne("enrollment view", enrollmentId, jdbc.sql("""
                        update enrollment_view set status = :status, device_id = :device_id, updated_at = :at
                        where enrollment_id = :enrollment_id""")
                .param("status", Columns.name(EnrollmentStatus.CONSUMED))
                .param("device_id", deviceId)
                .param("at", Columns.at(at))
                .param("enrollment_id", enrollmentId)
                .update());
    }

    void cancelled(UUID enrollmentId, Instant at) {
        ViewRows.requireOne("enrollment view", enrollmentId, jdbc.sql("""
                        update enrollment_view set status = :status, updated_at = :at
                        where enrollment_id = :enrollment_id""")
                .param("status", Columns.name(EnrollmentStatus.CANCELLED))
                .param("at", Columns.at(at))
                .param("enrollment_id", enrollmentId)
                .update());
    }

    Optional<EnrollmentView> find(UUID enrollmentId, UUID merchantId) {
        return jdbc.sql("""
                        select * from enrollment_view
                        where enrollment_id = :enrollment_id and merchant_id = :merchant_id""")
                .param("enrollment_id", enrollmentId)
                .param("merchant_id", merchantId)
                .query((row, number) -> view(row))
                .optional();
    }

    /**
     * The code's most recent enrollment. A code is handed out again only once its enrollment can no longer be
     * redeemed (consumed, cancelled or expired), so the most recent one is the only one that may still be pending.
     */
    Optional<UUID> findIdByCode(String code) {
        return jdbc.sql("""
                        select enrollment_id from enrollment_view where code = :code
                        order by created_at desc, enrollment_id
                        limit 1""")
                .param("code", code)
                .query((row, number) -> Columns.uuid(row, "enrollment_id"))
                .optional();
    }

    PageResult<EnrollmentDto> list(ListEnrollments query, Instant now) {
        return SqlPage.from("enrollment_view")
                .where("merchant_id = :merchant_id", "merchant_id", query.merchantId())
                .where("status in ('PENDING', 'CONSUMED') and (status = 'PENDING' or :include_consumed)",
                        "include_consumed", query.includeConsumed())
                .whereSet("location_id = :location_id", "location_id", query.locationId())
                .where("metadata @> cast(:metadata as jsonb)", "metadata", MetadataFilter.asJson(query.metadata()))
                .orderBy("created_at desc, enrollment_id")
                .fetch(jdbc, query.page(), (row, number) -> view(row).toDto(now));
    }

    private static EnrollmentView view(ResultSet row) throws SQLException {
        return new EnrollmentView(Columns.uuid(row, "enrollment_id"), Columns.uuid(row, "merchant_id"),
                Columns.uuid(row, "location_id"), row.getString("code"),
                JsonColumns.read(row.getString("metadata"), METADATA),
                Columns.enumOf(EnrollmentStatus.class, row, "status"), Columns.uuid(row, "device_id"),
                Columns.instant(row, "created_at"), Columns.instant(row, "expires_at"),
                Columns.instant(row, "updated_at"));
    }
}
