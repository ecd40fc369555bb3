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
# served to the report page at /, and the runtime stage's class-data archive is written from a run that answers them.
COPY openapi openapi
COPY examples examples
# Tests run in CI (./mvnw verify), not in the image build.
RUN ./mvnw -B -q package -Dmaven.test.skip=true

## Runtime: the JRE-only UBI image Quarkus generates for, run as the unprivileged user 185.
FROM registry.access.redhat.com/ubi9/openjdk-17-runtime:1.24
ENV LANGUAGE='en_US:en'

# One jar (application.properties says why not the fast-jar's four layers): every release replaces this 27 MB
# layer, the libraries included.
COPY --from=build --chown=185 /build/target/supply-risk-service.jar /deployments/

# 8080 is the API; 9000 the management interface (health probes, Prometheus metrics).
EXPOSE 8080 9000
USER 185
ENV JAVA_APP_JAR="/deployments/supply-risk-service.jar"
# Class-data sharing: an archive of the classes the service loads to start and to answer its first plans, written
# by this image's own JVM (an archive serves only the JVM build that wrote it) for the jar at the path run-java.sh
# starts, from a run that answers the example plans and stops. The build stage is mounted for the run, not copied:
# the script and the plans stay out of the image. It shortens launch to first answer (docs/performance.md).
RUN --mount=type=bind,from=build,source=/build,target=/tmp/build \
    bash /tmp/build/src/main/docker/write-class-archive.sh /deployments/app-cds.jsa /deployments/supply-risk-service.jar \
    /tmp/build/examples/*.json
# No heap size here: run-java.sh sizes the heap from the container's memory limit. Every 5 s the JVM hands the
# native memory it has freed back to the system (malloc_trim): glibc would otherwise keep what a burst of large
# answers used, and the pod's RSS would stay at its peak (docs/performance.md). The flag came to JDK 17 with
# openjdk/jdk17u-dev#1616 and became a product flag with #2244.
ENV JAVA_OPTS_APPEND="-XX:SharedArchiveFile=/deployments/app-cds.jsa -XX:TrimNativeHeapInterval=5000 -Dquarkus.http.host=0.0.0.0 -Djava.util.logging.manager=org.jboss.logmanager.LogManager"

ENTRYPOINT [ "/opt/jboss/container/java/run/run-java.sh" ]
