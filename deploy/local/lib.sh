# shellcheck shell=bash
# Shared by deploy/local/{up,down,status,load}: locations, ports, helpers. Sourced, never run.
# Every setting can be overridden from the environment; deploy/README.md lists them.

set -euo pipefail

SOCLE_REPO=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
export SOCLE_REPO
export SOCLE_HOME=${SOCLE_HOME:-$SOCLE_REPO/var/local}
export SOCLE_RUNTIME=${SOCLE_RUNTIME:-$SOCLE_REPO/var/runtime}

export SOCLE_PORTAL_PORT=${SOCLE_PORTAL_PORT:-8080}
export SOCLE_DECISION_PORT=${SOCLE_DECISION_PORT:-8182}
export SOCLE_TRINO_PORT=${SOCLE_TRINO_PORT:-8443}
export SOCLE_TRINO_INTERNAL_PORT=${SOCLE_TRINO_INTERNAL_PORT:-8081}
export SOCLE_KEYCLOAK_PORT=${SOCLE_KEYCLOAK_PORT:-8180}
export SOCLE_KEYCLOAK_MGMT_PORT=${SOCLE_KEYCLOAK_MGMT_PORT:-9180}
export SOCLE_PG_PORT=${SOCLE_PG_PORT:-55432}

export SOCLE_TRINO_HEAP=${SOCLE_TRINO_HEAP:-2G}
export SOCLE_PORTAL_HEAP=${SOCLE_PORTAL_HEAP:-1G}
export SOCLE_KEYCLOAK_HEAP=${SOCLE_KEYCLOAK_HEAP:-512m}

# Optional S3 mode: when SOCLE_S3_ENDPOINT is set, both tiers live in the bucket instead of file:// folders.
# SOCLE_S3_ENDPOINT=local starts an S3-compatible server (s3proxy, from Maven) on SOCLE_S3_LOCAL_PORT with its data
# in SOCLE_HOME/s3 and generated keys: the same code paths as real object storage, on one machine.
export SOCLE_S3_ENDPOINT=${SOCLE_S3_ENDPOINT:-}
export SOCLE_S3_LOCAL_PORT=${SOCLE_S3_LOCAL_PORT:-9000}
if [ "$SOCLE_S3_ENDPOINT" = local ]; then
  SOCLE_S3_LOCAL=true
  export SOCLE_S3_ENDPOINT=http://127.0.0.1:$SOCLE_S3_LOCAL_PORT
else
  SOCLE_S3_LOCAL=false
fi
export SOCLE_S3_BUCKET=${SOCLE_S3_BUCKET:-socle}
export SOCLE_S3_REGION=${SOCLE_S3_REGION:-us-east-1}
export SOCLE_S3_ACCESS_KEY=${SOCLE_S3_ACCESS_KEY:-}
export SOCLE_S3_SECRET_KEY=${SOCLE_S3_SECRET_KEY:-}

TRINO_VERSION=$(sed -n 's:.*<trino.version>\(.*\)</trino.version>.*:\1:p' "$SOCLE_REPO/pom.xml")
KEYCLOAK_VERSION=$(sed -n 's:.*<keycloak.version>\(.*\)</keycloak.version>.*:\1:p' "$SOCLE_REPO/pom.xml")
export TRINO_VERSION KEYCLOAK_VERSION

RUN_DIR=$SOCLE_HOME/run
LOG_DIR=$SOCLE_HOME/log
PG_DATA=$SOCLE_HOME/postgres/data
PG_SOCKET=$SOCLE_HOME/postgres/socket
TRINO_HOME=$SOCLE_RUNTIME/trino-server-$TRINO_VERSION
TRINO_CLI=$SOCLE_RUNTIME/trino-cli-$TRINO_VERSION-executable.jar
KEYCLOAK_HOME=$SOCLE_HOME/keycloak-$KEYCLOAK_VERSION
SECRETS=$SOCLE_HOME/secrets.env

say() { printf '\033[1m[socle]\033[0m %s\n' "$*" >&2; }
die() { printf '\033[31m[socle] %s\033[0m\n' "$*" >&2; exit 1; }

# The Temurin 25 JDK: JAVA_HOME if it is 25+, else the one under /usr/lib/jvm.
find_java() {
  local candidate
  for candidate in "${JAVA_HOME:-}" /usr/lib/jvm/temurin-25-jdk-* /usr/lib/jvm/*25*; do
    [ -n "$candidate" ] && [ -x "$candidate/bin/java" ] || continue
    if "$candidate/bin/java" -version 2>&1 | grep -qE 'version "(2[5-9]|[3-9][0-9])'; then
      echo "$candidate"; return 0
    fi
  done
  die "a Java 25 JDK is needed (Temurin 25 under /usr/lib/jvm, or JAVA_HOME)"
}
JAVA_HOME=$(find_java)
export JAVA_HOME
JAVA=$JAVA_HOME/bin/java

pg_bin() {
  local dir
  dir=$(ls -d /usr/lib/postgresql/15/bin 2>/dev/null || true)
  [ -n "$dir" ] || dir=$(pg_config --bindir 2>/dev/null || true)
  [ -x "$dir/initdb" ] || die "PostgreSQL 15 server binaries not found (Debian package postgresql-15)"
  echo "$dir"
}

# PostgreSQL refuses to run as root: run its tools as the postgres user then.
as_pg() {
  if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

pid_alive() { [ -f "$1" ] && kill -0 "$(cat "$1")" 2>/dev/null; }

port_open() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

# stop_process NAME PID_FILE: stops a process started with setsid (its whole process group), waits up to 30 s, then
# kills it; removes the pid file.
stop_process() {
  local name=$1 file=$2
  if ! pid_alive "$file"; then rm -f "$file"; return; fi
  local pid
  pid=$(cat "$file")
  say "stopping $name (pid $pid)"
  kill -TERM -- "-$pid" 2>/dev/null || kill -TERM "$pid" 2>/dev/null || true
  local waited=0
  while kill -0 "$pid" 2>/dev/null && (( waited < 60 )); do sleep 0.5; waited=$(( waited + 1 )); done
  if kill -0 "$pid" 2>/dev/null; then
    say "$name did not stop in 30 s: killing it"
    kill -KILL -- "-$pid" 2>/dev/null || kill -KILL "$pid" 2>/dev/null || true
  fi
  rm -f "$file"
}

# wait_until DESCRIPTION TIMEOUT_SECONDS [--while PID_FILE] COMMAND...: polls COMMAND every half second; with
# --while, gives up as soon as that process has stopped (a service that died on start fails the wait at once).
wait_until() {
  local what=$1 timeout=$2 start=$SECONDS pid_file=""
  shift 2
  if [ "$1" = --while ]; then pid_file=$2; shift 2; fi
  until "$@" >/dev/null 2>&1; do
    if [ -n "$pid_file" ] && ! pid_alive "$pid_file"; then
      say "$what stopped after $(( SECONDS - start )) s"
      return 1
    fi
    if (( SECONDS - start >= timeout )); then
      return 1
    fi
    sleep 0.5
  done
  say "$what ready after $(( SECONDS - start )) s"
}

# Replace @@NAME@@ with the value of the environment variable NAME; an unset variable is an error.
render() {
  perl -pe 's/@@(\w+)@@/defined $ENV{$1} ? $ENV{$1} : die "template variable $1 is not set\n"/ge' "$1" > "$2"
}

load_secrets() {
  [ -f "$SECRETS" ] || return 0
  set -a
  # shellcheck disable=SC1090
  . "$SECRETS"
  set +a
  if $SOCLE_S3_LOCAL; then
    export SOCLE_S3_ACCESS_KEY=${SOCLE_S3_ACCESS_KEY:-socle-local}
    export SOCLE_S3_SECRET_KEY=${SOCLE_S3_SECRET_KEY:-${S3_LOCAL_SECRET:-}}
  fi
}

export KEYCLOAK_URL=http://127.0.0.1:$SOCLE_KEYCLOAK_PORT
export PORTAL_URL=http://127.0.0.1:$SOCLE_PORTAL_PORT
export TRINO_URL=https://127.0.0.1:$SOCLE_TRINO_PORT
PORTAL_JAR=$SOCLE_HOME/portal/socle-portal.jar
# Socle's audit event listener for Trino, as the build leaves it (deploy/local/up installs it in Trino's plugins).
AUDIT_PLUGIN=$SOCLE_REPO/deploy/trino-audit/target/plugin

tier_filesystem() {
  if [ -n "$SOCLE_S3_ENDPOINT" ]; then
    printf 'fs.native-s3.enabled=true\ns3.endpoint=%s\ns3.region=%s\ns3.path-style-access=true\ns3.aws-access-key=%s\ns3.aws-secret-key=%s\n' \
      "$SOCLE_S3_ENDPOINT" "$SOCLE_S3_REGION" "$SOCLE_S3_ACCESS_KEY" "$SOCLE_S3_SECRET_KEY"
  else
    # "/" keeps file:// paths identical for Trino and the Java library; access control stops custom locations.
    printf 'fs.native-local.enabled=true\nlocal.location=/\n'
  fi
}

warehouse_of() {
  if [ -n "$SOCLE_S3_ENDPOINT" ]; then echo "s3://$SOCLE_S3_BUCKET/$1"; else echo "file://$SOCLE_HOME/warehouse/$1"; fi
}

portal_env() {
  export SOCLE_DB_URL="jdbc:postgresql://127.0.0.1:$SOCLE_PG_PORT/socle"
  export SOCLE_KEYCLOAK_URL=$KEYCLOAK_URL
  export SOCLE_TRINO_URL="jdbc:trino://127.0.0.1:$SOCLE_TRINO_PORT"
  export SOCLE_TRINO_TRUSTSTORE=$SOCLE_HOME/tls/trino-cert.pem
  export SOCLE_ICEBERG_INTERNAL_URL="jdbc:postgresql://127.0.0.1:$SOCLE_PG_PORT/iceberg_internal"
  export SOCLE_ICEBERG_OPEN_URL="jdbc:postgresql://127.0.0.1:$SOCLE_PG_PORT/iceberg_open"
  SOCLE_WAREHOUSE_INTERNAL=$(warehouse_of internal)
  SOCLE_WAREHOUSE_OPEN=$(warehouse_of open)
  export SOCLE_WAREHOUSE_INTERNAL SOCLE_WAREHOUSE_OPEN
  export SOCLE_DATA_DIR=$SOCLE_HOME/data
  # The address feeds, sitemaps and API links are written with, whatever Host header a client sends.
  export SOCLE_SITE_BASE_URL=${SOCLE_SITE_BASE_URL:-http://127.0.0.1:$SOCLE_PORTAL_PORT}
}

portal_java_opts() {
  local opts="-Xmx$SOCLE_PORTAL_HEAP --enable-native-access=ALL-UNNAMED --sun-misc-unsafe-memory-access=allow"
  if [ -n "$SOCLE_S3_ENDPOINT" ]; then
    # The AWS SDK's default checksums are refused by some S3-compatible servers (s3proxy among them).
    opts="$opts -Daws.requestChecksumCalculation=WHEN_REQUIRED -Daws.responseChecksumValidation=WHEN_REQUIRED"
  fi
  echo "$opts"
}

