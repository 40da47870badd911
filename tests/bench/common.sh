# Shared by the benchmark scripts (sourced): installs wrk when missing, makes a work folder removed at exit (stopping
# the site started in it), picks a free loopback port and publishes the site in Release, ReadyToRun.
as_root() { if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi; }
command -v wrk >/dev/null || { as_root apt-get update -qq && DEBIAN_FRONTEND=noninteractive as_root apt-get install -y -qq wrk >/dev/null; }
work=$(mktemp -d "/tmp/siec-${bench_name:-bench}.XXXXXX")
app_pid=""
stop_site() { [ -z "$app_pid" ] || { kill "$app_pid" 2>/dev/null || true; wait "$app_pid" 2>/dev/null || true; app_pid=""; }; }
trap 'stop_site; rm -rf "$work"' EXIT
port=$(for p in $(shuf -i 20000-60000 -n 100); do (exec 3<>"/dev/tcp/127.0.0.1/$p") 2>/dev/null || { echo "$p"; break; }; done)
base="http://127.0.0.1:$port"
# Published as a deployment would be (README, Deploying): ReadyToRun, so start-up does not wait for the JIT.
dotnet publish src/Siec.Cms.Web -c Release -r linux-x64 --self-contained false -p:PublishReadyToRun=true -o "$work/app" >/dev/null
