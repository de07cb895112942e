package co.kustom.ipp.enrollment.query;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import co.kustom.ipp.platform.db.Inserts;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface EnrollmentViewRepository extends JpaRepository<EnrollmentView, UUID>, Inserts<EnrollmentView> {

    @Query("select e from EnrollmentView e where e.enrollmentId = :enrollmentId and e.merchantId = :merchantId")
    Optional<EnrollmentView> findByEnrollmentIdAndMerchantId(UUID enrollmentId, UUID merchantId);

    /** The code's pending enrollment if there is one, else its most recent one. */
    @Query("""
            select e from EnrollmentView e where e.code = :code
            order by case when e.status = co.kustom.ipp.enrollment.api.EnrollmentStatus.PENDING then 0 else 1 end,
                     e.createdAt desc""")
    List<EnrollmentView> findByCode(String code, Pageable limit);

    @Query(nativeQuery = true,
            value = """
                    select * from enrollment_view
                    where merchant_id = :merchantId
                      and status in ('PENDING', 'CONSUMED') and (status = 'PENDING' or :includeConsumed)
                      and (cast(:locationId as text) is null or location_id = cast(:locationId as uuid))
                      and metadata @> cast(:metadata as jsonb)
                    order by created_at desc, enrollment_id""",
            countQuery = """
                    select count(*) from enrollment_view
                    where merchant_id = :merchantId
                      and status in ('PENDING', 'CONSUMED') and (status = 'PENDING' or :includeConsumed)
                      and (cast(:locationId as text) is null or location_id = cast(:locationId as uuid))
                      and metadata @> cast(:metadata as jsonb)""")
    Page<EnrollmentView> search(UUID merchantId, String locationId, String metadata, boolean includeConsumed,
                                Pageable page);
}
