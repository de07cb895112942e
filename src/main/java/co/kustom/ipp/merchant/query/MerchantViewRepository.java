package co.kustom.ipp.merchant.query;

import java.util.UUID;

import co.kustom.ipp.merchant.api.MerchantDirectory;
import co.kustom.ipp.platform.db.Columns;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The {@code merchant_view} rows. */
@Component
class MerchantViewRepository implements MerchantDirectory {

    private final JdbcClient jdbc;

    MerchantViewRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(MerchantView view) {
        jdbc.sql("insert into merchant_view (merchant_id, name, created_at) values (:merchant_id, :name, :created_at)")
                .param("merchant_id", view.merchantId())
                .param("name", view.name())
                .param("created_at", Columns.at(view.createdAt()))
                .update();
    }

    @Override
    public long count() {
        return jdbc.sql("select count(*) from merchant_view").query((row, number) -> row.getLong(1)).single();
    }

    @Override
    public boolean exists(UUID merchantId) {
        return jdbc.sql("select exists (select 1 from merchant_view where merchant_id = :merchant_id)")
                .param("merchant_id", merchantId)
                .query((row, number) -> row.getBoolean(1))
                .single();
    }
}
