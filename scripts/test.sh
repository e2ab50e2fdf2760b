#!/usr/bin/env bash
# Runs every test of the solution and ends with the plain line "N passed, N failed, N skipped".
# Installs what the tests need with apt-get when it is missing: redis-server (and redis-benchmark),
# postgresql (the tests start their own throw-away cluster on 127.0.0.1), chromium (browser tests) with Chinese and
# Thai fonts (their screenshots) and nodejs/npm (the JavaScript SignalR client test).
set -uo pipefail
cd "$(dirname "$0")/.."

need=()
command -v redis-server >/dev/null 2>&1 || need+=(redis-server)
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || need+=(postgresql)
command -v chromium >/dev/null 2>&1 || need+=(chromium)
# The JavaScript SignalR client test runs node and installs its package with npm ci.
command -v node >/dev/null 2>&1 || need+=(nodejs)
command -v npm >/dev/null 2>&1 || need+=(npm)
# Fonts for the browser tests' screenshots in Chinese and Thai (the board's and the console's languages).
command -v fc-list >/dev/null 2>&1 && fc-list :lang=zh | grep -q . || need+=(fonts-wqy-microhei)
command -v fc-list >/dev/null 2>&1 && fc-list :lang=th | grep -q . || need+=(fonts-thai-tlwg-ttf)
if [ ${#need[@]} -gt 0 ]; then
  echo "Installing ${need[*]} with apt-get..."
  sudo_cmd=""
  [ "$(id -u)" -ne 0 ] && sudo_cmd="sudo"
  $sudo_cmd apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo_cmd apt-get install -y -qq "${need[@]}" >/dev/null
fi
# The Debian package starts its own services; the tests start their own servers on free ports instead.
(service redis-server stop; service postgresql stop) >/dev/null 2>&1 || true

results=$(mktemp -d)
dotnet build CommerceHub.sln -c Release -nologo -v quiet -clp:ErrorsOnly
build=$?
if [ $build -ne 0 ]; then
  echo "Build failed."
  echo "0 passed, 1 failed"
  exit 1
fi

# One test project at a time: each runs its own servers, and the concurrency tests want the cores to themselves.
status=0
for project in tests/*/*.Tests.csproj; do
  name=$(basename "$project" .csproj)
  echo "== $name"
  dotnet test "$project" -c Release --no-build -nologo \
    --logger "trx;LogFileName=$name.trx" --logger "console;verbosity=minimal" --results-directory "$results" || status=1
done

passed=0; failed=0; skipped=0
for trx in "$results"/*.trx; do
  [ -f "$trx" ] || continue
  counters=$(grep -o '<Counters [^>]*>' "$trx" | head -1)
  get() { echo "$counters" | sed -n "s/.* $1=\"\([0-9]*\)\".*/\1/p"; }
  p=$(get passed); f=$(get failed); t=$(get total); n=$(get notExecuted)
  passed=$((passed + ${p:-0})); failed=$((failed + ${f:-0})); skipped=$((skipped + ${n:-0}))
  # A crashed test host leaves tests neither passed nor failed; count them as failed.
  missing=$(( ${t:-0} - ${p:-0} - ${f:-0} - ${n:-0} ))
  [ $missing -gt 0 ] && failed=$((failed + missing))
done
if [ $status -ne 0 ] && [ $failed -eq 0 ]; then failed=1; fi
rm -rf "$results"
echo "$passed passed, $failed failed, $skipped skipped"
[ $failed -eq 0 ]
