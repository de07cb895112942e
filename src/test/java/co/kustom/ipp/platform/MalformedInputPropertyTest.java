package co.kustom.ipp.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import co.kustom.ipp.IppApplication;
import co.kustom.ipp.support.Api;
import co.kustom.ipp.support.ApiResponse;
import co.kustom.ipp.support.PairedDevice;
import co.kustom.ipp.support.Sessions;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Generated hostile input over every endpoint and field: wrong types, NUL characters, out-of-range timestamps and
 * numbers, stray whitespace, duplicate keys, broken JSON, wildcard media types, bad UUIDs, overflowing pages. Whatever
 * is sent, the answer is never a 5xx; every refusal is a problem body with a correlation id; and a refused request
 * changes nothing (no event is stored).
 */
class MalformedInputPropertyTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static ConfigurableApplicationContext service;
    private static Api merchant;
    private static Api device;
    private static JdbcTemplate jdbc;
    private static Map<String, String> ids;

    /** One operation of the API: its method, path (with {placeholders}), a valid body and its query parameters. */
    record Endpoint(String method, String path, String body, List<String> query, boolean asDevice) {
    }

    /** A request: an endpoint and what is done to it. */
    record Case(Endpoint endpoint, Mutation mutation, String field, String value) {
    }

    enum Mutation { BODY_FIELD, BODY_DUPLICATE_KEY, BODY_REMOVE_FIELD, BODY_RAW, QUERY, PATH, CONTENT_TYPE, ACCEPT, HEADER }

    private static final List<Endpoint> ENDPOINTS = List.of(
            new Endpoint("POST", "/ipp/v1/sessions", """
                    {"device_id": "{device}", "order_amount": 240000, "purchase_currency": "SEK",
                     "purchase_started_at": "2024-01-15T10:30:00Z", "order_tax_amount": 48000,
                     "merchant_reference1": "ORDER-1", "merchant_reference2": "R2", "merchant_data": "{}",
                     "order_items": [{"type": "physical", "reference": "SKU-001", "name": "T-Shirt", "quantity": 2,
                       "quantity_unit": "pcs", "unit_price": 120000, "total_amount": 240000, "tax_rate": 2500,
                       "total_discount_amount": 0, "total_tax_amount": 48000}]}""", List.of("location_id"), false),
            new Endpoint("GET", "/ipp/v1/sessions", null, List.of("status", "device_id", "location_id",
                    "merchant_reference1", "payment_method", "created_from", "created_to", "page_number", "page_size"),
                    false),
            new Endpoint("GET", "/ipp/v1/sessions/{session}", null, List.of(), false),
            new Endpoint("PUT", "/ipp/v1/sessions/{session}/cancel", null, List.of(), false),
            new Endpoint("GET", "/ipp/v1/sessions/{session}/events", null, List.of(), false),
            new Endpoint("GET", "/ipp/v1/reports/reconciliation", null, List.of("from", "to", "group_by",
                    "location_id"), false),
            new Endpoint("POST", "/ipp/v1/enrollments", """
                    {"location_id": "{location}", "metadata": {"till": "2"}, "expires_in": 600000}""",
                    List.of(), false),
            new Endpoint("POST", "/ipp/v1/enrollments", """
                    {"ttl": "TWENTY_FOUR_HOURS"}""", List.of(), false),
            new Endpoint("GET", "/ipp/v1/enrollments", null, List.of("location_id", "metadata", "include_consumed",
                    "page_number", "page_size"), false),
            new Endpoint("GET", "/ipp/v1/enrollments/{enrollment}", null, List.of(), false),
            new Endpoint("DELETE", "/ipp/v1/enrollments/{enrollment}", null, List.of(), false),
            new Endpoint("POST", "/ipp/v1/devices/register", """
                    {"enrollment_code": "ABCDEFGH", "hardware_id": "hw-1", "platform": "ANDROID", "name": "Till"}""",
                    List.of(), false),
            new Endpoint("GET", "/ipp/v1/devices", null, List.of("location_id", "metadata", "page_number",
                    "page_size"), false),
            new Endpoint("GET", "/ipp/v1/devices/{device}", null, List.of(), false),
            new Endpoint("PUT", "/ipp/v1/devices/{device}", """
                    {"name": "Till 1", "metadata": {"k": "v"}, "location_id": "{location}"}""", List.of(), false),
            new Endpoint("GET", "/ipp/v1/locations", null, List.of("page_number", "page_size"), false),
            new Endpoint("GET", "/ipp/v1/locations/{location}", null, List.of(), false),
            new Endpoint("POST", "/ipp/v1/dev/devices", """
                    {"name": "Sim", "location_id": "{location}", "metadata": {"lane": "1"}}""", List.of(), false),
            new Endpoint("POST", "/ipp/v1/dev/sessions/{session}/simulate-tap", null, List.of("outcome"), false),
            new Endpoint("POST", "/ipp/v1/dev/sessions/{session}/simulate-scan", null, List.of("method", "outcome"),
                    false),
            new Endpoint("PUT", "/portal/v1/callback-endpoint", """
                    {"url": "https://pos.example.com/hooks"}""", List.of(), false),
            new Endpoint("POST", "/portal/v1/api-keys", """
                    {"label": "reconciliation"}""", List.of(), false),
            new Endpoint("POST", "/portal/v1/locations", """
                    {"name": "Shop", "street_address": "Gatan 1", "street_address2": null, "postal_code": "111 22",
                     "city": "Stockholm", "country": "SE"}""", List.of(), false),
            new Endpoint("PUT", "/portal/v1/locations/{location}", """
                    {"name": "Shop", "street_address": "Gatan 1", "postal_code": "111 22", "city": "Stockholm",
                     "country": "SE"}""", List.of(), false),
            new Endpoint("GET", "/portal/v1/callback-deliveries", null, List.of("status", "session_id",
                    "destination_id", "page_number", "page_size"), false),
            new Endpoint("POST", "/portal/v1/webhook-destinations", """
                    {"name": "Orders", "url": "https://pos.example.com/orders", "events": ["ipp.session.expired"]}""",
                    List.of(), false),
            new Endpoint("PUT", "/portal/v1/webhook-destinations/{destination}", """
                    {"name": "Orders", "url": "https://pos.example.com/orders", "events": ["ipp.session.expired"]}""",
                    List.of(), false),
            new Endpoint("GET", "/portal/v1/webhook-destinations/{destination}", null, List.of(), false),
            new Endpoint("GET", "/ipp/v1/device/sessions/next", null, List.of("wait_seconds"), true),
            new Endpoint("POST", "/ipp/v1/device/sessions/{session}/activate", """
                    {"payment_method": "CARD"}""", List.of(), true),
            new Endpoint("POST", "/ipp/v1/device/sessions/{session}/complete", """
                    {"payment_reference": "psp-1"}""", List.of(), true),
            new Endpoint("POST", "/ipp/v1/device/sessions/{session}/fail", """
                    {"failure_reason": "DECLINED_GENERIC"}""", List.of(), true));

    private static final List<Object> HOSTILE_VALUES = List.of(
            "", " ", "a\u0000b", "\u0000", " CARD", "CARD ", "physical ", "card", 3620, "1705314600",
            "+300000-01-01T00:00:00Z", "-999999-01-01T00:00:00Z", "2024-13-45T99:99:99Z", "2024-01-15", "not-a-uuid",
            "00000000-0000-0000-0000-00000000000g", UUID.randomUUID().toString(), -1, 0, 2147483648L,
            9223372036854775807L, "9223372036854775808", 1.5, -0.0, 1e308, true, false, List.of(), List.of(1, "x"),
            Map.of(), Map.of("a", Map.of("b", List.of())), "x".repeat(10_000), "\uD83D\uDE00\u202E", "${jndi:x}",
            "<script>", "' or 1=1 --");

    private static final List<String> HOSTILE_TEXT = List.of(
            "", " ", "%00", "a%00b", "%20CREATED", "CREATED%20", "-1", "2147483647", "9999999999999999999", "1.5",
            "x", "not-a-uuid", "+300000-01-01T00:00:00Z", "3620", "1705314600", "2024-01-15", "true", "%E2%82",
            "%C0%AF", "k:v", "k", ":", "k:v&metadata=k:w", "a".repeat(3000), "%0A", "%0D%0Aset-cookie:%20x=1");

    private static final List<String> CONTENT_TYPES = List.of("*/*", "application/*", "text/plain", "application/xml",
            "application/json; charset=bogus", "application/x-www-form-urlencoded", "multipart/form-data",
            "garbage", "application/json;;", "");

    private static final List<String> ACCEPTS = List.of("application/xml", "text/html", "image/png", "garbage/",
            "*/*;q=abc", "text/csv", "application/json;q=0");

    @BeforeContainer
    static void startService() {
        service = new SpringApplicationBuilder(IppApplication.class).run("--server.port=0",
                "--ipp.data-dir=" + Path.of("target/test-data/malformed-" + UUID.randomUUID()),
                "--ipp.demo-api-key=kco_test_api_malformed_input_test_00", "--logging.level.ipp.access=warn");
        int port = Integer.parseInt(service.getEnvironment().getProperty("local.server.port"));
        merchant = Api.at(port).as("kco_test_api_malformed_input_test_00");
        jdbc = service.getBean(JdbcTemplate.class);
        PairedDevice phone = PairedDevice.pair(merchant, Api.at(port));
        device = phone.app();
        UUID till = Sessions.simulatedDevice(merchant);
        ids = Map.of(
                "device", till.toString(),
                "location", merchant.get("/ipp/v1/locations").body().path("content").get(0).path("id").asText(),
                "session", merchant.post("/ipp/v1/sessions", Sessions.seedBody(phone.deviceId())).text("session_id"),
                "enrollment", merchant.post("/ipp/v1/enrollments", "{}").text("enrollment_id"),
                "destination", merchant.post("/portal/v1/webhook-destinations", """
                        {"name": "Expiries", "url": "https://pos.example.com/expiries",
                         "events": ["ipp.session.expired"]}""").text("id"));
    }

    @AfterContainer
    static void stopService() {
        if (service != null) {
            service.close();
        }
    }

    @Property(tries = 1200, seed = "20261125")
    void hostileInputIsRefusedCleanlyAndChangesNothing(@ForAll("cases") Case input) throws Exception {
        long eventsBefore = events();
        ApiResponse response = send(input);

        assertThat(response.status()).as("%s -> %s", input, response.raw()).isLessThan(500);
        if (response.status() >= 400) {
            assertThat(response.contentType()).as("%s -> %s", input, response.raw())
                    .startsWith("application/problem+json");
            assertThat(response.text("correlation_id")).as("%s -> %s", input, response.raw())
                    .isNotBlank()
                    .isEqualTo(response.headers().firstValue("Correlation-Id").orElse(null));
            assertThat(events()).as("a refused request changed something: %s -> %s", input, response.raw())
                    .isEqualTo(eventsBefore);
        }
    }

    @Provide
    Arbitrary<Case> cases() {
        Arbitrary<Endpoint> endpoints = Arbitraries.of(ENDPOINTS);
        return endpoints.flatMap(endpoint -> {
            List<Arbitrary<Case>> choices = new ArrayList<>();
            List<String> fields = endpoint.body() == null ? List.of() : fieldPaths(endpoint.body());
            if (!fields.isEmpty()) {
                Arbitrary<String> field = Arbitraries.of(fields);
                choices.add(Combinators.combine(field, Arbitraries.of(HOSTILE_VALUES))
                        .as((f, v) -> new Case(endpoint, Mutation.BODY_FIELD, f, json(v))));
                choices.add(field.map(f -> new Case(endpoint, Mutation.BODY_DUPLICATE_KEY, f, null)));
                choices.add(field.map(f -> new Case(endpoint, Mutation.BODY_REMOVE_FIELD, f, null)));
                choices.add(Arbitraries.of("{", "[]", "null", "42", "\"x\"", "{\"a\":}", "{} {}", "not json", "",
                        "{\"device_id\": \"\\u0000\"}", "[".repeat(5000))
                        .map(raw -> new Case(endpoint, Mutation.BODY_RAW, null, raw)));
                choices.add(Arbitraries.of(CONTENT_TYPES).map(type -> new Case(endpoint, Mutation.CONTENT_TYPE, null, type)));
            }
            if (!endpoint.query().isEmpty()) {
                choices.add(Combinators.combine(Arbitraries.of(endpoint.query()), Arbitraries.of(HOSTILE_TEXT))
                        .as((q, v) -> new Case(endpoint, Mutation.QUERY, q, v)));
            }
            if (endpoint.path().contains("{")) {
                choices.add(Arbitraries.of(HOSTILE_TEXT).map(v -> new Case(endpoint, Mutation.PATH, null, v)));
            }
            choices.add(Arbitraries.of(ACCEPTS).map(accept -> new Case(endpoint, Mutation.ACCEPT, null, accept)));
            choices.add(Combinators.combine(Arbitraries.of("x-merchant-id", "Idempotency-Key", "Correlation-Id",
                            "Authorization"), Arbitraries.of("not-a-uuid", " ", "a b", "x".repeat(300), "Basic ",
                            "Bearer x", "Basic a2NvX3Rlc3Q6"))
                    .as((header, value) -> new Case(endpoint, Mutation.HEADER, header, value)));
            return Arbitraries.oneOf(choices);
        });
    }

    private static ApiResponse send(Case input) throws Exception {
        Endpoint endpoint = input.endpoint();
        Api api = endpoint.asDevice() ? device : merchant;
        String path = fill(endpoint.path());
        String body = endpoint.body() == null ? null : fill(endpoint.body());
        switch (input.mutation()) {
            case BODY_FIELD -> body = withField(body, input.field(), input.value());
            case BODY_DUPLICATE_KEY -> body = withDuplicate(body, input.field());
            case BODY_REMOVE_FIELD -> body = withoutField(body, input.field());
            case BODY_RAW -> body = input.value();
            case QUERY -> path += "?" + input.field() + "=" + encodeSafely(input.value());
            case PATH -> path = path.replaceFirst("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}",
                    encodeSafely(input.value()).isEmpty() ? "%20" : encodeSafely(input.value()));
            case CONTENT_TYPE -> api = api.withHeader("Content-Type", input.value());
            case ACCEPT -> api = api.withHeader("Accept", input.value());
            case HEADER -> api = api.withHeader(input.field(), input.value());
            default -> throw new IllegalStateException();
        }
        if (body == null && input.mutation() == Mutation.CONTENT_TYPE) {
            body = "";
        }
        return api.send(endpoint.method(), path, body);
    }

    /** Query and path text as a client would send it: percent-escapes kept, everything else encoded. */
    private static String encodeSafely(String value) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '%' || c == '&' || c == '=' || Character.isLetterOrDigit(c) || "-._~:+".indexOf(c) >= 0) {
                out.append(c);
            } else {
                out.append(URLEncoder.encode(String.valueOf(c), StandardCharsets.UTF_8));
            }
        }
        return out.toString();
    }

    private static String fill(String template) {
        String filled = template;
        for (Map.Entry<String, String> id : ids.entrySet()) {
            filled = filled.replace("{" + id.getKey() + "}", id.getValue());
        }
        return filled;
    }

    private static long events() {
        return jdbc.queryForObject("select count(*) from domain_event_entry", Long.class);
    }

    private static List<String> fieldPaths(String body) {
        List<String> paths = new ArrayList<>();
        collect(read(body), "", paths);
        return paths;
    }

    private static void collect(JsonNode node, String prefix, List<String> paths) {
        if (node.isObject()) {
            node.fieldNames().forEachRemaining(name -> {
                String path = prefix.isEmpty() ? name : prefix + "." + name;
                paths.add(path);
                collect(node.get(name), path, paths);
            });
        } else if (node.isArray() && !node.isEmpty()) {
            collect(node.get(0), prefix + ".0", paths);
        }
    }

    private static String withField(String body, String path, String valueJson) {
        ObjectNode root = (ObjectNode) read(body);
        parentOf(root, path).set(last(path), read(valueJson));
        return root.toString();
    }

    private static String withoutField(String body, String path) {
        ObjectNode root = (ObjectNode) read(body);
        parentOf(root, path).remove(last(path));
        return root.toString();
    }

    /** The key given twice in its object: first with another value, then as it was. */
    private static String withDuplicate(String body, String path) {
        String compact = read(body).toString();
        String key = JSON.valueToTree(last(path)).toString() + ":";
        int at = compact.indexOf(key);
        return compact.substring(0, at) + key + "\"dup\"," + compact.substring(at);
    }

    private static ObjectNode parentOf(ObjectNode root, String path) {
        JsonNode node = root;
        String[] parts = path.split("\\.");
        for (int i = 0; i < parts.length - 1; i++) {
            node = node.isArray() ? node.get(Integer.parseInt(parts[i])) : node.get(parts[i]);
        }
        return (ObjectNode) node;
    }

    private static String last(String path) {
        return path.substring(path.lastIndexOf('.') + 1);
    }

    private static JsonNode read(String json) {
        try {
            return JSON.readTree(json);
        } catch (Exception e) {
            throw new IllegalStateException(json, e);
        }
    }

    private static String json(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
