package co.kustom.ipp.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import co.kustom.ipp.support.Api;
import co.kustom.ipp.support.IntegrationTest;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

@IntegrationTest
class OpenApiDocumentTest {

    @LocalServerPort
    int port;

    @Test
    void describesEveryEndpointWithTheApiFieldNames() {
        JsonNode document = Api.at(port).get("/v3/api-docs").body();
        JsonNode paths = document.path("paths");

        assertThat(paths.path("/ipp/v1/sessions").has("post")).isTrue();
        assertThat(paths.path("/ipp/v1/sessions/{session_id}").has("get")).isTrue();
        assertThat(paths.path("/ipp/v1/sessions/{session_id}/cancel").has("put")).isTrue();
        assertThat(paths.path("/ipp/v1/locations").has("get")).isTrue();
        assertThat(paths.path("/ipp/v1/locations/{location_id}").has("get")).isTrue();
        assertThat(paths.path("/ipp/v1/devices").has("get")).isTrue();
        assertThat(paths.path("/ipp/v1/devices/{device_id}").has("get")).isTrue();
        assertThat(paths.path("/ipp/v1/dev/devices").has("post")).isTrue();
        assertThat(paths.path("/ipp/v1/locations").path("get").path("parameters").toString())
                .contains("page_number").contains("page_size");

        assertThat(paths.path("/ipp/v1/device/sessions/next").path("get").path("security").toString())
                .contains("deviceToken");
        assertThat(paths.path("/admin/v1/merchants").path("post").path("security").toString()).contains("operatorToken");
        assertThat(document.path("security").toString()).as("merchant endpoints take an API key").contains("apiKey");

        JsonNode session = document.path("components").path("schemas").path("SessionDto").path("properties");
        assertThat(session.has("session_id")).isTrue();
        assertThat(session.has("order_items")).isTrue();
        assertThat(session.has("merchant_reference1")).isTrue();
        assertThat(session.has("purchase_started_at")).isTrue();
        assertThat(document.path("components").path("schemas").path("CreateSessionRequest").path("properties")
                .has("order_tax_amount")).isTrue();
    }

    @Test
    void everyOperationHasAStableIdAndTheProblemBodyForItsErrors() {
        JsonNode document = Api.at(port).get("/v3/api-docs").body();
        JsonNode paths = document.path("paths");
        assertThat(paths.path("/ipp/v1/sessions").path("post").path("operationId").asText()).isEqualTo("createSession");
        assertThat(paths.path("/ipp/v1/sessions/{session_id}").path("get").path("operationId").asText())
                .isEqualTo("getSession");
        assertThat(paths.path("/ipp/v1/sessions/{session_id}/cancel").path("put").path("operationId").asText())
                .isEqualTo("cancelSession");
        List<String> operations = new ArrayList<>();
        paths.fields().forEachRemaining(path -> path.getValue().fields().forEachRemaining(operation -> {
            String id = operation.getValue().path("operationId").asText();
            operations.add(id);
            assertThat(id).as(operation.getKey() + " " + path.getKey()).matches("[a-z][A-Za-z0-9]*").doesNotContain("_");
            assertThat(operation.getValue().path("responses").path("400").path("content")
                    .path("application/problem+json").path("schema").path("$ref").asText())
                    .as(id).isEqualTo("#/components/schemas/Problem");
        }));
        assertThat(operations).doesNotHaveDuplicates().hasSizeGreaterThan(30);
        assertThat(document.path("components").path("schemas").fieldNames())
                .toIterable().noneMatch(name -> name.startsWith("SseEmitter"));

        SwaggerParseResult parsed = new OpenAPIV3Parser().readContents(Api.at(port).get("/v3/api-docs").raw());
        assertThat(parsed.getMessages()).as("the document is valid OpenAPI").isEmpty();
    }

    /** Every field of the public Sessions page (../shared/seed) has its documented type and format here. */
    @Test
    void theSessionsOperationsMatchThePublicDocumentation() throws Exception {
        JsonNode schemas = Api.at(port).get("/v3/api-docs").body().path("components").path("schemas");
        Map<String, JsonNode> ours = new HashMap<>();
        schemas.path("CreateSessionRequest").path("properties").fields()
                .forEachRemaining(field -> ours.put(field.getKey(), field.getValue()));
        schemas.path("SessionDto").path("properties").fields()
                .forEachRemaining(field -> ours.put(field.getKey(), field.getValue()));
        Pattern field = Pattern.compile("^([a-z][a-z0-9_]*)(string|integer|boolean|Array of objects)(?:\\(([^)]*)\\))?");
        int checked = 0;
        for (String line : Files.readAllLines(Path.of("../shared/seed/in-person-payments-api-sessions.txt"))) {
            Matcher documented = field.matcher(line);
            if (!documented.find()) {
                continue;
            }
            String name = documented.group(1);
            String type = documented.group(2);
            String format = documented.group(3);
            JsonNode property = ours.get(name);
            assertThat(property).as(name).isNotNull();
            checked++;
            switch (type) {
                case "Array of objects" -> assertThat(property.path("items").path("$ref").asText())
                        .as(name).isEqualTo("#/components/schemas/" + format);
                case "string" -> {
                    if (format != null && format.endsWith("Dto")) {
                        assertThat(property.path("$ref").asText()).as(name).isEqualTo("#/components/schemas/" + format);
                    } else {
                        assertThat(property.path("type").asText()).as(name).isEqualTo("string");
                        assertThat(property.path("format").asText("")).as(name).isEqualTo(format == null ? "" : format);
                    }
                }
                default -> {
                    assertThat(property.path("type").asText()).as(name).isEqualTo(type);
                    assertThat(property.path("format").asText("")).as(name).isEqualTo(format == null ? "" : format);
                }
            }
        }
        assertThat(checked).isGreaterThan(40);
        assertThat(schemas.has("LineItemDto")).isTrue();
        assertThat(schemas.path("SessionStatusDto").path("enum").toString())
                .contains("CREATED", "ACTIVE", "FINALIZED", "CANCELLED", "EXPIRED", "FAILED");
    }

    @Test
    void everyFieldHasADescriptionAndEveryValueFieldAnExample() {
        JsonNode schemas = Api.at(port).get("/v3/api-docs").body().path("components").path("schemas");
        List<String> undescribed = new ArrayList<>();
        schemas.fields().forEachRemaining(schema -> schema.getValue().path("properties").fields().forEachRemaining(field -> {
            JsonNode property = field.getValue();
            if (property.has("$ref")) {
                return;
            }
            String name = schema.getKey() + "." + field.getKey();
            if (property.path("description").asText("").isBlank()) {
                undescribed.add(name + " (description)");
            }
            boolean value = List.of("string", "integer", "number", "boolean").contains(property.path("type").asText());
            if (value && !property.has("example")) {
                undescribed.add(name + " (example)");
            }
        }));
        assertThat(undescribed).as("add them to src/main/resources/openapi/fields.yml").isEmpty();
    }

    /**
     * The document clients generate code from is committed ({@code src/test/resources/openapi/ipp-api.json}; the
     * build generates the Java client of {@code GeneratedClientApiTest} from it), so it must be the one served.
     * After a deliberate change of the API, copy {@code target/openapi/ipp-api.json} over it.
     */
    @Test
    void theCommittedDocumentIsTheOneServed() throws Exception {
        ObjectNode served = (ObjectNode) Api.at(port).get("/v3/api-docs").body();
        served.remove("servers");
        Path current = Path.of("target/openapi/ipp-api.json");
        Files.createDirectories(current.getParent());
        Files.writeString(current, served.toPrettyString() + "\n");
        JsonNode committed = new ObjectMapper().readTree(Path.of("src/test/resources/openapi/ipp-api.json").toFile());
        assertThat(served).as("the served document differs from the committed one: see " + current).isEqualTo(committed);
    }
}
