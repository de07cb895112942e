package co.kustom.ipp.platform.db;

import java.util.UUID;

import com.zaxxer.hikari.HikariDataSource;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.stereotype.Component;

/**
 * This service instance's name, unique to it: its processors claim segments under it, and each of its connections to
 * PostgreSQL carries it as {@code application_name}, so the instances sharing a database can be counted there (an
 * instance that stops or dies loses its connections).
 */
@Component
public class InstanceName implements BeanPostProcessor {

    /** What every instance's name starts with (PostgreSQL keeps 63 characters of an application name). */
    public static final String PREFIX = "ipp/";

    private final String name = PREFIX + UUID.randomUUID();

    public String value() {
        return name;
    }

    @Override
    public Object postProcessBeforeInitialization(Object bean, String beanName) {
        if (bean instanceof HikariDataSource pool) {
            pool.addDataSourceProperty("ApplicationName", name);
        }
        return bean;
    }
}
