#!/usr/bin/env bash
# Benchmark, run by hand (timings are not tests): for each size, generates a network of that many items
# (tests/bench/Generator), imports it with `recipe import`, exports it, starts the site cold, and measures every
# kind of reader page with wrk on loopback, anonymous and signed in, as ratios to the static CSS file served by the
# same server in the same run; then an anonymous cached page while 32 signed-in readers load /forum, and memory.
# Usage: bash tests/bench/run.sh [seconds-per-url] [items ...]     (defaults: 10 s; 1000 and 100000 items)
set -euo pipefail
cd "$(dirname "$0")/../.."
duration=${1:-10}
shift || true
sizes=("$@")
[ ${#sizes[@]} -gt 0 ] || sizes=(1000 100000)
password=Bench-Haslo-123

bench_name=bench
source tests/bench/common.sh
[ -x /usr/bin/time ] || { as_root apt-get update -qq && DEBIAN_FRONTEND=noninteractive as_root apt-get install -y -qq time >/dev/null; }
dotnet publish tests/bench/Generator -c Release -o "$work/generator" >/dev/null
# Runs a CLI verb of the site timed: leaves "seconds peak-KB" in $work/time.
timed_cms() { (cd "$work/app" && ASPNETCORE_ENVIRONMENT=Production /usr/bin/time -f "%e %M" -o "$work/time" ./Siec.Cms.Web "$@" \
  --Cms:DataPath="$data" --Logging:LogLevel:Default=Warning >/dev/null); }

start_site() {
  (cd "$work/app" && exec env ASPNETCORE_ENVIRONMENT=Production ./Siec.Cms.Web --urls "$base" --Cms:DataPath="$data" \
     --Cms:Setup:AdminPassword="$password" --Logging:LogLevel:Default=Warning >>"$work/app.log" 2>&1) &
  app_pid=$!
  for _ in $(seq 1 600); do [ "$(curl -s -o /dev/null -w '%{http_code}' "$base/")" = 200 ] && return 0; sleep 0.05; done
  echo "site did not start"; cat "$work/app.log"; exit 1
}

sign_in() {
  local jar=$work/cookies token
  rm -f "$jar"
  token=$(curl -s -c "$jar" "$base/Login" | sed -n 's/.*name="__RequestVerificationToken"[^>]*value="\([^"]*\)".*/\1/p' | head -n 1)
  curl -s -o /dev/null -b "$jar" -c "$jar" --data-urlencode "UserName=admin" --data-urlencode "Password=$password" \
    --data-urlencode "__RequestVerificationToken=$token" "$base/Login"
  awk '$6 == "siec.auth" {printf "%s=%s", $6, $7}' "$jar"
}

# wrk's requests per second and 50th-percentile latency (ms) for one address; stops at any non-2xx answer.
measure() {
  local out rps p50
  out=$(wrk "$@" --latency)
  if grep -q "Non-2xx" <<<"$out"; then echo "non-2xx answers: wrk $*" >&2; exit 1; fi
  rps=$(awk '/Requests\/sec/ {print $2}' <<<"$out")
  p50=$(awk '$1 == "50%" {v=$2; if (v ~ /us$/) {sub(/us/,"",v); v/=1000} else if (v ~ /ms$/) {sub(/ms/,"",v)} else if (v ~ /s$/) {sub(/s/,"",v); v*=1000}; print v}' <<<"$out")
  echo "$rps ${p50:-?}"
}

for items in "${sizes[@]}"; do
  data=$work/data-$items
  echo "== $items items"
  start_site; stop_site
  "$work/generator/Siec.Bench.Generator" "$items" "$work/siec-$items.recipe.json" >/dev/null
  timed_cms recipe import "$work/siec-$items.recipe.json"
  read -r secs kb <"$work/time"
  echo "import: $secs s for $items items ($(awk -v n="$items" -v s="$secs" 'BEGIN {printf "%d", n / s}') items/s, process start included), peak memory $((kb / 1024)) MB"
  timed_cms recipe export --out "$work/export.json"
  read -r secs kb <"$work/time"
  echo "export: $secs s, peak memory $((kb / 1024)) MB, $(($(stat -c %s "$work/export.json") / 1048576)) MB written"

  t0=$(date +%s.%N); start_site; t1=$(date +%s.%N)
  echo "cold start to the first page: $(awk -v a="$t0" -v b="$t1" 'BEGIN {printf "%.2f", b - a}') s"
  cookie="Cookie: $(sign_in)"
  [ "$cookie" != "Cookie: " ] || { echo "could not sign in"; exit 1; }

  urls=(/theme/css/site.css / /blog /blog/wpis-1 /forum /forum/sprawy-ogolne /forum/sprawy-ogolne/dluga-dyskusja
    /forum/struktura-organizacyjna/temat-1 /materialy /materialy/material-1 /warsztaty /warsztaty/warsztaty-1
    /obszary/motywowanie-nauczycieli /czlonkowie "/szukaj?q=biblioteka" /blog/rss /sitemap.xml)
  # Warm-up: the runtime moves hot code to its final optimised form over about two minutes of load (tiered
  # compilation with profile-guided optimisation); a page measured earlier is measured on slower code than a running site's.
  for _ in $(seq 1 "${WARMUP_ROUNDS:-2}"); do
    for url in "${urls[@]}"; do wrk -t2 -c32 -d2s "$base$url" >/dev/null; wrk -t2 -c32 -d2s -H "$cookie" "$base$url" >/dev/null; done
  done
  printf '%-40s %10s %7s %10s %7s %9s\n' "URL" "anon r/s" "ratio" "member r/s" "ratio" "p50 1 conn"
  static=""
  for url in "${urls[@]}"; do
    read -r anon _ < <(measure -t2 -c32 -d"${duration}s" "$base$url")
    read -r member _ < <(measure -t2 -c32 -d"${duration}s" -H "$cookie" "$base$url")
    read -r _ single < <(measure -t1 -c1 -d2s -H "$cookie" "$base$url")
    # The static file twice (anonymous, then with the cookie): the higher figure is the server's ceiling.
    [ -n "$static" ] || static=$(awk -v a="$anon" -v b="$member" 'BEGIN {print (a > b ? a : b)}')
    printf '%-40s %10s %7s %10s %7s %7s ms\n' "$url" "$anon" "$(awk -v a="$anon" -v b="$static" 'BEGIN {printf "%.3f", a / b}')" \
      "$member" "$(awk -v a="$member" -v b="$static" 'BEGIN {printf "%.3f", a / b}')" "$single"
  done

  wrk -t2 -c32 -d"${duration}s" -H "$cookie" "$base/forum" >/dev/null &
  load=$!
  sleep 1
  out=$(wrk -t1 -c1 -d"$((duration - 2 > 1 ? duration - 2 : 1))s" --latency "$base/blog/wpis-1")
  wait "$load"
  echo "anonymous /blog/wpis-1 while 32 members load /forum: p50 $(awk '$1 == "50%" {print $2}' <<<"$out"), p99 $(awk '$1 == "99%" {print $2}' <<<"$out")"
  echo "resident memory after the load: $(($(awk '/VmRSS/ {print $2}' "/proc/$app_pid/status") / 1024)) MB"
  stop_site
done
