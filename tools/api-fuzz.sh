#!/usr/bin/env bash
# Schemathesis against Tessera's own OpenAPI document: starts `tessera serve --demo` on a free
# loopback port (SQLite in a fresh folder, or a fresh PostgreSQL database with --db postgres),
# takes the demo API key it prints, and lets schemathesis generate requests for every operation,
# valid and invalid, checking that none is answered with a server error and that every response
# matches the document. Bounded: --max-examples per operation (default 40).
#
#   tools/api-fuzz.sh [--db sqlite|postgres] [--max-examples N] [--binary PATH]
set -euo pipefail
cd "$(dirname "$0")/.."
db=sqlite
examples=40
binary=""
while [ $# -gt 0 ]; do
  case "$1" in
    --db) db="$2"; shift 2 ;;
    --max-examples) examples="$2"; shift 2 ;;
    --binary) binary="$2"; shift 2 ;;
    *) echo "unknown argument $1" >&2; exit 2 ;;
  esac
done
target="${CARGO_TARGET_DIR:-target}"
if [ -z "$binary" ]; then
  cargo build --locked -p tessera
  binary="$target/debug/tessera"
fi

venv="${TESSERA_ST_VENV:-$HOME/.cache/tessera-schemathesis}"
if [ ! -x "$venv/bin/st" ]; then
  python3 -m venv "$venv"
  "$venv/bin/pip" install -q --disable-pip-version-check schemathesis==4.32.5
fi

work=$(mktemp -d)
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1]); s.close()')
args=(serve --demo --addr "127.0.0.1:$port" --data "$work/data")
pgdb=""
if [ "$db" = postgres ]; then
  pgdb="tessera_fuzz_$$"
  psql -h 127.0.0.1 -U postgres -qc "CREATE DATABASE $pgdb" >/dev/null
  args+=(--database-url "postgres://postgres@127.0.0.1:5432/$pgdb")
fi
server=""
cleanup() {
  [ -n "$server" ] && kill "$server" 2>/dev/null && wait "$server" 2>/dev/null || true
  [ -n "$pgdb" ] && psql -h 127.0.0.1 -U postgres -qc "DROP DATABASE IF EXISTS $pgdb" >/dev/null 2>&1 || true
  rm -rf "$work"
}
trap cleanup EXIT
# The limiter would answer 429 to a fuzzer's pace; that is tested elsewhere.
TESSERA_API_RATE=1000000 RUST_LOG=warn "$binary" "${args[@]}" >"$work/out" 2>"$work/err" &
server=$!
for _ in $(seq 1 100); do
  grep -q "^API key" "$work/out" 2>/dev/null && break
  kill -0 "$server" 2>/dev/null || { cat "$work/err" >&2; exit 1; }
  sleep 0.2
done
key=$(grep "^API key" "$work/out" | grep -o 'tsk_[0-9A-Za-z]*' | head -n 1)
[ -n "$key" ] || { echo "no API key printed" >&2; cat "$work/out" "$work/err" >&2; exit 1; }

echo "schemathesis on $db: http://127.0.0.1:$port/api/openapi.json, $examples examples per operation"
status=0
SCHEMATHESIS_HOOKS=schemathesis_hooks PYTHONPATH="$PWD/tools" "$venv/bin/st" run "http://127.0.0.1:$port/api/openapi.json" \
  --url "http://127.0.0.1:$port" \
  -H "Authorization: Bearer $key" \
  --checks "${TESSERA_ST_CHECKS:-not_a_server_error,response_schema_conformance,content_type_conformance}" \
  --max-examples "$examples" \
  --phases examples,coverage,fuzzing \
  --seed 7 \
  --workers 2 \
  --request-timeout 10 \
  --suppress-health-check all \
  --warnings off || status=$?
if grep -q "panicked\|internal error" "$work/err"; then
  echo "the server logged an internal error:" >&2
  grep -m 20 "panicked\|internal error" "$work/err" >&2
  status=1
fi
exit $status
