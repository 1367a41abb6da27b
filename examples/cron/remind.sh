#!/bin/sh
# Working mornings: the cases each window must finish within N working days (default 2),
# and those already overdue, as plain text. With HALL_REMIND_TO set and mail(1) installed,
# the reminder is mailed; it is always kept in the output folder.
. "$(dirname "$0")/common.sh"
within=${1:-2}
file="$HALL_OUT/remind-$today.txt"
"$HALL" remind --within "$within" --on "$today" --quiet --out "$file"
"$HALL" remind --within "$within" --on "$today" --quiet --format json --out "$HALL_OUT/remind-$today.json"
if [ -n "${HALL_REMIND_TO:-}" ] && command -v mail >/dev/null 2>&1; then
    mail -s "hall 到期提醒 $today" "$HALL_REMIND_TO" <"$file"
fi
