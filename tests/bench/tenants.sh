#!/usr/bin/env bash
# Many-networks benchmark, run by hand (timings are not tests). Starts a single-network installation made from
# nowa-siec and measures a post page (the forum's welcome topic) against the static CSS file; then starts a platform,
# creates N networks from nowa-siec through the platform admin (/Admin/Sieci), requests each network's home page once,
# prints the creation time per network, the process memory with all of them created, the same post page of one
# network with the others created, the same page of a network on a path of the platform's host (/sieci/sciezka,
# whose pages get their links prefixed on the way out), and the memory once the idle networks are released.
# Usage: bash tests/bench/tenants.sh [networks] [seconds-per-url]     (defaults: 200 networks, 10 s)
set -euo pipefail
cd "$(dirname "$0")/../.."
count=${1:-200}
duration=${2:-10}
password=Bench-Haslo-123
post=/forum/sprawy-ogolne/witamy-na-forum-sieci

bench_name=tenants
source tests/bench/common.sh

start_site() {
  (cd "$work/app" && exec env ASPNETCORE_ENVIRONMENT=Production ./Siec.Cms.Web --urls "$base" --Cms:DataPath="$data" \
     --Cms:Setup:AdminPassword="$password" --Cms:Setup:Recipe=nowa-siec --Cms:Tenants:Scheme=http --Cms:Tenants:IdleMinutes=1 \
     --Logging:LogLevel:Default=Warning "$@" >>"$work/app.log" 2>&1) &
  app_pid=$!
  for _ in $(seq 1 600); do [ "$(curl -s -o /dev/null -w '%{http_code}' "$base/")" = 200 ] && return 0; sleep 0.05; done
  echo "site did not start"; cat "$work/app.log"; exit 1
}

rss_mb() { awk '/VmRSS/ {printf "%.0f", $2 / 1024}' "/proc/$app_pid/status"; }

# wrk's requests per second for one address (extra wrk arguments first); stops at any non-2xx answer.
rps() {
  local out
  out=$(wrk -t2 -c16 -d"${duration}s" "$@")
  if grep -q "Non-2xx" <<<"$out"; then echo "non-2xx answers: wrk $*" >&2; exit 1; fi
  awk '/Requests\/sec/ {print $2}' <<<"$out"
}

# 15 s of load first: the JIT's tiers settle only after some thousands of requests of a kind.
warm() { wrk -t2 -c16 -d15s "$@" >/dev/null; }

ratio() { awk -v a="$1" -v b="$2" 'BEGIN {printf "%.3f", a / b}'; }

static=/theme/css/site.css

echo "== single-network installation (nowa-siec)"
data=$work/single
start_site
warm "$base$post"
warm "$base$static"
single_static=$(rps "$base$static")
single_post=$(rps "$base$post")
echo "post page: $single_post req/s, static: $single_static req/s, ratio $(ratio "$single_post" "$single_static"), memory $(rss_mb) MB"
stop_site

echo "== platform with $count networks"
data=$work/platform
# The platform's own host, as networks on a path need.
start_site --Cms:Tenants:DefaultHost="$(sed -E 's#^https?://([^:/]+).*#\1#' <<<"$base")"
jar=$work/cookies
token() { curl -s -b "$jar" -c "$jar" "$1" | sed -n 's/.*name="__RequestVerificationToken"[^>]*value="\([^"]*\)".*/\1/p' | head -n 1; }
t=$(token "$base/Login")
curl -s -o /dev/null -b "$jar" -c "$jar" --data-urlencode "UserName=admin" --data-urlencode "Password=$password" \
  --data-urlencode "__RequestVerificationToken=$t" "$base/Login"
t=$(token "$base/Admin/Sieci")
[ -n "$t" ] || { echo "the platform admin did not open"; exit 1; }
: >"$work/created"
for i in $(seq -w 1 "$count"); do
  out=$(curl -s -o /dev/null -w '%{http_code} %{time_total}' -b "$jar" -c "$jar" \
    --data-urlencode "__RequestVerificationToken=$t" --data-urlencode "Network.Name=siec-$i" --data-urlencode "Network.DisplayName=Sieć $i" \
    --data-urlencode "Network.Host=siec-$i.test" --data-urlencode "Network.Recipe=nowa-siec" --data-urlencode "Network.CoordinatorEmail=k$i@example.org" \
    "$base/Admin/Sieci?handler=Create")
  [ "${out%% *}" = 302 ] || { echo "network $i was not created ($out)"; tail -n 20 "$work/app.log"; exit 1; }
  echo "${out#* }" >>"$work/created"
done
sort -n "$work/created" | awk '{a[NR]=$1; s+=$1} END {printf "creation per network: mean %.2f s, median %.2f s, max %.2f s\n", s/NR, a[int((NR+1)/2)], a[NR]}'
for i in $(seq -w 1 "$count"); do
  code=$(curl -s -o /dev/null -w '%{http_code}' -H "Host: siec-$i.test" "$base/")
  [ "$code" = 200 ] || { echo "network $i home page answered $code"; exit 1; }
done
echo "memory with $count networks created and each home page requested: $(rss_mb) MB"
first=$(printf "%0${#count}d" 1)
warm -H "Host: siec-$first.test" "$base$post"
warm -H "Host: siec-$first.test" "$base$static"
many_static=$(rps -H "Host: siec-$first.test" "$base$static")
many_post=$(rps -H "Host: siec-$first.test" "$base$post")
echo "post page of one network with $((count - 1)) others: $many_post req/s, static: $many_static req/s, ratio $(ratio "$many_post" "$many_static")"
echo "post page vs the single-network installation: $(ratio "$many_post" "$single_post") (req/s), $(ratio "$(ratio "$many_post" "$many_static")" "$(ratio "$single_post" "$single_static")") (ratio to static)"
out=$(curl -s -o /dev/null -w '%{http_code}' -b "$jar" -c "$jar" \
  --data-urlencode "__RequestVerificationToken=$t" --data-urlencode "Network.Name=sciezka" --data-urlencode "Network.Host=/sieci/sciezka" \
  --data-urlencode "Network.Recipe=nowa-siec" --data-urlencode "Network.CoordinatorEmail=sciezka@example.org" "$base/Admin/Sieci?handler=Create")
[ "$out" = 302 ] || { echo "the network on a path was not created ($out)"; exit 1; }
warm "$base/sieci/sciezka$post"
path_static=$(rps "$base$static")
path_post=$(rps "$base/sieci/sciezka$post")
echo "post page of a network on a path: $path_post req/s, static: $path_static req/s, ratio $(ratio "$path_post" "$path_static") ($(ratio "$(ratio "$path_post" "$path_static")" "$(ratio "$many_post" "$many_static")") × the network on a host)"
echo "waiting for the idle networks to be released (idle time 1 minute, checked every minute)..."
for _ in $(seq 1 30); do grep -q "Zwolniono" "$work/app.log" && break; sleep 10; done
sleep 5
echo "memory after idle release: $(rss_mb) MB ($(grep -c Zwolniono "$work/app.log" || true) release passes logged)"
