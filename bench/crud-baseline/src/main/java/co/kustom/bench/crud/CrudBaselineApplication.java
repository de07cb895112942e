package co.kustom.bench.crud;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * What the payments service does on a session's create, cancel and GET, as plain Spring MVC and JDBC on the same
 * embedded PostgreSQL: the floor that bench/load-test.sh measures the event-sourced service against.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class CrudBaselineApplication {

    public static void main(String[] args) {
        SpringApplication.run(CrudBaselineApplication.class, args);
    }
}
