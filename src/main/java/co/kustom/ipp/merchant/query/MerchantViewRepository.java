package co.kustom.ipp.merchant.query;

import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

public interface MerchantViewRepository extends JpaRepository<MerchantView, UUID> {
}
