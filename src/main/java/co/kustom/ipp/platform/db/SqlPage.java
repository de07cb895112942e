package co.kustom.ipp.platform.db;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import co.kustom.ipp.platform.web.PageQuery;
import co.kustom.ipp.platform.web.PageResult;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * One page of a table's rows in SQL: the filters a list query sets ({@code where} conditions with named
 * parameters), its order, and the page it asks for; the rows of the page and the count of all that match.
 * <pre>{@code
 * SqlPage.from("session_view").where("merchant_id = :merchant", "merchant", merchantId)
 *        .orderBy("created_at desc, session_id desc").fetch(jdbc, page, mapper)
 * }</pre>
 */
public final class SqlPage {

    private final String table;
    private final List<String> conditions = new ArrayList<>();
    private final Map<String, Object> parameters = new LinkedHashMap<>();
    private String order;

    private SqlPage(String table) {
        this.table = table;
    }

    public static SqlPage from(String table) {
        return new SqlPage(table);
    }

    /** A condition with its named parameter. */
    public SqlPage where(String condition, String parameter, Object value) {
        conditions.add(condition);
        parameters.put(parameter, value);
        return this;
    }

    /** A condition and its parameter only when the value is set (a filter the query left out matches every row). */
    public SqlPage whereSet(String condition, String parameter, Object value) {
        return value == null ? this : where(condition, parameter, value);
    }

    /** The order of the rows; it must end with a unique column, so that pages never overlap. */
    public SqlPage orderBy(String order) {
        this.order = order;
        return this;
    }

    public <T> PageResult<T> fetch(JdbcClient jdbc, PageQuery page, RowMapper<T> mapper) {
        if (order == null) {
            throw new IllegalStateException("A page of " + table + " needs an order");
        }
        String where = conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions);
        List<T> rows = jdbc.sql("select * from " + table + where + " order by " + order
                        + " limit :page_limit offset :page_offset")
                .params(parameters)
                .param("page_limit", page.pageSize())
                .param("page_offset", page.offset())
                .query(mapper)
                .list();
        long total = rows.size() < page.pageSize() && (!rows.isEmpty() || page.offset() == 0)
                ? page.offset() + rows.size()
                : jdbc.sql("select count(*) from " + table + where).params(parameters).query(Long.class).single();
        return PageResult.of(rows, total, page);
    }
}
