#!/bin/sh
# Nightly: electronic monitoring (warnings, yellow and red cards; 超时默认 listed), then the
# store's self-check where this hall has `hall verify`.
#
# A monitoring run reports what that run did, so a rerun reports no new cards: each run is
# appended to monitor.log. The day's standing, the same however often the job runs, is the
# card list written beside it.
. "$(dirname "$0")/common.sh"
"$HALL" monitor --on "$today" >>"$HALL_OUT/monitor.log"
"$HALL" card list --out "$HALL_OUT/cards-$today.txt" >/dev/null
if has_command verify; then
    "$HALL" verify --out "$HALL_OUT/verify-$today.txt" >/dev/null
fi
