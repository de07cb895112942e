# The service as a container image, from the jar `./mvnw package` builds (Spring Boot's layered jar: dependencies,
# which rarely change, in layers of their own). The same image runs on PostgreSQL alone or with the axonserver profile:
#   ./mvnw -DskipTests package && docker build -t kustom-ipp .
#   docker compose up            # two instances beside PostgreSQL and Axon Server (docker-compose.yml)
FROM eclipse-temurin:17-jre AS layers
WORKDIR /build
COPY target/ipp-*.jar app.jar
RUN java -Djarmode=tools -jar app.jar extract --layers --destination extracted

FROM eclipse-temurin:17-jre
RUN useradd --system --create-home --home-dir /var/lib/ipp ipp
WORKDIR /app
COPY --from=layers /build/extracted/dependencies/ ./
COPY --from=layers /build/extracted/snapshot-dependencies/ ./
COPY --from=layers /build/extracted/application/ ./
# A class data sharing archive from a training start (on a throw-away embedded database) cuts start-up by about a
# third; the embedded PostgreSQL refuses to run as root, so the training runs as the service's user.
RUN chown ipp /app
USER ipp
RUN java -XX:+UseSerialGC -XX:ArchiveClassesAtExit=ipp.jsa -Dspring.context.exit=onRefresh -jar ipp-*.jar \
        --ipp.data-dir=/tmp/training --server.port=0 \
    && rm -rf /tmp/training
# Fits a 512 MB container: heap at most 256 MB, bounded metaspace, code cache and thread stacks; the serial collector
# suits the one or two CPUs such a container gets.
ENV JAVA_TOOL_OPTIONS="-XX:MaxRAMPercentage=50 -XX:MaxMetaspaceSize=128m -XX:ReservedCodeCacheSize=48m -Xss512k -XX:+UseSerialGC -XX:+ExitOnOutOfMemoryError -XX:SharedArchiveFile=ipp.jsa" \
    SERVER_ADDRESS=0.0.0.0 \
    IPP_DATA_DIR=/var/lib/ipp/data
EXPOSE 8080
ENTRYPOINT ["sh", "-c", "exec java -jar ipp-*.jar"]
