package co.kustom.ipp.callback;

import co.kustom.ipp.platform.db.Inserts;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

interface CallbackDeliveryRepository extends JpaRepository<CallbackDelivery, String>, Inserts<CallbackDelivery>,
        JpaSpecificationExecutor<CallbackDelivery> {
}
