package co.kustom.ipp.location;

import java.util.UUID;

import co.kustom.ipp.location.api.LocationOccupancy;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** {@link LocationOccupancy} in the {@code location_occupancy} table, written in the calling command's transaction. */
@Component
@Transactional(propagation = Propagation.MANDATORY)
class JdbcLocationOccupancy implements LocationOccupancy {

    private final JdbcTemplate jdbc;

    JdbcLocationOccupancy(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void open(UUID merchantId, UUID locationId) {
        jdbc.update("insert into location_occupancy (location_id, merchant_id) values (?, ?)", locationId, merchantId);
    }

    @Override
    public boolean place(UUID merchantId, UUID locationId) {
        return jdbc.update("""
                update location_occupancy set devices = devices + 1
                where location_id = ? and merchant_id = ? and not deleted""", locationId, merchantId) == 1;
    }

    @Override
    public void leave(UUID locationId) {
        jdbc.update("update location_occupancy set devices = devices - 1 where location_id = ? and devices > 0",
                locationId);
    }

    @Override
    public boolean retire(UUID locationId) {
        return jdbc.update("update location_occupancy set deleted = true where location_id = ? and devices = 0",
                locationId) == 1;
    }
}
