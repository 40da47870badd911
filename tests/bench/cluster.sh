#!/usr/bin/env bash
# Benchmark, run by hand (timings are not tests): the site in shared mode (PostgreSQL, Redis) with 1, 2 and 3 nodes
# behind HAProxy on this machine, measured with wrk through the balancer: the static CSS file, an anonymous cached
# page, a signed-in (uncached) page and posting forum replies; prints requests per second and the ratio to 1 node.
# Everything runs on loopback on one machine, so the nodes share its cores with PostgreSQL, Redis, HAProxy and wrk.
# Usage: bash tests/bench/cluster.sh [seconds-per-measure]     (default: 10 s)
set -euo pipefail
cd "$(dirname "$0")/../.."
duration=${1:-10}
password=Bench-Haslo-123
topic=4sf9k7pb0embex3pcrztabd048
topic_path=/forum/sprawy-ogolne/witamy-na-forum-sieci

as_root() { if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi; }
need=()
for p in wrk:/usr/bin/wrk redis-server:/usr/bin/redis-server haproxy:/usr/sbin/haproxy; do [ -x "${p#*:}" ] || need+=("${p%%:*}"); done
[ ${#need[@]} -eq 0 ] || { as_root apt-get update -qq && DEBIAN_FRONTEND=noninteractive as_root apt-get install -y -qq "${need[@]}" >/dev/null; }

free_port() { for p in $(shuf -i 20000-60000 -n 100); do (exec 3<>"/dev/tcp/127.0.0.1/$p") 2>/dev/null || { echo "$p"; return; }; done; }
work=$(mktemp -d /tmp/siec-cluster-bench.XXXXXX)
chmod 755 "$work"
pids=()
pg_user() { if [ "$(id -u)" -eq 0 ]; then su postgres -s /bin/sh -c "$1"; else sh -c "$1"; fi; }
pgbin=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n 1)
cleanup() {
  for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
  pg_user "$pgbin/pg_ctl -D $work/pg/data -m immediate stop" >/dev/null 2>&1 || true
  rm -rf "$work"
}
trap cleanup EXIT

dotnet publish src/Siec.Cms.Web -c Release -o "$work/app" >/dev/null
mkdir -p "$work/pg" && { [ "$(id -u)" -ne 0 ] || chown postgres:postgres "$work/pg"; }
pgport=$(free_port)
pg_user "$pgbin/initdb -D $work/pg/data -U postgres -A trust -E UTF8 --locale=C.UTF-8 --no-sync" >/dev/null
pg_user "$pgbin/pg_ctl -D $work/pg/data -l $work/pg/server.log -w -o '-c listen_addresses=127.0.0.1 -p $pgport -k $work/pg -c max_connections=400' start" >/dev/null
psql -h 127.0.0.1 -p "$pgport" -U postgres -qc "CREATE DATABASE siec" >/dev/null
redisport=$(free_port)
redis-server --port "$redisport" --bind 127.0.0.1 --save "" --appendonly no --dir "$work" >"$work/redis.log" 2>&1 &
pids+=($!)

ports=($(free_port) $(free_port) $(free_port))
node_pids=()
start_node() {
  local n=$1
  mkdir -p "$work/node$n"
  (cd "$work/app" && exec env ASPNETCORE_ENVIRONMENT=Production ./Siec.Cms.Web --urls "http://127.0.0.1:${ports[$n]}" \
    --Cms:DataPath="$work/node$n" --Cms:NodeName="node$n" --Cms:DatabaseProvider=Postgres \
    --ConnectionStrings:Cms="Host=127.0.0.1;Port=$pgport;Username=postgres;Database=siec" --Cms:Redis="127.0.0.1:$redisport" \
    --Cms:Media:Store=Database --Cms:KnownProxies=127.0.0.1 --Cms:Setup:AdminPassword="$password" \
    --Cms:Forum:PostsPerMinute=1000000 --Cms:Forum:PostsAwaitingApproval=0 --Logging:LogLevel:Default=Warning >>"$work/node$n.log" 2>&1) &
  node_pids[$n]=$!
  pids+=($!)
}
wait_ready() {
  for _ in $(seq 1 1200); do [ "$(curl -s -o /dev/null -w '%{http_code}' "$1/health/ready")" = 200 ] && return 0; sleep 0.1; done
  echo "not ready: $1"; tail -n 30 "$work"/node*.log; exit 1
}

balancer_port=$(free_port)
base="http://127.0.0.1:$balancer_port"
haproxy_pid=""
start_balancer() {
  local n=$1 servers=""
  for i in $(seq 0 $((n - 1))); do
    servers+="    server node$i 127.0.0.1:${ports[$i]} check inter 1s fall 3 rise 2 observe layer4 error-limit 1 on-error mark-down maxconn 32"$'\n'
  done
  cat >"$work/haproxy.cfg" <<CFG
global
    maxconn 2000
defaults
    mode http
    timeout connect 1s
    timeout queue 30s
    timeout check 5s
    timeout client 60s
    timeout server 180s
    retries 5
    option redispatch 1
    retry-on conn-failure
    option http-server-close
frontend site
    bind 127.0.0.1:$balancer_port
    option forwardfor
    default_backend nodes
backend nodes
    balance roundrobin
    option httpchk GET /health/ready
$servers
CFG
  [ -z "$haproxy_pid" ] || { kill "$haproxy_pid"; wait "$haproxy_pid" 2>/dev/null || true; }
  haproxy -db -f "$work/haproxy.cfg" >"$work/haproxy.log" 2>&1 &
  haproxy_pid=$!
  pids+=($!)
  wait_ready "$base"
}

# Cookies of an admin session and the reply form's token, for wrk.
sign_in() {
  local jar=$work/cookies token page
  rm -f "$jar"
  page=$(curl -s -c "$jar" "$base/Login")
  token=$(sed -n 's/.*name="__RequestVerificationToken"[^>]*value="\([^"]*\)".*/\1/p' <<<"$page" | sed -n 1p)
  curl -s -o /dev/null -b "$jar" -c "$jar" --data-urlencode "UserName=admin" --data-urlencode "Password=$password" \
    --data-urlencode "__RequestVerificationToken=$token" "$base/Login"
  page=$(curl -s -b "$jar" -c "$jar" "$base$topic_path")
  form_token=$(sed -n 's/.*name="__RequestVerificationToken"[^>]*value="\([^"]*\)".*/\1/p' <<<"$page" | sed -n 1p)
  cookie="Cookie: $(awk '$6 ~ /^(siec.auth|.AspNetCore.Antiforgery)/ {printf "%s%s=%s", sep, $6, $7; sep="; "}' "$jar")"
}

replies() { psql -h 127.0.0.1 -p "$pgport" -U postgres -d siec -tAc "SELECT count(*) FROM \"ContentItems\" WHERE \"ContentType\" = 'ForumReply' AND \"Latest\""; }

rps() {
  local out
  out=$(wrk "$@")
  if grep -q "Non-2xx" <<<"$out"; then echo "non-2xx answers: wrk $*" >&2; grep -E "Non-2xx|Socket" <<<"$out" >&2; fi
  awk '/Requests\/sec/ {print $2}' <<<"$out"
}

cat >"$work/post.lua" <<LUA
local n = 0
wrk.headers["Content-Type"] = "application/x-www-form-urlencoded"
request = function()
  n = n + 1
  local body = "parent=$topic&tresc=Odpowiedz+z+testu+wydajnosci+nr+" .. n .. "+" .. math.random(1e9) .. "&__RequestVerificationToken=" .. token
  return wrk.format("POST", "/forum/wpis", nil, body)
end
LUA

start_node 0
wait_ready "http://127.0.0.1:${ports[0]}"
declare -A results
for n in 1 2 3; do
  [ "$n" -eq 1 ] || { start_node $((n - 1)); wait_ready "http://127.0.0.1:${ports[$((n - 1))]}"; }
  start_balancer "$n"
  sign_in
  before=$(replies)
  status=$(curl -s -o "$work/post.html" -w '%{http_code} %{redirect_url}' -H "$cookie" --data-urlencode "parent=$topic" --data-urlencode "tresc=Sprawdzenie przed pomiarem" \
    --data-urlencode "__RequestVerificationToken=$form_token" "$base/forum/wpis")
  [ "$(replies)" -gt "$before" ] || { echo "a reply was refused ($status):"; sed 's/<[^>]*>//g' "$work/post.html" | grep -v '^\s*$' | head -20; exit 1; }
  sed "s|\.\. token|.. \"$(printf '%s' "$form_token" | sed 's/[&|]/\\&/g')\"|" "$work/post.lua" >"$work/post-now.lua"
  for url in /theme/css/site.css /blog /forum; do wrk -t2 -c32 -d2s "$base$url" >/dev/null; done
  results[static,$n]=$(rps -t2 -c64 -d"${duration}s" "$base/theme/css/site.css")
  results[cached,$n]=$(rps -t2 -c64 -d"${duration}s" "$base/blog")
  results[member,$n]=$(rps -t2 -c64 -d"${duration}s" -H "$cookie" "$base/forum")
  # Replies stored per second, counted in the database (a refused post would still be a request).
  before=$(replies)
  rps -t2 -c16 -d"${duration}s" -H "$cookie" -s "$work/post-now.lua" "$base" >/dev/null
  results[post,$n]=$(awk -v a="$before" -v b="$(replies)" -v d="$duration" 'BEGIN {printf "%.1f", (b - a) / d}')
  echo "$n node(s): static ${results[static,$n]}, cached /blog ${results[cached,$n]}, signed-in /forum ${results[member,$n]}, replies ${results[post,$n]} req/s"
done

printf '\n%-28s %12s %12s %12s %10s %10s\n' "through HAProxy" "1 node r/s" "2 nodes r/s" "3 nodes r/s" "2 vs 1" "3 vs 1"
for kind in static cached member post; do
  case $kind in static) label="static CSS";; cached) label="anonymous cached /blog";; member) label="signed-in /forum";; post) label="forum replies stored/s";; esac
  printf '%-28s %12s %12s %12s %10s %10s\n' "$label" "${results[$kind,1]}" "${results[$kind,2]}" "${results[$kind,3]}" \
    "$(awk -v a="${results[$kind,2]}" -v b="${results[$kind,1]}" 'BEGIN {printf "%.2f", a / b}')" \
    "$(awk -v a="${results[$kind,3]}" -v b="${results[$kind,1]}" 'BEGIN {printf "%.2f", a / b}')"
done
echo "cores: $(nproc) (shared by the nodes, PostgreSQL, Redis, HAProxy and wrk)"
