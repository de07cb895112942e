package co.kustom.ipp.location.query;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import co.kustom.ipp.platform.db.Inserts;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface LocationViewRepository extends JpaRepository<LocationView, UUID>, Inserts<LocationView> {

    @Query("select l from LocationView l where l.locationId = :locationId and l.merchantId = :merchantId")
    Optional<LocationView> findByLocationIdAndMerchantId(UUID locationId, UUID merchantId);

    Page<LocationView> findByMerchantId(UUID merchantId, Pageable pageable);

    @Query("select count(l) > 0 from LocationView l where l.locationId = :locationId and l.merchantId = :merchantId")
    boolean existsByLocationIdAndMerchantId(UUID locationId, UUID merchantId);

    @Query("select l.locationId from LocationView l where l.merchantId = :merchantId order by l.createdAt")
    List<UUID> findIdsByMerchantId(UUID merchantId, Pageable limit);
}
