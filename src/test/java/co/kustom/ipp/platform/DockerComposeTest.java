package co.kustom.ipp.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * What can be checked of {@code docker-compose.yml} without a Docker engine: the stack's services, pinned images,
 * healthchecks and start order, both instances on Axon Server and the compose PostgreSQL, and every port on loopback.
 */
class DockerComposeTest {

    private static final List<String> APPS = List.of("app-1", "app-2");

    private static Map<String, Map<String, Object>> services;

    @BeforeAll
    @SuppressWarnings("unchecked")
    static void read() throws IOException {
        try (Reader reader = Files.newBufferedReader(Path.of("docker-compose.yml"))) {
            Map<String, Object> compose = new Yaml(new SafeConstructor(new LoaderOptions())).load(reader);
            services = (Map<String, Map<String, Object>>) compose.get("services");
        }
    }

    @Test
    void theWholeStack() {
        assertThat(services).containsOnlyKeys("postgres", "axonserver", "app-1", "app-2");
        for (String app : APPS) {
            assertThat(services.get(app).get("build")).as("%s is built from the repository's Dockerfile", app)
                    .isEqualTo(".");
        }
    }

    @Test
    void everyImageIsPinned() {
        services.forEach((name, service) -> {
            String image = (String) service.get("image");
            assertThat(image != null || service.containsKey("build")).as("%s has an image or a build", name).isTrue();
            if (image != null) {
                String lastPart = image.substring(image.lastIndexOf('/') + 1);
                assertThat(lastPart).as("%s names a tag", image).contains(":");
                assertThat(lastPart.substring(lastPart.indexOf(':') + 1)).as("%s's tag", image)
                        .isNotBlank().doesNotContainIgnoringCase("latest");
            }
        });
    }

    @Test
    void everyServiceHasAHealthcheck() {
        services.forEach((name, service) -> {
            Map<String, Object> healthcheck = map(service.get("healthcheck"));
            assertThat(healthcheck).as("%s's healthcheck", name).isNotNull().doesNotContainEntry("disable", true);
            assertThat(healthcheck.get("test")).as("%s's healthcheck test", name)
                    .isNotNull().isNotEqualTo(List.of("NONE"));
        });
    }

    @Test
    void bothInstancesStartOnAHealthyPostgresAndAxonServer() {
        for (String app : APPS) {
            Map<String, Object> dependsOn = map(services.get(app).get("depends_on"));
            assertThat(dependsOn).as("%s's depends_on", app).containsKeys("postgres", "axonserver");
            for (String dependency : List.of("postgres", "axonserver")) {
                assertThat(map(dependsOn.get(dependency))).as("%s waits for %s", app, dependency)
                        .containsEntry("condition", "service_healthy");
            }
        }
    }

    @Test
    void bothInstancesRunOnAxonServerAndTheComposePostgres() {
        Map<String, String> postgres = environment("postgres");
        for (String app : APPS) {
            Map<String, String> environment = environment(app);
            assertThat(environment.get("SPRING_PROFILES_ACTIVE")).as("%s's profiles", app).isNotNull();
            assertThat(environment.get("SPRING_PROFILES_ACTIVE").split("\\s*,\\s*")).contains("axonserver");
            assertThat(environment).as(app)
                    .containsEntry("AXON_AXONSERVER_SERVERS", "axonserver:8124")
                    .containsEntry("SPRING_DATASOURCE_URL",
                            "jdbc:postgresql://postgres:5432/" + postgres.get("POSTGRES_DB"))
                    .containsEntry("SPRING_DATASOURCE_USERNAME", postgres.get("POSTGRES_USER"))
                    .containsEntry("SPRING_DATASOURCE_PASSWORD", postgres.get("POSTGRES_PASSWORD"));
        }
    }

    @Test
    void everyPortIsOnLoopbackAndTheInstancesOnPortsOfTheirOwn() {
        services.forEach((name, service) -> {
            for (Object port : (List<?>) service.getOrDefault("ports", List.of())) {
                assertThat(hostIp(port)).as("%s publishes %s", name, port).isEqualTo("127.0.0.1");
            }
        });
        List<String> appPorts = new ArrayList<>();
        for (String app : APPS) {
            List<?> ports = (List<?>) services.get(app).get("ports");
            assertThat(ports).as("%s's ports", app).hasSize(1);
            appPorts.add(hostPort(ports.get(0)));
        }
        assertThat(appPorts).doesNotHaveDuplicates();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object yaml) {
        return (Map<String, Object>) yaml;
    }

    /** A service's environment, from either of compose's forms (a map, or a list of {@code NAME=value}). */
    private static Map<String, String> environment(String service) {
        Object environment = services.get(service).get("environment");
        Map<String, String> variables = new LinkedHashMap<>();
        if (environment instanceof Map<?, ?> map) {
            map.forEach((name, value) -> variables.put(String.valueOf(name), String.valueOf(value)));
        } else if (environment instanceof List<?> list) {
            for (Object entry : list) {
                String[] parts = String.valueOf(entry).split("=", 2);
                variables.put(parts[0], parts.length > 1 ? parts[1] : "");
            }
        }
        return variables;
    }

    /** The host address of a published port: {@code ip:host:container}, or the long form's {@code host_ip}. */
    private static String hostIp(Object port) {
        if (port instanceof Map<?, ?> map) {
            return String.valueOf(map.get("host_ip"));
        }
        String[] parts = String.valueOf(port).split(":");
        return parts.length == 3 ? parts[0] : "(all interfaces)";
    }

    private static String hostPort(Object port) {
        if (port instanceof Map<?, ?> map) {
            return String.valueOf(map.get("published"));
        }
        String[] parts = String.valueOf(port).split(":");
        return parts[parts.length - 2];
    }
}
