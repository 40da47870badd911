#!/usr/bin/env bash
# Measures reader pages with wrk on loopback against a Release build, as ratios to a static file served by the same
# server. Not part of the test run (timings are not tests). Usage: bash tests/bench/run.sh [seconds-per-url]
set -euo pipefail
cd "$(dirname "$0")/../.."
duration=${1:-10}

if ! command -v wrk >/dev/null; then
  if [ "$(id -u)" -eq 0 ]; then apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq wrk >/dev/null;
  else sudo apt-get update -qq && sudo DEBIAN_FRONTEND=noninteractive apt-get install -y -qq wrk >/dev/null; fi
fi

work=$(mktemp -d /tmp/siec-bench.XXXXXX)
port=$(for p in $(shuf -i 20000-60000 -n 100); do (exec 3<>"/dev/tcp/127.0.0.1/$p") 2>/dev/null || { echo "$p"; break; }; done)
dotnet publish src/Siec.Cms.Web -c Release -o "$work/app" >/dev/null
(cd "$work/app" && ASPNETCORE_ENVIRONMENT=Production ./Siec.Cms.Web --urls "http://127.0.0.1:$port" \
   --Cms:DataPath="$work/data" --Cms:Setup:AdminPassword=Bench-Haslo-123 --Logging:LogLevel:Default=Warning >"$work/app.log" 2>&1) &
app=$!
trap 'kill $app 2>/dev/null || true; wait $app 2>/dev/null || true; rm -rf "$work"' EXIT
for _ in $(seq 1 120); do curl -fs "http://127.0.0.1:$port/health" >/dev/null 2>&1 && break; sleep 0.5; done
curl -fs "http://127.0.0.1:$port/health" >/dev/null || { echo "site did not start"; cat "$work/app.log"; exit 1; }

urls=(/theme/css/site.css / /blog/inauguracja-sieci /materialy /warsztaty/spotkanie-inauguracyjne-sulejowek /forum /forum/sprawy-ogolne
  /forum/sprawy-ogolne/witamy-na-forum-sieci /czlonkowie "/szukaj?q=sulejow" /dolacz)
for url in "${urls[@]}"; do wrk -t2 -c32 -d3s "http://127.0.0.1:$port$url" >/dev/null; done

printf '%-48s %12s %10s %8s\n' "URL" "req/s" "latency" "ratio"
base=""
for url in "${urls[@]}"; do
  out=$(wrk -t2 -c32 -d"${duration}s" --latency "http://127.0.0.1:$port$url")
  rps=$(awk '/Requests\/sec/ {print $2}' <<<"$out")
  latency=$(awk '/^    Latency/ {print $2; exit}' <<<"$out")
  errors=$(awk '/Non-2xx/ {print $5}' <<<"$out")
  [ -n "$base" ] || base=$rps
  printf '%-48s %12s %10s %8s%s\n' "$url" "$rps" "$latency" "$(awk -v a="$rps" -v b="$base" 'BEGIN {printf "%.2f", a / b}')" "${errors:+  (non-2xx: $errors)}"
done
