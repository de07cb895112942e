package co.kustom.ipp.callback;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

interface CallbackDeliveryRepository extends JpaRepository<CallbackDelivery, String>,
        JpaSpecificationExecutor<CallbackDelivery> {
}
