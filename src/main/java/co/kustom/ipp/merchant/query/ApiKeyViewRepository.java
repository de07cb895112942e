package co.kustom.ipp.merchant.query;

import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

interface ApiKeyViewRepository extends JpaRepository<ApiKeyView, UUID> {

    Optional<ApiKeyView> findByKeyHashAndRevokedAtIsNull(String keyHash);
}
