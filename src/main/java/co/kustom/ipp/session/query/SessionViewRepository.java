package co.kustom.ipp.session.query;

import java.util.Collection;
import java.util.Optional;
import java.util.UUID;

import co.kustom.ipp.platform.db.Inserts;
import co.kustom.ipp.session.api.SessionStatus;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;

interface SessionViewRepository extends JpaRepository<SessionView, UUID>, Inserts<SessionView>, JpaSpecificationExecutor<SessionView> {

    Optional<SessionView> findBySessionIdAndMerchantId(UUID sessionId, UUID merchantId);

    Optional<SessionView> findBySessionIdAndDeviceId(UUID sessionId, UUID deviceId);

    Optional<SessionView> findFirstByDeviceIdAndStatusIn(UUID deviceId, Collection<SessionStatus> statuses);

}
