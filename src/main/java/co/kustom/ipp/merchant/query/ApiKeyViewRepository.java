package co.kustom.ipp.merchant.query;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import co.kustom.ipp.merchant.api.ApiKeyDto;
import co.kustom.ipp.platform.db.Columns;
import co.kustom.ipp.platform.db.SqlPage;
import co.kustom.ipp.platform.db.ViewRows;
import co.kustom.ipp.platform.web.PageQuery;
import co.kustom.ipp.platform.web.PageResult;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

@Component
class ApiKeyViewRepository {

    private final JdbcClient jdbc;

    ApiKeyViewRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(ApiKeyView view) {
        jdbc.sql("""
                        insert into api_key_view (api_key_id, merchant_id, key_hash, hint, label, created_at,
                                                  revoked_at)
                        values (:api_key_id, :merchant_id, :key_hash, :hint, :label, :created_at, :revoked_at)""")
                .param("api_key_id", view.apiKeyId())
                .param("merchant_id", view.merchantId())
                .param("key_hash", view.keyHash())
                .param("hint", view.hint())
                .param("label", view.label())
                .param("created_at", Columns.at(view.createdAt()))
                .param("revoked_at", Columns.at(view.revokedAt()))
                .update();
    }

    void revoke(UUID apiKeyId, Instant at) {
        int updated = jdbc.sql("update api_key_view set revoked_at = :revoked_at where api_key_id = :api_key_id")
                .param("revoked_at", Columns.at(at))
                .param("api_key_id", apiKeyId)
                .update();
        ViewRows.requireOne("API key view", apiKeyId, updated);
    }

    Optional<ApiKeyView> findActive(String keyHash) {
        return jdbc.sql("select * from api_key_view where key_hash = :key_hash and revoked_at is null")
                .param("key_hash", keyHash)
                .query((row, number) -> view(row))
                .optional();
    }

    Optional<ApiKeyView> find(UUID apiKeyId, UUID merchantId) {
        return jdbc.sql("select * from api_key_view where api_key_id = :api_key_id and merchant_id = :merchant_id")
                .param("api_key_id", apiKeyId)
                .param("merchant_id", merchantId)
                .query((row, number) -> view(row))
                .optional();
    }

    PageResult<ApiKeyDto> list(UUID merchantId, PageQuery page) {
        return SqlPage.from("api_key_view")
                .where("merchant_id = :merchant_id", "merchant_id", merchantId)
                .orderBy("created_at, api_key_id")
                .fetch(jdbc, page, (row, number) -> view(row).toDto());
    }

    private static ApiKeyView view(ResultSet row) throws SQLException {
        return new ApiKeyView(Columns.uuid(row, "api_key_id"), Columns.uuid(row, "merchant_id"),
                row.getString("key_hash"), row.getString("hint"), row.getString("label"),
                Columns.instant(row, "created_at"), Columns.instant(row, "revoked_at"));
    }
}
