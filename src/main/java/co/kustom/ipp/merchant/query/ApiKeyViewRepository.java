package co.kustom.ipp.merchant.query;

import java.util.Optional;
import java.util.UUID;

import co.kustom.ipp.platform.db.Inserts;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

interface ApiKeyViewRepository extends JpaRepository<ApiKeyView, UUID>, Inserts<ApiKeyView> {

    Optional<ApiKeyView> findByKeyHashAndRevokedAtIsNull(String keyHash);

    Page<ApiKeyView> findByMerchantId(UUID merchantId, Pageable page);
}
