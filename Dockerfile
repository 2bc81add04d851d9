# Mirage in a container: Debian 12, a Java 17 runtime and Mesa's EGL, so it renders headless on any machine
# (llvmpipe), and on NVIDIA GPUs through the NVIDIA Container Toolkit (see docs/SCALE_OUT.md, "GPUs in containers").
#
#   docker build -t mirage .
#   docker run --rm -v "$PWD/out:/out" mirage render --out /out/default
#   docker run --rm --gpus all -v "$PWD/out:/out" mirage render --out /out/default --gl-device gpu
#
# The entry point is `mirage`: arguments are a Mirage command line. The bundled examples are in /opt/mirage/examples.

FROM debian:12 AS build
RUN apt-get update \
 && apt-get install -y --no-install-recommends openjdk-17-jdk-headless maven \
 && rm -rf /var/lib/apt/lists/*
WORKDIR /src
COPY pom.xml ./
COPY core core
COPY shaders shaders
COPY scenes scenes
COPY effects effects
COPY assets assets
COPY annotators annotators
COPY labelling labelling
COPY dataset dataset
COPY report report
COPY renderer renderer
COPY cli cli
COPY benchmarks benchmarks
RUN mvn -B -q -DskipTests package -pl cli -am

FROM debian:12-slim
RUN apt-get update \
 && apt-get install -y --no-install-recommends openjdk-17-jre-headless libegl1 libegl-mesa0 libgl1-mesa-dri \
 && rm -rf /var/lib/apt/lists/*
COPY --from=build /src/cli/target/mirage.jar /opt/mirage/cli/target/mirage.jar
COPY examples /opt/mirage/examples
COPY docker/mirage /usr/local/bin/mirage
# Ask the NVIDIA Container Toolkit for the graphics (EGL) libraries too, not only compute; harmless without it.
ENV NVIDIA_DRIVER_CAPABILITIES=graphics,compute,utility
WORKDIR /work
ENTRYPOINT ["mirage"]
CMD ["--help"]
