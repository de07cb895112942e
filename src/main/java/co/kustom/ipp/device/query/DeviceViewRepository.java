package co.kustom.ipp.device.query;

import java.util.Optional;
import java.util.UUID;

import co.kustom.ipp.platform.db.Inserts;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface DeviceViewRepository extends JpaRepository<DeviceView, UUID>, Inserts<DeviceView> {

    @Query("select d from DeviceView d where d.deviceId = :deviceId and d.merchantId = :merchantId")
    Optional<DeviceView> findByDeviceIdAndMerchantId(UUID deviceId, UUID merchantId);

    @Query(nativeQuery = true,
            value = """
                    select * from device_view
                    where merchant_id = :merchantId and status = 'ACTIVE'
                      and (cast(:locationId as text) is null or location_id = cast(:locationId as uuid))
                      and metadata @> cast(:metadata as jsonb)
                    order by created_at, device_id""",
            countQuery = """
                    select count(*) from device_view
                    where merchant_id = :merchantId and status = 'ACTIVE'
                      and (cast(:locationId as text) is null or location_id = cast(:locationId as uuid))
                      and metadata @> cast(:metadata as jsonb)""")
    Page<DeviceView> search(UUID merchantId, String locationId, String metadata, Pageable page);
}
