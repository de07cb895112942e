package co.kustom.ipp.callback;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import co.kustom.ipp.platform.db.Inserts;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface WebhookDestinationRepository extends JpaRepository<WebhookDestination, UUID>, Inserts<WebhookDestination> {

    @Query("select w from WebhookDestination w where w.merchantId = :merchantId and w.removedAt is null")
    List<WebhookDestination> findByMerchantIdAndRemovedAtIsNull(UUID merchantId);

    Page<WebhookDestination> findByMerchantIdAndRemovedAtIsNull(UUID merchantId, Pageable page);

    @Query("""
            select w from WebhookDestination w
            where w.destinationId = :destinationId and w.merchantId = :merchantId and w.removedAt is null""")
    Optional<WebhookDestination> findByDestinationIdAndMerchantIdAndRemovedAtIsNull(UUID destinationId,
                                                                                  UUID merchantId);
}
