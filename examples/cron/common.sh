# Shared by the cron scripts: where hall, the store and the output folder are, and the hall's
# day. A job's day comes from HALL_NOW when it is set (a rerun of a past day, the tests), so a
# rerun writes the same files with the same bytes.
set -eu
HALL=${HALL:-hall}
: "${HALL_DB:?set HALL_DB to the store}"
HALL_OUT=${HALL_OUT:-$(dirname "$HALL_DB")/out}
export HALL_DB
mkdir -p "$HALL_OUT"
if [ -n "${HALL_NOW:-}" ]; then
    today=${HALL_NOW%%T*}
else
    today=$(TZ=Asia/Shanghai date +%F)
fi
# A command the installed hall does not have yet is skipped, not failed: `hall --help`
# lists the commands it has.
has_command() {
    "$HALL" --help | grep -q "^  $1 "
}
