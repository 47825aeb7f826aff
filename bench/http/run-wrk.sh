#!/usr/bin/env bash
# HTTP load benchmark: single-party screens against OFAC SDN 2024-05 + non-SDN + UN with wrk (Debian package).
# Usage: bench/http/run-wrk.sh [DURATION_SECONDS] [CONNECTIONS] [WARM_UP_SECONDS]
# Needs ../shared/data (or $EMBARGO_SHARED_DIR). Prints wrk's figures: requests/s and latency percentiles.
set -euo pipefail
cd "$(dirname "$0")/../.."
duration="${1:-30}"
connections="${2:-32}"
# A long-running service has its hot code compiled at the top tier: the JIT's background compilation goes on for
# tens of seconds under load, and a short warm-up measures it as much as the service.
warmup="${3:-30}"
shared="${EMBARGO_SHARED_DIR:-$(cd .. && pwd)/shared}"
command -v wrk >/dev/null || { echo "wrk not found: apt-get install -y wrk"; exit 2; }

work=$(mktemp -d)
trap 'kill "$server" 2>/dev/null || true; rm -rf "$work"' EXIT
dotnet build -c Release src/Embargo.Cli -v q -nologo >/dev/null
embargo="dotnet src/Embargo.Cli/bin/Release/net10.0/embargo.dll --data-dir $work/data"
$embargo lists import "$shared/data/lists/ofac-sdn-2024-05" "$shared/data/lists/ofac-cons-2025-12" "$shared/data/lists/un-2026-02-27" >/dev/null
key=$($embargo keys create --role screen --rate-limit 0 --name wrk 2>/dev/null)

# One JSON body per line from the synthetic negatives (names, dates of birth, nationalities), plus some listed names.
python3 - "$shared/data/bench/screening/negatives_global.csv" "$work/bodies.jsonl" <<'PY'
import csv, json, sys
rows = list(csv.DictReader(open(sys.argv[1], encoding="utf-8")))[:20000]
with open(sys.argv[2], "w", encoding="utf-8") as out:
    for i, r in enumerate(rows):
        body = {"name": r["full_name"]}
        if r.get("date_of_birth"): body["birth_date"] = r["date_of_birth"]
        out.write(json.dumps(body, ensure_ascii=False) + "\n")
        if i % 20 == 0:
            out.write(json.dumps({"name": "Dmitry Shugaev"}) + "\n")
PY

# A long-running service is started with tiered compilation (the embargo executable turns it off for its short and
# batch commands, see README): the framework's precompiled code then moves up to the top tier, a third more requests/s.
DOTNET_TieredCompilation=1 $embargo serve --listen http://127.0.0.1:18181 > "$work/server.log" 2>&1 &
server=$!
for _ in $(seq 1 120); do curl -sf http://127.0.0.1:18181/readyz >/dev/null && break; sleep 0.5; done
cat "$work/server.log"
# Warm up (JIT, caches), then measure.
EMBARGO_WRK_BODIES="$work/bodies.jsonl" EMBARGO_WRK_KEY="$key" wrk -t2 -c"$connections" -d"${warmup}s" -s bench/http/screen.lua http://127.0.0.1:18181 >/dev/null
echo "wrk -t2 -c$connections -d${duration}s --latency -s bench/http/screen.lua (POST /v1/screen, $(wc -l < "$work/bodies.jsonl") bodies)"
EMBARGO_WRK_BODIES="$work/bodies.jsonl" EMBARGO_WRK_KEY="$key" wrk -t2 -c"$connections" -d"${duration}s" --latency -s bench/http/screen.lua http://127.0.0.1:18181
