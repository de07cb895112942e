package co.kustom.ipp.merchant.query;

import java.util.UUID;

import co.kustom.ipp.platform.db.Inserts;
import org.springframework.data.jpa.repository.JpaRepository;

public interface MerchantViewRepository extends JpaRepository<MerchantView, UUID>, Inserts<MerchantView> {
}
