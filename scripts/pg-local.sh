#!/usr/bin/env bash
# A throw-away PostgreSQL server for tests and CI: trust auth, 127.0.0.1 only, no durability.
#
#   scripts/pg-local.sh start    start it (initializing the directory first); fine if running
#   scripts/pg-local.sh url      print the URL of its `postgres` database
#   scripts/pg-local.sh status   exit 0 when running
#   scripts/pg-local.sh stop     stop it and delete its directory; fine if not running
#
# SIFA_PG_DIR (default /tmp/sifa-pg) holds the data, the socket and the log;
# SIFA_PG_PORT (default 54329) is the TCP port. PostgreSQL refuses to run as root, so as root
# the server runs as the `postgres` user. Installs Debian's postgresql when it is missing.
set -euo pipefail

DIR="${SIFA_PG_DIR:-/tmp/sifa-pg}"
PORT="${SIFA_PG_PORT:-54329}"

die() {
  echo "pg-local: $*" >&2
  exit 1
}

[[ "$PORT" =~ ^[0-9]+$ ]] || die "SIFA_PG_PORT must be a number (got '$PORT')"
DIR="$(realpath -m "$DIR")" # the socket directory must be absolute
[[ "$DIR" != "/" ]] || die "SIFA_PG_DIR must not be /"
DATA="$DIR/data"
LOG="$DIR/postgres.log"
MARKER="$DIR/.sifa-pg-local"

# The bin directory of the newest installed PostgreSQL (Debian keeps them versioned).
pg_bin() {
  local dir
  dir="$(find /usr/lib/postgresql -mindepth 2 -maxdepth 2 -type d -name bin 2>/dev/null | sort -V | tail -n 1)"
  if [[ -n "$dir" && -x "$dir/pg_ctl" ]]; then
    echo "$dir"
  elif command -v pg_ctl >/dev/null 2>&1; then
    dirname "$(readlink -f "$(command -v pg_ctl)")"
  fi
}

ensure_installed() {
  [[ -n "$(pg_bin)" ]] && return 0
  [[ "$(id -u)" == 0 ]] || die "PostgreSQL is not installed and installing it needs root (apt-get install postgresql)"
  echo "pg-local: installing PostgreSQL from Debian" >&2
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq >&2
  apt-get install -y -qq postgresql >&2
  [[ -n "$(pg_bin)" ]] || die "PostgreSQL installed but pg_ctl not found"
}

# Runs a PostgreSQL program as the user that owns the cluster.
as_pg() {
  if [[ "$(id -u)" == 0 ]]; then
    runuser -u postgres -- "$@"
  else
    "$@"
  fi
}

is_running() {
  local bin
  bin="$(pg_bin)"
  [[ -n "$bin" && -f "$DATA/PG_VERSION" ]] && as_pg "$bin/pg_ctl" status -D "$DATA" >/dev/null 2>&1
}

start() {
  ensure_installed
  local bin
  bin="$(pg_bin)"
  if is_running; then
    echo "pg-local: already running on 127.0.0.1:$PORT ($DIR)"
    return 0
  fi
  if [[ -d "$DIR" && ! -f "$MARKER" && -n "$(ls -A "$DIR" 2>/dev/null)" ]]; then
    die "$DIR exists and is not a pg-local directory; choose another SIFA_PG_DIR"
  fi
  mkdir -p "$DIR"
  touch "$MARKER"
  if [[ "$(id -u)" == 0 ]]; then
    chown postgres:postgres "$DIR"
    chmod 700 "$DIR"
  fi
  if [[ ! -f "$DATA/PG_VERSION" ]]; then
    rm -rf "$DATA"
    # The C collation with UTF-8 text, like the embedded PGlite: same ordering on both.
    as_pg "$bin/initdb" -D "$DATA" -U postgres --auth=trust --encoding=UTF8 --no-locale \
      >"$DIR/initdb.log" 2>&1 || {
      cat "$DIR/initdb.log" >&2
      die "initdb failed"
    }
  fi
  # Throw-away data: durability off makes the tests faster.
  local options="-c listen_addresses=127.0.0.1 -p $PORT -k '$DIR' -c fsync=off"
  options+=" -c synchronous_commit=off -c full_page_writes=off -c max_connections=200"
  if ! as_pg "$bin/pg_ctl" start -D "$DATA" -l "$LOG" -w -t 60 -o "$options" >/dev/null; then
    tail -n 30 "$LOG" >&2 || true
    die "PostgreSQL did not start (is port $PORT taken?)"
  fi
  echo "pg-local: PostgreSQL $("$bin/postgres" --version | awk '{print $3}') running on 127.0.0.1:$PORT ($DIR)"
}

stop() {
  if [[ ! -e "$DIR" ]]; then
    echo "pg-local: not running"
    return 0
  fi
  [[ -f "$MARKER" ]] || die "$DIR is not a pg-local directory; not touching it"
  if is_running; then
    as_pg "$(pg_bin)/pg_ctl" stop -D "$DATA" -m fast -w -t 60 >/dev/null
  fi
  rm -rf "$DIR"
  echo "pg-local: stopped and removed $DIR"
}

case "${1:-}" in
  start) start ;;
  stop) stop ;;
  url) echo "postgres://postgres@127.0.0.1:$PORT/postgres" ;;
  status) is_running ;;
  *)
    echo "usage: $0 start|stop|url|status" >&2
    exit 2
    ;;
esac
