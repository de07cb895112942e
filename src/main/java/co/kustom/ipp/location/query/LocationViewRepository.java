package co.kustom.ipp.location.query;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import co.kustom.ipp.platform.db.Inserts;
import jakarta.persistence.LockModeType;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface LocationViewRepository extends JpaRepository<LocationView, UUID>, Inserts<LocationView> {

    Optional<LocationView> findByLocationIdAndMerchantId(UUID locationId, UUID merchantId);

    Page<LocationView> findByMerchantId(UUID merchantId, Pageable pageable);

    /** FOR SHARE: placing devices at a location holds it, so it cannot be deleted meanwhile. */
    @Lock(LockModeType.PESSIMISTIC_READ)
    @Query("select l from LocationView l where l.locationId = :locationId and l.merchantId = :merchantId")
    Optional<LocationView> holdByLocationIdAndMerchantId(UUID locationId, UUID merchantId);

    /** FOR UPDATE: deleting a location waits for everyone placing devices there. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select l from LocationView l where l.locationId = :locationId and l.merchantId = :merchantId")
    Optional<LocationView> lockByLocationIdAndMerchantId(UUID locationId, UUID merchantId);

    @Query("select l.locationId from LocationView l where l.merchantId = :merchantId order by l.createdAt")
    List<UUID> findIdsByMerchantId(UUID merchantId, Pageable limit);
}
