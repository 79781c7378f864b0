# planbot container image.
#   docker build --build-arg VERSION="$(git describe --tags --always)" -t planbot .
#   docker run -d --name planbot -e DISCORD_TOKEN -e DISCORD_APP_ID -v planbot-data:/data planbot
# The builder runs .ci/build, the same script CI runs outside Docker.

# The Go version must equal the go line of go.mod (.ci/run checks it).
ARG GO_VERSION=1.26.8

FROM golang:${GO_VERSION}-bookworm AS build
WORKDIR /src
# Modules first, so editing the code does not download them again.
COPY go.mod go.sum ./
RUN go mod download
COPY . .
ARG VERSION=dev
RUN sh .ci/build /out/planbot "${VERSION}" \
 && mkdir -p /out/data

# distroless/static: CA certificates, /etc/passwd with a nonroot user, no
# shell. Time zones are in the binary.
FROM gcr.io/distroless/static-debian12:nonroot
COPY --from=build /out/planbot /usr/local/bin/planbot
# The volume's mount point belongs to nonroot, so a fresh named volume is
# writable by the bot.
COPY --from=build --chown=65532:65532 /out/data /data
# The admin listener (/healthz, /readyz, /metrics) is on in the container
# so HEALTHCHECK works; do not publish port 9090 to the internet.
ENV PLANBOT_DATA=/data \
    PLANBOT_ADMIN_ADDR=:9090
VOLUME ["/data"]
# 8080: planbot http (HTTP interactions). 9090: admin listener.
EXPOSE 8080 9090
USER 65532:65532
HEALTHCHECK --interval=30s --timeout=5s --start-period=30s --retries=3 \
  CMD ["/usr/local/bin/planbot", "healthcheck", "--quiet"]
ENTRYPOINT ["/usr/local/bin/planbot"]
CMD ["serve"]
