package co.kustom.ipp.callback;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import co.kustom.ipp.platform.db.Inserts;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

interface WebhookDestinationRepository extends JpaRepository<WebhookDestination, UUID>, Inserts<WebhookDestination> {

    List<WebhookDestination> findByMerchantIdAndRemovedAtIsNull(UUID merchantId);

    Page<WebhookDestination> findByMerchantIdAndRemovedAtIsNull(UUID merchantId, Pageable page);

    Optional<WebhookDestination> findByDestinationIdAndMerchantIdAndRemovedAtIsNull(UUID destinationId,
                                                                                  UUID merchantId);
}
