#!/usr/bin/env bash
# Runs Lighthouse against a running portal for the home page, the good examples and an event page, and prints the
# four scores of each. Start the portal first, e.g.:
#   ASPNETCORE_ENVIRONMENT=Development ASPNETCORE_URLS=http://127.0.0.1:5311 dotnet run --no-launch-profile --project src/Ecomuna.Web
# Lighthouse is installed outside the repository: npm install --prefix /tmp/lh lighthouse
set -euo pipefail
BASE="${1:-http://127.0.0.1:5311}"
LIGHTHOUSE="${LIGHTHOUSE:-/tmp/lh/node_modules/.bin/lighthouse}"
OUT="${OUT:-/tmp/lighthouse-reports}"
export CHROME_PATH="${CHROME_PATH:-/usr/bin/chromium}"
mkdir -p "$OUT"
for path in / /Examples /Events/Details/1; do
  curl -s -o /dev/null "$BASE$path"  # a warm-up request, so the first compile of the page is not measured
  name=$(echo "$path" | tr '/' '_' | sed 's/^_$/home/; s/^_//')
  "$LIGHTHOUSE" "$BASE$path" --quiet --chrome-flags="--headless=new --no-sandbox" \
    --only-categories=performance,accessibility,best-practices,seo --output=json --output=html --output-path="$OUT/$name"
  node -e 'const r=require(process.argv[1]);const c=r.categories;console.log(process.argv[2].padEnd(20),Object.keys(c).map(k=>k+" "+Math.round(c[k].score*100)).join("  "))' "$OUT/$name.report.json" "$path"
done
echo "Reports: $OUT"
