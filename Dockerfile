# The service as a container image, from the jar `./mvnw package` builds (Spring Boot's layered jar: dependencies,
# which rarely change, in layers of their own):
#   ./mvnw -DskipTests package && docker build -t kustom-ipp .
#   docker compose up app        # beside the compose PostgreSQL
FROM eclipse-temurin:17-jre AS layers
WORKDIR /build
COPY target/ipp-*.jar app.jar
RUN java -Djarmode=tools -jar app.jar extract --layers --launcher --destination extracted

FROM eclipse-temurin:17-jre
RUN useradd --system --create-home --home-dir /var/lib/ipp ipp
WORKDIR /app
COPY --from=layers /build/extracted/dependencies/ ./
COPY --from=layers /build/extracted/spring-boot-loader/ ./
COPY --from=layers /build/extracted/snapshot-dependencies/ ./
COPY --from=layers /build/extracted/application/ ./
# Fits a 512 MB container: heap at most 256 MB, bounded metaspace, code cache and thread stacks; the serial collector
# suits the one or two CPUs such a container gets.
ENV JAVA_TOOL_OPTIONS="-XX:MaxRAMPercentage=50 -XX:MaxMetaspaceSize=128m -XX:ReservedCodeCacheSize=48m -Xss512k -XX:+UseSerialGC -XX:+ExitOnOutOfMemoryError" \
    SERVER_ADDRESS=0.0.0.0 \
    IPP_DATA_DIR=/var/lib/ipp/data
USER ipp
EXPOSE 8080
ENTRYPOINT ["java", "org.springframework.boot.loader.launch.JarLauncher"]
