# Runs a service's Quarkus fast-jar built by `./mvnw package -DskipTests`. One file for the four services:
# docker-compose.yml builds each from the repository root, naming the service's folder in the SERVICE argument.
FROM eclipse-temurin:17-jre
ARG SERVICE
WORKDIR /app
COPY ${SERVICE}/target/quarkus-app/lib/ /app/lib/
COPY ${SERVICE}/target/quarkus-app/*.jar /app/
COPY ${SERVICE}/target/quarkus-app/app/ /app/app/
COPY ${SERVICE}/target/quarkus-app/quarkus/ /app/quarkus/
USER 1001
CMD ["java", "-XX:MaxRAMPercentage=75", "-jar", "/app/quarkus-run.jar"]
