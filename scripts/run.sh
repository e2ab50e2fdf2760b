#!/usr/bin/env bash
# Runs the hub on its embedded default (SQLite file + embedded Garnet under ./data) with sample data, the
# marketplace sandbox beside it, and the live console for stream hosts and warehouse staff. Ctrl+C stops them all.
set -euo pipefail
cd "$(dirname "$0")/.."
hub_url="http://127.0.0.1:5080"
console_url="http://127.0.0.1:5090"
dotnet build CommerceHub.sln -c Release -nologo -v quiet -clp:ErrorsOnly
pids=()
trap 'kill "${pids[@]}" 2>/dev/null; wait 2>/dev/null' EXIT INT TERM
if [ -d connectors/CommerceHub.Sandbox ]; then
  (cd connectors/CommerceHub.Sandbox && exec dotnet run -c Release --no-build) &
  pids+=($!)
fi
(cd hub-api/CommerceHub.HubApi && exec dotnet run -c Release --no-build -- --SampleData:Enabled=true --Urls="$hub_url") &
pids+=($!)
(cd live-console/CommerceHub.LiveConsole && exec dotnet run -c Release --no-build -- --Urls="$console_url" --Hub:BaseUrl="$hub_url") &
pids+=($!)
# Announce the console once both it and the hub answer, so the lines are not lost among the start-up logs.
(
  for _ in $(seq 1 120); do
    if curl -sf -o /dev/null "$console_url/login" && curl -sf -o /dev/null "$hub_url/health/ready"; then
      printf '\nLive console   %s\n  sign in as a sample host: host@pxg-trading.example / commercehub-demo\n' "$console_url"
      printf 'Warehouse board %s/board/PXG\n  sign in as sample warehouse staff: warehouse@pxg-trading.example / commercehub-demo\n\n' "$console_url"
      exit 0
    fi
    sleep 1
  done
) &
wait -n "${pids[@]}"
