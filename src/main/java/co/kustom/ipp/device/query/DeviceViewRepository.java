package co.kustom.ipp.device.query;

import java.util.Optional;
import java.util.UUID;

import co.kustom.ipp.device.api.DeviceStatus;
import jakarta.persistence.LockModeType;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface DeviceViewRepository extends JpaRepository<DeviceView, UUID> {

    Optional<DeviceView> findByDeviceIdAndMerchantId(UUID deviceId, UUID merchantId);

    Page<DeviceView> findByMerchantIdAndStatus(UUID merchantId, DeviceStatus status, Pageable pageable);

    Page<DeviceView> findByMerchantIdAndStatusAndLocationId(UUID merchantId, DeviceStatus status, UUID locationId,
                                                           Pageable pageable);

    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select d from DeviceView d where d.deviceId = :deviceId and d.merchantId = :merchantId")
    Optional<DeviceView> lockByDeviceIdAndMerchantId(UUID deviceId, UUID merchantId);
}
