package co.kustom.ipp.platform.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MapSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import org.yaml.snakeyaml.Yaml;

/**
 * What every operation of the document shares, so that client generators produce usable code: an operation id
 * derived from its summary ({@code Create session} → {@code createSession}, stable across builds), the problem body
 * (application/problem+json) for every error status the operation can answer, and a description and an example
 * for every field, from one glossary ({@code openapi/fields.yml}).
 */
@Component
class OpenApiConventions implements OpenApiCustomizer {

    static final String PROBLEM = "Problem";
    private static final Map<String, String> ERRORS = new LinkedHashMap<>();

    static {
        ERRORS.put("400", "The request is malformed or breaks a rule; `errors` names each offending field.");
        ERRORS.put("401", "No valid credentials.");
        ERRORS.put("404", "Not found, or not the caller's.");
        ERRORS.put("409", "The request conflicts with the current state.");
        ERRORS.put("413", "The body is larger than the service accepts.");
        ERRORS.put("429", "Too many requests: wait for the seconds in Retry-After.");
        ERRORS.put("503", "The service cannot reach a part it needs: retry after the seconds in Retry-After.");
    }

    private final Map<String, Map<String, Object>> glossary;

    OpenApiConventions() {
        try (InputStream fields = new ClassPathResource("openapi/fields.yml").getInputStream()) {
            this.glossary = new Yaml().load(fields);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void customise(io.swagger.v3.oas.models.OpenAPI openApi) {
        openApi.getComponents().getSchemas().forEach(this::describeFields);
        openApi.getComponents().addSchemas(PROBLEM, problemSchema());
        openApi.getComponents().getSchemas().keySet().removeIf(name -> name.startsWith("SseEmitter"));
        Set<String> operationIds = new HashSet<>();
        openApi.getPaths().forEach((path, item) -> item.readOperationsMap().forEach((method, operation) -> {
            String id = operationId(operation, method.name(), path);
            if (!operationIds.add(id)) {
                throw new IllegalStateException("Two operations would share the id " + id + "; give one another summary");
            }
            operation.setOperationId(id);
            operation.getResponses().values().stream()
                    .filter(response -> response.getContent() != null)
                    .flatMap(response -> response.getContent().values().stream())
                    .filter(media -> media.getSchema() != null && media.getSchema().get$ref() != null
                            && media.getSchema().get$ref().contains("SseEmitter"))
                    .forEach(media -> media.setSchema(new StringSchema()
                            .description("Server-sent events: `event:` the event's name, `data:` its JSON")));
            ERRORS.forEach((status, description) -> {
                if (!operation.getResponses().containsKey(status)) {
                    operation.getResponses().addApiResponse(status, new ApiResponse().description(description)
                            .content(new Content().addMediaType("application/problem+json",
                                    new MediaType().schema(new Schema<>().$ref("#/components/schemas/" + PROBLEM)))));
                }
            });
        }));
    }

    @SuppressWarnings({"rawtypes", "unchecked"})
    private void describeFields(String schemaName, Schema schema) {
        Map<String, Schema> properties = schema.getProperties();
        if (properties == null) {
            return;
        }
        properties.forEach((name, property) -> {
            Map<String, Object> entry = glossary.getOrDefault(schemaName + "." + name, glossary.get(name));
            if (entry == null || property.get$ref() != null) {
                return;
            }
            if (property.getDescription() == null) {
                property.setDescription((String) entry.get("description"));
            }
            List<?> allowed = property.getEnum();
            if (property.getExample() == null && allowed != null && !allowed.isEmpty()) {
                property.setExample(allowed.contains(entry.get("example")) ? entry.get("example") : allowed.get(0));
            } else if (property.getExample() == null && entry.containsKey("example")) {
                property.setExample(entry.get("example"));
            }
        });
    }

    private static String operationId(Operation operation, String method, String path) {
        String summary = operation.getSummary() == null ? method + " " + path : operation.getSummary();
        StringBuilder id = new StringBuilder();
        for (String word : summary.split("[^A-Za-z0-9]+")) {
            if (word.isEmpty()) {
                continue;
            }
            id.append(id.isEmpty() ? word.toLowerCase(Locale.ROOT)
                    : Character.toUpperCase(word.charAt(0)) + word.substring(1).toLowerCase(Locale.ROOT));
        }
        return id.toString();
    }

    private static Schema<?> problemSchema() {
        return new ObjectSchema()
                .description("RFC 9457 problem details, with the service's error code and the offending fields")
                .addProperty("type", new StringSchema().description("A URI naming the problem type").example("about:blank"))
                .addProperty("title", new StringSchema().description("The HTTP status's phrase").example("Validation Failed"))
                .addProperty("status", new IntegerSchema().description("The HTTP status").example(400))
                .addProperty("detail", new StringSchema().description("What went wrong, for people")
                        .example("order_amount is required"))
                .addProperty("instance", new StringSchema().description("The path of the request")
                        .example("/ipp/v1/sessions"))
                .addProperty("error_code", new StringSchema().description("A stable code to branch on")
                        .example("VALIDATION_FAILED"))
                .addProperty("errors", new MapSchema().additionalProperties(new StringSchema())
                        .description("Each offending field and what is wrong with it"))
                .addProperty("correlation_id", new StringSchema()
                        .description("Quote it when reporting a problem; also the Correlation-Id header")
                        .example("5a7e2c91-0d3b-4f68-b2a4-9c1e8f7d6b05"));
    }
}
