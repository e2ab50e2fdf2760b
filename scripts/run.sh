#!/usr/bin/env bash
# Runs the hub on its embedded default (SQLite file + embedded Garnet under ./data) with sample data,
# and the marketplace sandbox beside it. Ctrl+C stops both.
set -euo pipefail
cd "$(dirname "$0")/.."
dotnet build CommerceHub.sln -c Release -nologo -v quiet -clp:ErrorsOnly
pids=()
trap 'kill "${pids[@]}" 2>/dev/null; wait 2>/dev/null' EXIT INT TERM
if [ -d connectors/CommerceHub.Sandbox ]; then
  (cd connectors/CommerceHub.Sandbox && exec dotnet run -c Release --no-build) &
  pids+=($!)
fi
(cd hub-api/CommerceHub.HubApi && exec dotnet run -c Release --no-build -- --SampleData:Enabled=true) &
pids+=($!)
wait -n "${pids[@]}"
