# Multi-stage build of the service image: `docker build -t supply-risk-service .` needs nothing but Docker.
# DockerfileTest and PackagedImageIT check the promises made here.

## Build: Maven and JDK 17. The wrapper and pom come first, so the dependency layer is rebuilt only when
## they change, not on every source edit. quarkus:go-offline fetches what the Quarkus build needs, the
## extensions' build-time (deployment) artifacts included; with the plugins resolved too, the package step
## below downloads nothing.
FROM maven:3.9-eclipse-temurin-17 AS build
WORKDIR /build
COPY mvnw pom.xml ./
COPY .mvn .mvn
RUN ./mvnw -B -q dependency:resolve-plugins quarkus:go-offline
COPY src/main src/main
# The published contract is packaged into the application and served at /q/openapi; the example plans are
# served to the report page at /.
COPY openapi openapi
COPY examples examples
# Tests run in CI (./mvnw verify), not in the image build.
RUN ./mvnw -B -q package -Dmaven.test.skip=true

## Runtime: the JRE-only UBI image Quarkus generates for, run as the unprivileged user 185.
FROM registry.access.redhat.com/ubi9/openjdk-17-runtime:1.24
ENV LANGUAGE='en_US:en'

# The fast-jar layout in four layers, least often changed first: libraries, then the launcher, the
# application and the generated Quarkus classes.
COPY --from=build --chown=185 /build/target/quarkus-app/lib/ /deployments/lib/
COPY --from=build --chown=185 /build/target/quarkus-app/*.jar /deployments/
COPY --from=build --chown=185 /build/target/quarkus-app/app/ /deployments/app/
COPY --from=build --chown=185 /build/target/quarkus-app/quarkus/ /deployments/quarkus/

# 8080 is the API; 9000 the management interface (health probes, Prometheus metrics).
EXPOSE 8080 9000
USER 185
ENV JAVA_APP_JAR="/deployments/quarkus-run.jar"
# Class-data sharing: the classes the service loads at start-up, archived by this image's own JVM (an archive
# serves only the JVM build that wrote it) for the jar at the path run-java.sh starts; Quarkus stops the run
# before it opens a socket. It shortens launch to first answer (docs/performance.md).
RUN java -XX:ArchiveClassesAtExit=/deployments/app-cds.jsa -Dquarkus.appcds.generate=true -jar /deployments/quarkus-run.jar
# No heap size here: run-java.sh sizes the heap from the container's memory limit.
ENV JAVA_OPTS_APPEND="-XX:SharedArchiveFile=/deployments/app-cds.jsa -Dquarkus.http.host=0.0.0.0 -Djava.util.logging.manager=org.jboss.logmanager.LogManager"

ENTRYPOINT [ "/opt/jboss/container/java/run/run-java.sh" ]
