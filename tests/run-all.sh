#!/usr/bin/env bash
# Runs every test of Siec.Cms. Installs what the tests need when it is missing (Debian's postgresql, chromium, fonts,
# redis-server, haproxy and wrk: the cluster tests start their own Redis, PostgreSQL and balancer), starts a throw-away PostgreSQL cluster on a free loopback port, runs `dotnet test`, and ends with
# "N passed, N failed, N skipped". Browser screenshots are kept in TestResults/screenshots.
set -euo pipefail
cd "$(dirname "$0")/.."

as_root() { if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi; }

install_missing() {
  local need=()
  compgen -G "/usr/lib/postgresql/*/bin/initdb" >/dev/null || need+=(postgresql)
  [ -x /usr/bin/chromium ] || need+=(chromium)
  [ -d /usr/share/fonts/truetype/dejavu ] || need+=(fonts-dejavu-core)
  [ -x /usr/bin/redis-server ] || need+=(redis-server)
  [ -x /usr/sbin/haproxy ] || need+=(haproxy)
  [ -x /usr/bin/wrk ] || need+=(wrk)
  [ ${#need[@]} -eq 0 ] && return
  echo "Installing: ${need[*]}"
  # Debian's postinst would create (and, under systemd, start) a cluster on :5432; the tests start their own.
  as_root mkdir -p /etc/postgresql-common/createcluster.d
  echo 'create_main_cluster = false' | as_root tee /etc/postgresql-common/createcluster.d/siec-tests.conf >/dev/null
  as_root apt-get update -qq
  DEBIAN_FRONTEND=noninteractive as_root apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
}

free_port() {
  local port
  for port in $(shuf -i 20000-60000 -n 100); do
    (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null || { echo "$port"; return 0; }
  done
  echo "no free port found" >&2
  return 1
}

install_missing

work=$(mktemp -d /tmp/siec-tests.XXXXXX)
chmod 755 "$work"
pg_user() { if [ "$(id -u)" -eq 0 ]; then su postgres -s /bin/sh -c "$1"; else sh -c "$1"; fi; }
mkdir -p "$work/pg"
[ "$(id -u)" -eq 0 ] && chown postgres:postgres "$work/pg"
pgbin=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n 1)
pgport=$(free_port)
pg_user "$pgbin/initdb -D $work/pg/data -U postgres -A trust -E UTF8 --locale=C.UTF-8 --no-sync" >/dev/null
pg_user "$pgbin/pg_ctl -D $work/pg/data -l $work/pg/server.log -w -o '-c listen_addresses=127.0.0.1 -p $pgport -k $work/pg -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=300' start" >/dev/null \
  || { echo "PostgreSQL did not start:"; cat "$work/pg/server.log"; exit 1; }
cleanup() {
  pg_user "$pgbin/pg_ctl -D $work/pg/data -m immediate stop" >/dev/null 2>&1 || true
  rm -rf "$work"
}
trap cleanup EXIT
export CMS_PG="Host=127.0.0.1;Port=$pgport;Username=postgres;Database=postgres;Pooling=true"
echo "PostgreSQL on 127.0.0.1:$pgport"
export TEST_ARTIFACTS="$PWD/TestResults/screenshots"

set +e
dotnet test Siec.Cms.sln --logger "trx" --results-directory "$work/results" "$@"
status=$?
set -e

passed=0; failed=0; skipped=0
for trx in "$work"/results/*.trx; do
  [ -e "$trx" ] || continue
  counters=$(grep -o '<Counters [^>]*>' "$trx")
  p=$(sed -n 's/.* passed="\([0-9]*\)".*/\1/p' <<<"$counters"); passed=$((passed + ${p:-0}))
  f=$(sed -n 's/.* failed="\([0-9]*\)".*/\1/p' <<<"$counters"); failed=$((failed + ${f:-0}))
  t=$(sed -n 's/.* total="\([0-9]*\)".*/\1/p' <<<"$counters"); e=$(sed -n 's/.* executed="\([0-9]*\)".*/\1/p' <<<"$counters")
  skipped=$((skipped + ${t:-0} - ${e:-0}))
done
echo "Screenshots: $TEST_ARTIFACTS"
echo "$passed passed, $failed failed, $skipped skipped"
if [ "$status" -eq 0 ] && [ "$passed" -eq 0 ]; then
  echo "No test ran."
  exit 1
fi
exit "$status"
