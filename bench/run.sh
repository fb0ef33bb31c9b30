#!/usr/bin/env bash
# The portal's benchmark. Builds the app in Release, starts a throwaway PostgreSQL cluster, generates a network of
# 3,000 members with its examples, indicators, events and invoices, starts the app and measures it with wrk on
# loopback; writes the results as a table to docs/benchmarks.md, keeping its section "How the benchmark runs".
#
#   bench/run.sh            the full data set, 15 s per page (about 15 minutes)
#   bench/run.sh --quick    a tenth of the data, 5 s per page (a few minutes); results in bench/results-quick.md
#   bench/run.sh --out FILE write the results to FILE instead
#   bench/run.sh --newsletter-only  only the newsletter send rate, on an empty database (prints its row)
#   bench/run.sh --keep     leave the app, the database and the working folder running afterwards, to look into them
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
QUICK=0
KEEP=0
NEWSLETTER_ONLY=0
OUT=""
while [[ $# -gt 0 ]]; do
    case "$1" in
        --quick) QUICK=1 ;;
        --out) OUT="$2"; shift ;;
        --keep) KEEP=1 ;;
        --newsletter-only) NEWSLETTER_ONLY=1 ;;
        *) echo "Unknown option $1. Usage: bench/run.sh [--quick] [--out FILE] [--keep] [--newsletter-only]" >&2; exit 2 ;;
    esac
    shift
done

if [[ $QUICK == 1 ]]; then
    DURATION=5s; WARMUP=2s; OUT=${OUT:-$ROOT/bench/results-quick.md}; GENERATE_SCALE=--quick
else
    DURATION=15s; WARMUP=5s; OUT=${OUT:-$ROOT/docs/benchmarks.md}; GENERATE_SCALE=
fi
CONNECTIONS=64
THREADS=2
RUN_YEAR=2026              # the fee year the invoice run issues; the generated invoices end with 2025
INDICATOR_YEAR=2024

log() { printf '[%(%H:%M:%S)T] %s\n' -1 "$*" >&2; }
fail() { log "FAILED: $*"; exit 1; }

for tool in dotnet wrk curl psql; do
    command -v "$tool" >/dev/null || fail "$tool is missing (wrk: apt-get install wrk; psql: apt-get install postgresql)"
done
PG_BIN=""
for dir in $(tr ':' ' ' <<<"$PATH") $(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -r); do
    if [[ -x $dir/initdb && -x $dir/pg_ctl ]]; then PG_BIN=$dir; break; fi
done
[[ -n $PG_BIN ]] || fail "PostgreSQL server binaries (initdb, pg_ctl) not found: apt-get install postgresql"

WORK=$(mktemp -d /tmp/ecomuna-bench-XXXXXX)
chmod 755 "$WORK"
APP_PID=""
AS_POSTGRES=()
[[ $(id -u) == 0 ]] && AS_POSTGRES=(runuser -u postgres --)

cleanup() {
    set +e
    if [[ $KEEP == 1 ]]; then
        log "Kept $WORK; the app runs as $APP_PID on ${BASE:-}, PostgreSQL on port ${PG_PORT:-}. Stop with:"
        log "  kill $APP_PID; ${AS_POSTGRES[*]} $PG_BIN/pg_ctl -D $WORK/pg/data -m immediate stop; rm -rf $WORK"
        return
    fi
    [[ -n $APP_PID ]] && kill "$APP_PID" 2>/dev/null && wait "$APP_PID" 2>/dev/null
    [[ -d $WORK/pg/data ]] && "${AS_POSTGRES[@]}" "$PG_BIN/pg_ctl" -D "$WORK/pg/data" -m immediate -w stop >/dev/null 2>&1
    rm -rf "$WORK"
}
trap cleanup EXIT

free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'; }
now_ms() { date +%s%3N; }

# 1. Build: the app as it is deployed, and the data generator.
log "Publishing the app in Release"
# Into bench/.build, so that a second run only builds what changed.
BUILD=$ROOT/bench/.build
dotnet publish "$ROOT/src/Ecomuna.Web" -c Release -o "$BUILD/app" --nologo -v quiet >"$WORK/publish.log" 2>&1 || { cat "$WORK/publish.log"; fail "publish"; }
dotnet build "$ROOT/bench/Ecomuna.Bench" -c Release -o "$BUILD/generator" --nologo -v quiet >"$WORK/generator.log" 2>&1 || { cat "$WORK/generator.log"; fail "generator build"; }
cp -r "$BUILD/app" "$WORK/app"

# 2. A throwaway PostgreSQL cluster on a free port, owned by the postgres user when run as root.
PG_PORT=$(free_port)
mkdir -p "$WORK/pg"
[[ ${#AS_POSTGRES[@]} -gt 0 ]] && chown postgres:postgres "$WORK/pg"
log "Starting PostgreSQL on port $PG_PORT"
(cd /tmp && "${AS_POSTGRES[@]}" "$PG_BIN/initdb" -D "$WORK/pg/data" -U postgres -A trust -E UTF8 --locale=C.UTF-8 >"$WORK/initdb.log" 2>&1) \
    || { cat "$WORK/initdb.log"; fail "initdb"; }
(cd /tmp && "${AS_POSTGRES[@]}" "$PG_BIN/pg_ctl" -D "$WORK/pg/data" -l "$WORK/pg/server.log" -w -t 60 \
    -o "-p $PG_PORT -k $WORK/pg -c listen_addresses=127.0.0.1 -c shared_buffers=256MB -c max_connections=200" start >/dev/null) \
    || fail "pg_ctl start"
PSQL=(psql -h 127.0.0.1 -p "$PG_PORT" -U postgres -X -q -v ON_ERROR_STOP=1)
"${PSQL[@]}" -d postgres -c 'CREATE DATABASE ecomuna'
sql() { "${PSQL[@]}" -d ecomuna -At -c "$1"; }

export Database__Provider=Postgres
export Database__ConnectionString="Host=127.0.0.1;Port=$PG_PORT;Database=ecomuna;Username=postgres"
export DataDirectory="$WORK/data"
export ASPNETCORE_ENVIRONMENT=Production
export Association__Name="Sveriges Ekokommuner (benchmark)"
export Association__Address="Box 1\n111 11 Stockholm"
export Association__OrganisationNumber="802400-1234"
export Association__Bankgiro="123-4567"
mkdir -p "$DataDirectory"

# 6b. The newsletter send rate, with the app stopped so that only the measured sender sends: a newsletter to NEWSLETTER_COUNT subscribers through the outbox sender and the app's SMTP
# transport to a local SMTP server (Python's aiosmtpd, the one the tests use), next to plain loops of sends.
NEWSLETTER_COUNT=${NEWSLETTER_COUNT:-$([[ $QUICK == 1 ]] && echo 2000 || echo 100000)}
NEWSLETTER_CONNECTIONS=${NEWSLETTER_CONNECTIONS:-8}
newsletter_rate() {
    local port rules log out
    port=$(free_port); rules="$WORK/smtp-rules.json"; log="$WORK/smtp-received.jsonl"
    echo '{"permanent": [], "temporary": {}}' >"$rules"
    coproc SMTP { SMTP_TEST_NO_FSYNC=1 exec "$SMTP_PYTHON" "$ROOT/tests/Ecomuna.IntegrationTests/Email/smtp_test_server.py" "$port" "$log" "$rules"; }
    local ready; read -r -t 30 ready <&"${SMTP[0]}" || true
    [[ $ready == READY ]] || { kill "$SMTP_PID" 2>/dev/null; fail "the SMTP server did not start (apt-get install python3-aiosmtpd)"; }
    out=$(dotnet "$BUILD/generator/Ecomuna.Bench.dll" newsletter --connection "$Database__ConnectionString" --smtp-port "$port" --count "$NEWSLETTER_COUNT" --connections "$NEWSLETTER_CONNECTIONS" | grep '^NEWSLETTER') \
        || { kill "$SMTP_PID" 2>/dev/null; fail "newsletter send rate"; }
    kill "$SMTP_PID" 2>/dev/null; wait "$SMTP_PID" 2>/dev/null || true
    echo "$out"
}
SMTP_PYTHON=""
for candidate in /usr/bin/python3 python3; do   # the system Python has Debian's python3-aiosmtpd
    if command -v "$candidate" >/dev/null && "$candidate" -c 'import aiosmtpd' 2>/dev/null; then SMTP_PYTHON=$candidate; break; fi
done
newsletter_step() {
    if [[ -n $SMTP_PYTHON ]]; then
        log "Newsletter send rate, $NEWSLETTER_COUNT recipients"
        NEWSLETTER=$(newsletter_rate)
        nl_field() { sed -n "s/.*$1=\([^ ]*\).*/\1/p" <<<"$NEWSLETTER"; }
        NEWSLETTER_ROW="| Newsletter send rate, $NEWSLETTER_COUNT recipients (outbox sender, $(nl_field connections) connections, to a local SMTP server) | $(nl_field outbox_rate) messages/s; plain SmtpClient loops without a database: $(nl_field plain_rate) messages/s with $(nl_field connections) side by side, $(nl_field plain1_rate) messages/s alone; putting them in the outbox took $(nl_field expand_s) s | – |"
    else
        NEWSLETTER_ROW="| Newsletter send rate | not measured: python3-aiosmtpd is missing | – |"
    fi
}

# 3. Schema, data and an admin to sign in with (admins must use two-factor authentication: the benchmark's admin gets
#    an authenticator key of its own, and the login below answers with the current code).
(cd "$WORK/app" && dotnet Ecomuna.Web.dll migrate) >"$WORK/migrate.log" 2>&1 || { cat "$WORK/migrate.log"; fail "migrate"; }
if [[ $NEWSLETTER_ONLY == 1 ]]; then
    newsletter_step
    echo "$NEWSLETTER_ROW"
    exit 0
fi
log "Generating the data set"
GEN_START=$(now_ms)
dotnet "$BUILD/generator/Ecomuna.Bench.dll" generate --connection "$Database__ConnectionString" $GENERATE_SCALE | tee "$WORK/generate.log" >&2
GEN_SECONDS=$(awk "BEGIN{printf \"%.0f\", ($(now_ms)-$GEN_START)/1000}")
ADMIN_EMAIL=bench-admin@ecomuna.local
ADMIN_PASSWORD="bench-$(date +%s)-password"
(cd "$WORK/app" && ECOMUNA_ADMIN_PASSWORD="$ADMIN_PASSWORD" dotnet Ecomuna.Web.dll create-admin --email "$ADMIN_EMAIL" --name Benchmark) >/dev/null
ADMIN_KEY=$(python3 -c 'import base64, os; print(base64.b32encode(os.urandom(20)).decode())')
sql "INSERT INTO \"AspNetUserTokens\" (\"UserId\", \"LoginProvider\", \"Name\", \"Value\")
     SELECT \"Id\", '[AspNetUserStore]', 'AuthenticatorKey', '$ADMIN_KEY' FROM \"AspNetUsers\" WHERE \"Email\" = '$ADMIN_EMAIL';
     UPDATE \"AspNetUsers\" SET \"TwoFactorEnabled\" = true WHERE \"Email\" = '$ADMIN_EMAIL'" >/dev/null
totp() { python3 -c 'import base64, hmac, struct, sys, time
key = base64.b32decode(sys.argv[1]); digest = hmac.new(key, struct.pack(">Q", int(time.time()) // 30), "sha1").digest()
offset = digest[-1] & 15; print("%06d" % ((struct.unpack(">I", digest[offset:offset + 4])[0] & 0x7fffffff) % 1000000))' "$1"; }

# 4. Start the app and time it to its first page.
APP_PORT=$(free_port)
BASE="http://127.0.0.1:$APP_PORT"
log "Starting the app on $BASE"
START=$(now_ms)
# Plain http on loopback: Security__AllowHttp lets the forms' antiforgery cookie work without TLS.
(cd "$WORK/app" && exec env ASPNETCORE_URLS="$BASE" Security__AllowHttp=true dotnet Ecomuna.Web.dll >"$WORK/app.log" 2>&1) &
APP_PID=$!
until [[ $(curl -s -o /dev/null -w '%{http_code}' "$BASE/" || true) == 200 ]]; do
    kill -0 "$APP_PID" 2>/dev/null || { tail -50 "$WORK/app.log"; fail "the app stopped"; }
    (( $(now_ms) - START > 120000 )) && fail "no first page within 2 minutes"
    sleep 0.05
done
STARTUP_MS=$(( $(now_ms) - START ))
# The subshell exec'd dotnet, so $APP_PID is the app itself.
log "First page after $STARTUP_MS ms"

# Sign in through the login form with its antiforgery token.
JAR=$WORK/cookies.txt
token_of() { grep -o 'name="__RequestVerificationToken" type="hidden" value="[^"]*"' | head -1 | sed 's/.*value="//; s/"$//'; }
TOKEN=$(curl -s -c "$JAR" -b "$JAR" "$BASE/Account/Login" | token_of)
curl -s -o /dev/null -c "$JAR" -b "$JAR" --data-urlencode "Input.Email=$ADMIN_EMAIL" --data-urlencode "Input.Password=$ADMIN_PASSWORD" \
    --data-urlencode "__RequestVerificationToken=$TOKEN" "$BASE/Account/Login"
TOKEN=$(curl -s -c "$JAR" -b "$JAR" "$BASE/Account/LoginWith2fa" | token_of)
curl -s -o /dev/null -c "$JAR" -b "$JAR" --data-urlencode "Input.TwoFactorCode=$(totp "$ADMIN_KEY")" \
    --data-urlencode "__RequestVerificationToken=$TOKEN" "$BASE/Account/LoginWith2fa"
COOKIE=$(awk -F'\t' 'NF>=7 {sub(/^#HttpOnly_/, "", $1); printf "%s%s=%s", (n++ ? "; " : ""), $6, $7}' "$JAR")
[[ $COOKIE == *Ecomuna.Auth=* ]] || fail "could not sign in as the benchmark admin"

# 5. The pages, with ids from the generated data.
THEME=$(sql "SELECT \"Id\" FROM \"ExampleThemes\" WHERE \"NameSv\" = 'Energi'")
EXAMPLE=$(sql "SELECT \"Id\" FROM \"GoodExamples\" WHERE \"Status\" = 4 ORDER BY \"PublishedAtUtc\" DESC LIMIT 1 OFFSET 5")
MEMBER=$(sql "SELECT \"Id\" FROM \"Members\" WHERE \"Status\" = 2 ORDER BY \"Id\" LIMIT 1 OFFSET 41")
INDICATOR=$(sql "SELECT \"Id\" FROM \"KeyIndicators\" WHERE \"Code\" = 'GN.2a'")
PAGES=(
    "Static file (ceiling)|/css/site.css|public"
    "Home page|/|public"
    "Good examples: search and filter|/Examples?q=solceller&theme=$THEME|public"
    "A good example|/Examples/Details/$EXAMPLE|public"
    "Member directory|/Members|public"
    "A member's page|/Members/Details/$MEMBER|public"
    "Key-indicator comparison|/Indicators?indicator=$INDICATOR&year=$INDICATOR_YEAR|public"
    "A member's indicator trends|/Indicators/Member/$MEMBER|public"
    "Calendar|/Events|public"
    "Admin: members, filtered|/Admin/Members?status=Active&part=Gotaland&kind=Municipality&sort=population&desc=true|admin"
    "Admin: invoices, filtered|/Admin/Invoices?year=2025&status=Paid|admin"
)

to_ms() { # wrk prints 812.00us, 1.23ms, 1.05s, 2.00m; nothing when no request finished
    [[ -z $1 ]] && { echo "–"; return; }
    awk -v v="$1" 'BEGIN{ n=v+0; u=v; sub(/^[0-9.]+/, "", u);
        if (u=="us") n/=1000; else if (u=="s") n*=1000; else if (u=="m") n*=60000; printf "%.1f", n }'
}

ROWS=()
STATIC_RPS=0
MISSES=()
for page in "${PAGES[@]}"; do
    IFS='|' read -r name path access <<<"$page"
    headers=()
    [[ $access == admin ]] && headers=(-H "Cookie: $COOKIE")
    code=$(curl -s -o /dev/null -w '%{http_code}' "${headers[@]}" "$BASE$path")
    [[ $code == 200 ]] || fail "$name ($path) answered $code instead of 200"
    log "wrk: $name ($path)"
    wrk -t"$THREADS" -c16 -d"$WARMUP" "${headers[@]}" "$BASE$path" >/dev/null
    # A 10 s timeout, not wrk's 2 s: a slow page is measured as slow rather than counted as failed.
    result=$(wrk -t"$THREADS" -c"$CONNECTIONS" -d"$DURATION" --timeout 10s --latency "${headers[@]}" "$BASE$path")
    echo "$result" >>"$WORK/wrk.log"
    rps=$(awk '/^Requests\/sec:/ {printf "%.0f", $2}' <<<"$result")
    p50=$(to_ms "$(awk '$1=="50%" {print $2}' <<<"$result")")
    p99=$(to_ms "$(awk '$1=="99%" {print $2}' <<<"$result")")
    requests=$(awk '/requests in/ {print $1}' <<<"$result")
    non2xx=$(awk '/Non-2xx or 3xx responses:/ {print $NF}' <<<"$result")
    socket=$(awk '/Socket errors:/ {gsub(",", ""); print $4+$6+$8+$10}' <<<"$result")
    errors=$(( ${non2xx:-0} + ${socket:-0} ))
    if [[ $access == public && $name == Static* ]]; then STATIC_RPS=$rps; share="100 %"; else share="$(awk -v a="$rps" -v b="$STATIC_RPS" 'BEGIN{printf "%.0f %%", b ? 100*a/b : 0}')"; fi
    missed=()
    (( errors > 0 )) && missed+=("errors")
    [[ $p99 == – ]] || awk -v p="$p99" 'BEGIN{exit !(p >= 100)}' && missed+=("p99")
    [[ $access == public && $name != Static* ]] && awk -v a="$rps" -v b="$STATIC_RPS" 'BEGIN{exit !(a < 0.2*b)}' && missed+=("rate")
    verdict=ok
    if [[ ${#missed[@]} -gt 0 ]]; then
        verdict="miss: $(IFS=,; echo "${missed[*]}" | sed 's/,/, /g')"
        MISSES+=("$name ($(IFS=,; echo "${missed[*]}" | sed 's/,/, /g'))")
    fi
    ROWS+=("| $name | \`${path//|/\\|}\` | $rps | $share | $p50 | $p99 | $errors of $requests | $verdict |")
done

PAGES_PEAK_MB=$(( $(awk '/^VmHWM:/ {print $2}' "/proc/$APP_PID/status") / 1024 ))

# 6. The yearly invoice run for every active member, then sending each invoice with its PDF, driven like an admin would.
run_work() { # POST a form of the Run page and wait for the background work it starts; prints its seconds
    local handler=$1 token location started state
    token=$(curl -s -b "$JAR" -c "$JAR" "$BASE/Admin/Invoices/Run?year=$RUN_YEAR" | token_of)
    started=$(now_ms)
    location=$(curl -s -o /dev/null -w '%{redirect_url}' -b "$JAR" -c "$JAR" --data-urlencode "year=$RUN_YEAR" \
        --data-urlencode "__RequestVerificationToken=$token" "$BASE/Admin/Invoices/Run$handler")
    [[ $location == */Admin/Work/* ]] || fail "the invoice run did not start ($location)"
    while true; do
        state=$(curl -s -b "$JAR" "$location")
        [[ $state == *alert-success* ]] && break
        [[ $state == *alert-danger* ]] && fail "the invoice run failed; see the app's log"
        sleep 0.2
    done
    awk "BEGIN{printf \"%.1f\", ($(now_ms)-$started)/1000}"
}
TO_INVOICE=$(sql "SELECT count(*) FROM \"Members\" WHERE \"Status\" = 2")
log "Invoice run for $TO_INVOICE members"
ISSUE_SECONDS=$(run_work "")
ISSUED=$(sql "SELECT count(*) FROM \"Invoices\" WHERE \"FeeYear\" = $RUN_YEAR")
log "Issued $ISSUED invoices in $ISSUE_SECONDS s; sending them with their PDFs"
SEND_SECONDS=$(run_work "?handler=Send")
MAILS=$(find "$DataDirectory/mail" -name '*.eml' | wc -l)
RUN_SECONDS=$(awk -v a="$ISSUE_SECONDS" -v b="$SEND_SECONDS" 'BEGIN{printf "%.1f", a+b}')
awk -v s="$RUN_SECONDS" 'BEGIN{exit !(s >= 60)}' && MISSES+=("invoice run: $RUN_SECONDS s")

PEAK_KB=$(awk '/^VmHWM:/ {print $2}' "/proc/$APP_PID/status")
PEAK_MB=$(( PEAK_KB / 1024 ))
(( PEAK_MB >= 500 )) && MISSES+=("peak memory: $PEAK_MB MB")

# 6b. The newsletter send rate (see newsletter_step), with the app stopped so that only the measured sender sends.
kill "$APP_PID" 2>/dev/null; wait "$APP_PID" 2>/dev/null || true; APP_PID=""
newsletter_step

# 7. The report.
counts() { sql "SELECT count(*) FROM \"$1\"" ; }
CPU=$(awk -F': ' '/^model name/ {print $2; exit}' /proc/cpuinfo)
MEM=$(awk '/^MemTotal:/ {printf "%.1f GB", $2/1048576}' /proc/meminfo)
OS=$(. /etc/os-release 2>/dev/null && echo "$PRETTY_NAME")
PGVER=$(sql "SHOW server_version")
DOTNET=$(dotnet --list-runtimes | awk '/Microsoft.AspNetCore.App/ {v=$2} END {print v}')
LOAD=$(cut -d' ' -f1-3 /proc/loadavg)
{
    echo "# Benchmark results"
    echo
    echo "Made by \`bench/run.sh$([[ $QUICK == 1 ]] && echo ' --quick')\` on $(date -u '+%Y-%m-%d %H:%M UTC'). Each page was loaded by"
    echo "\`wrk -t$THREADS -c$CONNECTIONS -d$DURATION --timeout 10s --latency\` on loopback after a $WARMUP warm-up, one page after the other,"
    echo "the app, PostgreSQL and wrk on the same machine. The share is the page's rate against the static file's."
    echo
    echo "**Machine:** $(nproc) cores ($CPU), $MEM memory, $OS; PostgreSQL $PGVER, ASP.NET Core $DOTNET."
    echo "Load average when the run ended: $LOAD (on a quiet machine it is close to 0)."
    echo
    echo "**Data:** $(counts Members) member organisations ($TO_INVOICE active), $(counts ContactPersons) contact persons,"
    echo "$(counts GoodExamples) good examples, $(counts IndicatorValues) key-indicator values ($(sql 'SELECT count(DISTINCT "Year") FROM "IndicatorValues"') years),"
    echo "$(counts Events) events with $(counts EventRegistrations) registrations, $(( $(counts Invoices) - ISSUED )) invoices before the run;"
    echo "generated in $GEN_SECONDS s."
    echo
    echo "| Page | Address | Requests/s | Share of static | p50 (ms) | p99 (ms) | Errors | Target |"
    echo "| --- | --- | ---: | ---: | ---: | ---: | ---: | --- |"
    printf '%s\n' "${ROWS[@]}"
    echo
    echo "| Measure | Result | Target |"
    echo "| --- | --- | --- |"
    echo "| Start-up to the first page | $STARTUP_MS ms | – |"
    echo "| Yearly invoice run, $ISSUED members: issuing | $ISSUE_SECONDS s | – |"
    echo "| Sending those invoices: each PDF made and its mail put in the outbox ($MAILS delivered by then) | $SEND_SECONDS s | – |"
    echo "| Invoice run in all (issue and send) | $RUN_SECONDS s | under 60 s |"
    echo "| Peak memory of the app (VmHWM) | $PEAK_MB MB (after the pages, before the invoice run: $PAGES_PEAK_MB MB) | under 500 MB |"
    echo "$NEWSLETTER_ROW"
    echo
    echo "Targets: no errors, p99 under 100 ms on every page, every public page at least 20 % of the static file's rate,"
    echo "the invoice run for all members under 60 s, peak memory under 500 MB."
    if [[ ${#MISSES[@]} -eq 0 ]]; then
        echo "Every target was met."
    else
        echo "Missed: $(IFS=';'; echo "${MISSES[*]}" | sed 's/;/; /g')."
    fi
    # The description of the benchmark is written by hand below the results; keep it.
    if [[ -f $OUT ]] && grep -q '^## How the benchmark runs$' "$OUT"; then
        echo
        sed -n '/^## How the benchmark runs$/,$p' "$OUT"
    fi
} >"$OUT.tmp"
mv "$OUT.tmp" "$OUT"
log "Results written to $OUT"
cat "$OUT"
