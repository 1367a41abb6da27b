#!/usr/bin/env bash
# browser_check.sh HALL ARTEFACTS: renders the October 2026 bulletin of the store report.t
# builds as HTML, loads it in headless Chromium and checks that the page ran with no error
# and drew its charts (the page's own mark, read back with --dump-dom, and Chromium's console
# log), then prints it to A4 PDF and counts the pages. The HTML, PDF, screenshot and console
# log stay in ARTEFACTS.
set -euo pipefail
hall=$1 artefacts=$2
here=$(cd "$(dirname "$0")" && pwd)
command -v chromium >/dev/null || { echo "chromium is missing: run scripts/install-deps" >&2; exit 1; }
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
cd "$dir"
# shellcheck source=store.sh
source "$here/store.sh"
mkdir -p "$artefacts"
rm -f "$artefacts"/bulletin.*
"$hall" report monthly --month 2026-10 --format html --out "$artefacts/bulletin.html" >/dev/null
page="file://$artefacts/bulletin.html"

# Chromium as root needs --no-sandbox; a profile of its own keeps it from any user's.
browser() {
  timeout 20 chromium --headless --disable-gpu --no-sandbox --no-first-run --no-default-browser-check \
    --disable-extensions --disable-background-networking --hide-scrollbars \
    --user-data-dir="$dir/profile" "$@"
}
fail() { echo "browser check: $*" >&2; exit 1; }

browser --enable-logging=stderr --v=0 --virtual-time-budget=3000 --dump-dom "$page" \
  >"$dir/dom.html" 2>"$artefacts/bulletin.console.log" || fail "chromium failed to load the page"
mark=$(grep -o 'data-charts="[^"]*"' "$dir/dom.html" | head -1)
# The monthly bulletin draws four charts: cases and on-time rate by window, ratings, scores.
[ "$mark" = 'data-charts="4"' ] || fail "expected 4 charts drawn and no error, the page says ${mark:-nothing}"
if grep -E 'CONSOLE.*(Uncaught|Error|error)' "$artefacts/bulletin.console.log"; then
  fail "console errors (see $artefacts/bulletin.console.log)"
fi
svgs=$(grep -o '<svg class="chart"' "$dir/dom.html" | wc -l)
[ "$svgs" -eq 4 ] || fail "expected 4 SVG charts in the DOM, found $svgs"

browser --no-pdf-header-footer --print-to-pdf="$artefacts/bulletin.pdf" "$page" 2>/dev/null ||
  fail "chromium failed to print"
[ -s "$artefacts/bulletin.pdf" ] || fail "no PDF"
# A page object is "/Type /Page"; the page tree is "/Type /Pages".
pages=$(grep -a -o '/Type */Pages\?' "$artefacts/bulletin.pdf" | grep -c -v 'Pages$' || true)
# Ten sections, four charts and fifteen tables on A4 with 15 mm margins: six pages today;
# one more or less is a layout change, anything else a broken print stylesheet.
[ "$pages" -ge 5 ] && [ "$pages" -le 7 ] || fail "expected 5 to 7 A4 pages, the PDF has $pages"
grep -a -q '/MediaBox \[0 0 594.95996 841.91998\]\|/MediaBox \[0 0 595' "$artefacts/bulletin.pdf" ||
  fail "the PDF's pages are not A4"

browser --window-size=1280,1600 --screenshot="$artefacts/bulletin.png" "$page" 2>/dev/null ||
  fail "chromium failed to take the screenshot"
[ -s "$artefacts/bulletin.png" ] || fail "no screenshot"
echo "browser check: 4 charts, no console error, $pages A4 pages; artefacts in $artefacts"
