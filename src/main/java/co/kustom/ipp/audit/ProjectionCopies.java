package co.kustom.ipp.audit;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import co.kustom.ipp.platform.axon.BufferedWrites;
import co.kustom.ipp.platform.axon.ProjectionTables;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.AnnotationEventHandlerAdapter;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.ReplayToken;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The copies of a processor's view tables that a rebuild fills, in a schema of their own per processor
 * ({@code ipp_replay_<processor>}). While a processor is rebuilding, its replayed events go to the copies only
 * ({@code SET LOCAL search_path} points the unchanged projection code there), and each live event goes to the views
 * and then, through the projections alone, to the copies too: the views stay current and keep answering, and the
 * copies end with every event. The schema's existence is the durable mark of a rebuild under way.
 */
@Component
class ProjectionCopies {

    private static final String SCHEMA_PREFIX = "ipp_replay_";
    private static final String SEARCH_PATH = "ipp.replay.search_path";

    private final ApplicationContext context;
    private final JdbcTemplate jdbc;
    private final ObjectProvider<BufferedWrites> bufferedWrites;
    private final Set<String> rebuilding = ConcurrentHashMap.newKeySet();
    private final Map<String, List<AnnotationEventHandlerAdapter>> projectionHandlers = new ConcurrentHashMap<>();
    private volatile Map<String, List<Projection>> projections;

    ProjectionCopies(ApplicationContext context, JdbcTemplate jdbc, ObjectProvider<BufferedWrites> bufferedWrites) {
        this.context = context;
        this.jdbc = jdbc;
        this.bufferedWrites = bufferedWrites;
    }

    /** Registers {@link #routing} on every processor. */
    @Bean
    static ConfigurerModule replayIntoCopies(ObjectProvider<ProjectionCopies> copies) {
        return configurer -> configurer.eventProcessing().registerDefaultHandlerInterceptor(
                (config, processorName) -> copies.getObject().routing(processorName));
    }

    MessageHandlerInterceptor<EventMessage<?>> routing(String processorName) {
        String copiesFirst = schema(processorName) + ", public";
        return (unitOfWork, chain) -> {
            EventMessage<?> event = unitOfWork.getMessage();
            if (ReplayToken.isReplay(event)) {
                rebuilding.add(processorName);
                searchPath(unitOfWork, copiesFirst);
                return chain.proceed();
            }
            if (!rebuilding.contains(processorName)) {
                return chain.proceed();
            }
            searchPath(unitOfWork, "default");
            Object result = chain.proceed();
            flush();
            searchPath(unitOfWork, copiesFirst);
            for (AnnotationEventHandlerAdapter projection : projectionHandlers(processorName)) {
                if (projection.canHandle(event)) {
                    projection.handle(event);
                }
            }
            flush();
            searchPath(unitOfWork, "default");
            return result;
        };
    }

    private void searchPath(UnitOfWork<?> unitOfWork, String path) {
        if (!path.equals(unitOfWork.root().resources().get(SEARCH_PATH))) {
            flush();
            jdbc.execute("set local search_path to " + path);
            unitOfWork.root().resources().put(SEARCH_PATH, path);
        }
    }

    /** Writes what the projections have pending to the tables the search path now points at. */
    private void flush() {
        bufferedWrites.orderedStream().forEach(BufferedWrites::flush);
    }

    Set<String> rebuilding() {
        return rebuilding;
    }

    /** Marks the processors whose copies a previous run left (a rebuild it did not finish). */
    void resumeUnfinished(Set<String> processorNames) {
        List<String> schemas = jdbc.queryForList(
                "select nspname from pg_namespace where nspname like '" + SCHEMA_PREFIX + "%'", String.class);
        processorNames.stream().filter(name -> schemas.contains(schema(name))).forEach(rebuilding::add);
    }

    /** Empty copies of the tables; in the caller's transaction, the one that resets the processor's tokens. */
    void create(String processorName, List<String> tables) {
        String schema = schema(processorName);
        jdbc.execute("drop schema if exists " + schema + " cascade");
        jdbc.execute("create schema " + schema);
        for (String table : tables) {
            jdbc.execute("create table " + schema + "." + table + " (like public." + table + " including all)");
        }
    }

    void markRebuilding(String processorName) {
        rebuilding.add(processorName);
    }

    /** Replaces the views' rows with the copies' (in the caller's transaction; readers wait for the moment it takes). */
    void swap(String processorName, List<String> tables) {
        String schema = schema(processorName);
        for (String table : tables) {
            jdbc.execute("lock table public." + table + " in access exclusive mode");
            jdbc.execute("truncate public." + table);
            jdbc.execute("insert into public." + table + " select * from " + schema + "." + table);
        }
        jdbc.execute("drop schema " + schema + " cascade");
    }

    void swapped(String processorName) {
        rebuilding.remove(processorName);
    }

    /** The tables the projections of each processing group declare. */
    Map<String, List<String>> tablesByProcessingGroup() {
        Map<String, List<String>> tables = new LinkedHashMap<>();
        projections().forEach((group, projections) -> tables.put(group,
                projections.stream().flatMap(projection -> projection.tables().stream()).toList()));
        return tables;
    }

    private List<AnnotationEventHandlerAdapter> projectionHandlers(String processorName) {
        return projectionHandlers.computeIfAbsent(processorName, name -> projections().getOrDefault(name, List.of())
                .stream().map(projection -> new AnnotationEventHandlerAdapter(projection.bean())).toList());
    }

    private record Projection(Object bean, List<String> tables) {
    }

    /** Each processing group's projections; the beans are fixed once the context is up, so they are found once. */
    private Map<String, List<Projection>> projections() {
        Map<String, List<Projection>> found = projections;
        if (found == null) {
            found = findProjections();
            projections = found;
        }
        return found;
    }

    private Map<String, List<Projection>> findProjections() {
        Map<String, List<Projection>> projections = new LinkedHashMap<>();
        for (String name : context.getBeanNamesForAnnotation(ProjectionTables.class)) {
            ProcessingGroup group = context.findAnnotationOnBean(name, ProcessingGroup.class);
            if (group == null) {
                throw new IllegalStateException("The projection " + name + " declares its tables but no processing group");
            }
            List<String> tables = List.of(context.findAnnotationOnBean(name, ProjectionTables.class).value());
            projections.computeIfAbsent(group.value(), key -> new ArrayList<>())
                    .add(new Projection(context.getBean(name), tables));
        }
        return projections;
    }

    static String schema(String processorName) {
        return SCHEMA_PREFIX + processorName.toLowerCase().replaceAll("[^a-z0-9]", "_");
    }
}
