#!/usr/bin/env bash
# Benchmark 4: the reference page in the preview host under a loopback load (wrk), with the demo Jira fast, slow
# (2 s per request) and down. For each scenario: requests per second and p50/p99 latency of the page view, and of the
# page's status call (warm: its statuses were asked once before). Bounded: DURATION seconds per run, one warm-up run
# then ROUNDS runs; the median run is printed. Needs wrk (apt-get install -y wrk) and the command line jar (bin/agenda builds it).
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
DURATION="${DURATION:-15}"
ROUNDS="${ROUNDS:-3}"
CONNECTIONS="${CONNECTIONS:-16}"
command -v wrk >/dev/null || { echo "wrk is not installed: apt-get install -y wrk" >&2; exit 2; }
"$root/bin/agenda" --version >/dev/null

run_wrk() { # url -> "rps p50 p99" (latencies in ms)
  wrk -t2 -c"$CONNECTIONS" -d"${DURATION}s" --latency "$1" | awk '
    /Requests\/sec/ {rps=$2}
    /^ +50%/ {p50=$2} /^ +99%/ {p99=$2}
    function ms(v) { if (v ~ /us$/) return v/1000; if (v ~ /ms$/) return v+0; if (v ~ /s$/) return v*1000; return v }
    END {printf "%.0f %.1f %.1f\n", rps, ms(p50), ms(p99)}'
}

median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }

scenario() { # name port args...
  local name="$1" port="$2"; shift 2
  local work; work="$(mktemp -d)"
  (cd "$work" && exec java -jar "$root/app/target/agenda.jar" serve --port "$port" --data "$work/data" "$@" \
      > "$work/serve.log" 2>&1) &
  local pid=$!
  for _ in $(seq 1 120); do grep -q 'agenda preview:' "$work/serve.log" 2>/dev/null && break; sleep 0.5; done
  local page; page="$(curl -fsS "http://127.0.0.1:$port/" | grep -o -m 1 '/pages/[0-9]*' | head -n 1)"
  local status="http://127.0.0.1:$port/rest/agenda/1.0$page/status?keys=DM-12813,RFC-188,RFC-243"
  curl -fsS -o /dev/null "http://127.0.0.1:$port$page"
  curl -fsS -o /dev/null -m 30 "$status" || true
  local pages=() statuses=()
  run_wrk "http://127.0.0.1:$port$page" >/dev/null   # warm-up (the JIT), not counted
  run_wrk "$status" >/dev/null
  for _ in $(seq 1 "$ROUNDS"); do
    pages+=("$(run_wrk "http://127.0.0.1:$port$page")")
    statuses+=("$(run_wrk "$status")")
  done
  kill "$pid"; wait "$pid" 2>/dev/null || true
  local kind runs rps p50 p99
  for kind in page status; do
    if [ "$kind" = page ]; then runs=("${pages[@]}"); else runs=("${statuses[@]}"); fi
    rps="$(printf '%s\n' "${runs[@]}" | awk '{print $1}' | median)"
    p50="$(printf '%s\n' "${runs[@]}" | awk '{print $2}' | median)"
    p99="$(printf '%s\n' "${runs[@]}" | awk '{print $3}' | median)"
    printf '| %-10s | %-6s | %7s | %8s | %8s | %s |\n' "$name" "$kind" "$rps" "$p50" "$p99" \
      "$(printf '%s; ' "${runs[@]}")"
  done
}

echo "| Jira       | call   | req/s   | p50 ms   | p99 ms   | runs (req/s p50 p99) |"
echo "|------------|--------|---------|----------|----------|----------------------|"
scenario "fast" 8191 --demo-jira
scenario "slow (2 s)" 8192 --demo-jira --demo-jira-latency 2000
JIRA_TOKEN=unused scenario "down" 8193 --jira http://127.0.0.1:9 --jira-timeout 2
