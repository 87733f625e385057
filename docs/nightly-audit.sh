#!/usr/bin/env bash
# Nightly audit of yesterday's transfer logs (UTC), kept in a run history.
#
# crontab line (runs at 02:15 UTC; in crontab, % must be written \%, which is why the
# dates are computed here and not in the crontab):
#   15 2 * * * /opt/flowaudit/nightly-audit.sh >> /var/log/flowaudit/nightly.log 2>&1
#
# Exit status is flowaudit's: 0 clean, 1 findings at or above --fail-on that the
# baseline does not suppress, 2 configuration or input error, 3 too many rejected rows.
set -uo pipefail

TENANT=/opt/flowaudit/tenant.yaml          # flowaudit validate --config "$TENANT"
BASELINE=/opt/flowaudit/baseline.yaml      # flowaudit baseline RUN > baseline.yaml, then edit
HISTORY=/var/lib/flowaudit/runs            # one folder per run, and latest
SINCE=$(date -u -d yesterday +%Y-%m-%dT00:00:00Z)
UNTIL=$(date -u +%Y-%m-%dT00:00:00Z)

flowaudit run --config "$TENANT" \
    --records /data/exports/records/ \
    --transfers /data/logs/transfers/ \
    --since "$SINCE" --until "$UNTIL" \
    --baseline "$BASELINE" \
    --history "$HISTORY" \
    --fail-on high --quiet
status=$?

# What changed since the night before (the run's summary.json has the same counts).
runs=("$HISTORY"/2*/)
if [ "${#runs[@]}" -ge 2 ]; then
    flowaudit diff --fail-on never "${runs[-2]}" "$HISTORY"
fi
exit "$status"
