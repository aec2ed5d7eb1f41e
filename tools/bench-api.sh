#!/usr/bin/env bash
# The API's speed: `tessera serve --demo` (release build) on a fresh database, loaded on
# loopback with wrk, `GET /healthz` and the authenticated `GET /api/v1/articles/{article}/stock`
# in the same run, at 64 and 256 connections; requests/s, p50 and p99 latency, and the server's
# peak memory. Prints a markdown table and checks the targets of issue #7:
#   - the stock query reaches at least half the /healthz rate of the same run,
#   - its p99 is under 3x that of /healthz (at the same number of connections),
#   - the server stays under 64 MB (64 MiB of peak resident memory, VmHWM: under the load, and
#     while it started).
# Exits 1 if one is missed, 2 if the run itself failed.
#
# usage: tools/bench-api.sh [--db sqlite|postgres] [--duration SECONDS] [--warmup SECONDS]
#                           [--article NUMBER] [--no-build]
#   --db postgres   a fresh database on 127.0.0.1:5432, user postgres without a password (as
#                   .ci/run sets it up), made for the run and dropped after it
#   --duration      seconds of each measured run (default 10); --warmup before each (default 3)
#
# On a 2-core machine wrk gets core 0 and the server core 1 (taskset), so they do not fight
# over one core; the server then runs tokio's single-threaded scheduler. Traffic goes to 127.0.0.1
# only, and each run ends by itself after its duration.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)

db=sqlite
duration=10
warmup=3
article=2124907
build=1
while [ $# -gt 0 ]; do
  case "$1" in
    --db) db=${2:?}; shift 2 ;;
    --duration) duration=${2:?}; shift 2 ;;
    --warmup) warmup=${2:?}; shift 2 ;;
    --article) article=${2:?}; shift 2 ;;
    --no-build) build=; shift ;;
    -h|--help) sed -n '2,20p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) echo "unknown option $1 (see --help)" >&2; exit 2 ;;
  esac
done
case "$db" in sqlite|postgres) ;; *) echo "--db is sqlite or postgres" >&2; exit 2 ;; esac

say() { printf '%s\n' "$*" >&2; }

# --- Tools -----------------------------------------------------------------------------------
if ! command -v wrk >/dev/null 2>&1; then
  say "installing wrk (Debian's package)"
  DEBIAN_FRONTEND=noninteractive apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq wrk >/dev/null
fi
command -v taskset >/dev/null || { say "taskset (util-linux) is needed"; exit 2; }
command -v curl >/dev/null || { say "curl is needed"; exit 2; }

cores=$(nproc)
if [ "$cores" -ge 2 ]; then
  wrk_cpu=0
  server_cpu=1
else
  say "one core only: wrk and the server share it, the figures are not comparable"
  wrk_cpu=0
  server_cpu=0
fi

# --- Build -----------------------------------------------------------------------------------
target_dir=${CARGO_TARGET_DIR:-$root/target}
if [ -n "$build" ]; then
  say "building: cargo build --release --locked -p tessera"
  cargo build --release --locked -p tessera >&2
fi
bin="$target_dir/release/tessera"
[ -x "$bin" ] || { say "no release binary at $bin"; exit 2; }

# --- A fresh server --------------------------------------------------------------------------
work=$(mktemp -d "${TMPDIR:-/tmp}/tessera-bench.XXXXXX")
server_pid=
pg_db=
cleanup() {
  if [ -n "$server_pid" ] && kill -0 "$server_pid" 2>/dev/null; then
    kill "$server_pid" 2>/dev/null || true
    wait "$server_pid" 2>/dev/null || true
  fi
  if [ -n "$pg_db" ]; then
    psql -q -h 127.0.0.1 -p 5432 -U postgres -d postgres -c "DROP DATABASE IF EXISTS $pg_db WITH (FORCE)" >/dev/null 2>&1 || true
  fi
  rm -rf "$work"
}
trap cleanup EXIT

port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])' 2>/dev/null \
  || echo $((20000 + RANDOM % 20000)))
base="http://127.0.0.1:$port"

db_args=()
if [ "$db" = postgres ]; then
  command -v psql >/dev/null || { say "psql is needed for --db postgres"; exit 2; }
  pg_isready -q -h 127.0.0.1 -p 5432 || { say "PostgreSQL does not answer on 127.0.0.1:5432 (bash .ci/run starts it)"; exit 2; }
  pg_db="tessera_bench_$$_$RANDOM"
  psql -q -h 127.0.0.1 -p 5432 -U postgres -d postgres -c "CREATE DATABASE $pg_db" >/dev/null
  db_args=(--database-url "postgres://postgres@127.0.0.1:5432/$pg_db")
fi

say "starting tessera serve --demo on $base ($db, core $server_cpu)"
# A rate no load here reaches: the limiter is not what is measured.
TESSERA_API_RATE=4000000000 taskset -c "$server_cpu" "$bin" serve --demo --addr "127.0.0.1:$port" \
  --data "$work/data" "${db_args[@]}" >"$work/stdout" 2>"$work/stderr" &
server_pid=$!

key=
for _ in $(seq 1 300); do
  if ! kill -0 "$server_pid" 2>/dev/null; then
    say "the server stopped:"; cat "$work/stderr" >&2; exit 2
  fi
  key=$(sed -n 's/^API key .*: \(tsk_[0-9A-Za-z]*\)$/\1/p' "$work/stdout" | tail -n 1)
  if [ -n "$key" ] && curl -fsS -o /dev/null "$base/healthz" 2>/dev/null; then
    break
  fi
  sleep 0.1
done
[ -n "$key" ] || { say "no API key printed by serve --demo"; cat "$work/stdout" >&2; exit 2; }

stock_url="$base/api/v1/articles/$article/stock"
probe=$(curl -fsS -H "Authorization: Bearer $key" "$stock_url") || { say "the stock query failed"; exit 2; }
say "stock of $article: $probe"
# The peak so far is the start (migrations, the demo, its password's argon2 hash); from here on
# VmHWM counts the load alone (clear_refs 5 resets it, Linux 4.0 and later).
start_kb=$(awk '/^VmHWM:/ {print $2}' "/proc/$server_pid/status")
echo 5 >"/proc/$server_pid/clear_refs" 2>/dev/null || say "cannot reset the peak: it includes the start"

# --- Load ------------------------------------------------------------------------------------
# wrk prints latencies as 812.00us, 1.23ms, 1.02s: in milliseconds.
to_ms() {
  awk -v v="$1" 'BEGIN {
    n = v + 0; u = v; sub(/^[0-9.]+/, "", u)
    if (u == "us") n /= 1000; else if (u == "s") n *= 1000; else if (u == "m") n *= 60000
    printf "%.3f", n }'
}

declare -A rps p50 p99 bad
run() { # name url connections
  local name=$1 url=$2 c=$3 out
  local auth=()
  [ "$name" = stock ] && auth=(-H "Authorization: Bearer $key")
  taskset -c "$wrk_cpu" wrk -t1 -c"$c" -d"${warmup}s" --timeout 5s "${auth[@]}" "$url" >/dev/null
  out=$(taskset -c "$wrk_cpu" wrk -t1 -c"$c" -d"${duration}s" --timeout 5s --latency "${auth[@]}" "$url")
  printf '%s\n' "$out" >"$work/wrk-$name-$c.txt"
  rps[$name,$c]=$(awk '/^Requests\/sec:/ {print $2}' <<<"$out")
  p50[$name,$c]=$(to_ms "$(awk '$1 == "50%" {print $2}' <<<"$out")")
  p99[$name,$c]=$(to_ms "$(awk '$1 == "99%" {print $2}' <<<"$out")")
  # Responses that are not 2xx/3xx, and socket errors: a fast error is no result.
  local non2xx errors
  non2xx=$(awk '/Non-2xx or 3xx responses:/ {print $NF}' <<<"$out")
  errors=$(awk '/Socket errors:/ {gsub(/,/, ""); print $4 + $6 + $8 + $10}' <<<"$out")
  bad[$name,$c]=$(( ${non2xx:-0} + ${errors:-0} ))
  say "$(printf '%-8s %4s connections: %10s req/s  p50 %8s ms  p99 %8s ms  errors %s' \
    "$name" "$c" "${rps[$name,$c]}" "${p50[$name,$c]}" "${p99[$name,$c]}" "${bad[$name,$c]}")"
}

for c in 64 256; do
  run healthz "$base/healthz" "$c"
  run stock "$stock_url" "$c"
done

peak_kb=$(awk '/^VmHWM:/ {print $2}' "/proc/$server_pid/status")
now_kb=$(awk '/^VmRSS:/ {print $2}' "/proc/$server_pid/status")
threads=$(awk '/^Threads:/ {print $2}' "/proc/$server_pid/status")

# --- Report ----------------------------------------------------------------------------------
cpu=$(awk -F': ' '/^model name/ {print $2; exit}' /proc/cpuinfo)
rev=$(git rev-parse --short HEAD 2>/dev/null || echo "?")
fail=0
check() { # description ok(1/0)
  if [ "$2" = 1 ]; then echo "- [x] $1"; else echo "- [ ] **missed:** $1"; fail=1; fi
}
ge() { awk -v a="$1" -v b="$2" 'BEGIN { print (a + 0 >= b + 0) ? 1 : 0 }'; }
lt() { awk -v a="$1" -v b="$2" 'BEGIN { print (a + 0 < b + 0) ? 1 : 0 }'; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { if (b + 0 == 0) print "-"; else printf "%.2f", a / b }'; }
mb() { awk -v k="$1" 'BEGIN { printf "%.1f", k / 1024 }'; }

echo
echo "### $db ($(date -u +%Y-%m-%d), $rev, ${cores} cores: $cpu)"
echo
echo "wrk 1 thread on core $wrk_cpu, server on core $server_cpu ($threads threads), ${warmup} s warm-up then ${duration} s per row; \`GET /api/v1/articles/$article/stock\` with the demo's key."
echo
echo "| endpoint | connections | requests/s | p50 | p99 | errors |"
echo "| --- | ---: | ---: | ---: | ---: | ---: |"
for c in 64 256; do
  for name in healthz stock; do
    label='`GET /healthz`'
    [ "$name" = stock ] && label='`GET /api/v1/articles/{article}/stock`'
    printf '| %s | %s | %s | %s ms | %s ms | %s |\n' "$label" "$c" \
      "$(printf "%'.0f" "${rps[$name,$c]}" 2>/dev/null || echo "${rps[$name,$c]}")" \
      "${p50[$name,$c]}" "${p99[$name,$c]}" "${bad[$name,$c]}"
  done
done
echo
echo "Server memory (resident): peak $(mb "$peak_kb") MB under load (VmHWM), $(mb "$start_kb") MB peak while starting (migrations, demo, argon2), $(mb "$now_kb") MB at the end."
echo
for c in 64 256; do
  r=$(ratio "${rps[stock,$c]}" "${rps[healthz,$c]}")
  check "stock at $c connections: $r × the /healthz rate (at least 0.50)" \
    "$(ge "${rps[stock,$c]}" "$(awk -v h="${rps[healthz,$c]}" 'BEGIN { print h / 2 }')")"
  r=$(ratio "${p99[stock,$c]}" "${p99[healthz,$c]}")
  check "stock p99 at $c connections: $r × that of /healthz (under 3)" \
    "$(lt "${p99[stock,$c]}" "$(awk -v h="${p99[healthz,$c]}" 'BEGIN { print h * 3 }')")"
done
check "peak memory under load $(mb "$peak_kb") MB (under 64 MB)" "$(lt "$peak_kb" $((64 * 1024)))"
check "peak memory while starting $(mb "$start_kb") MB (under 64 MB)" "$(lt "$start_kb" $((64 * 1024)))"
for k in "${!bad[@]}"; do
  if [ "${bad[$k]}" != 0 ]; then
    check "no errors (${k/,/ at } connections: ${bad[$k]})" 0
  fi
done
exit "$fail"
