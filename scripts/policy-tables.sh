#!/usr/bin/env bash
# Regenerates the policy tables of docs/scenario-format.md (the regions between
# <!-- policies:begin KIND --> and <!-- policies:end -->) from the policy registry.
# Run it after adding a policy or a kind of policy; PolicyTablesSpec fails until then.
set -euo pipefail
cd "$(dirname "$0")/.."
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
dotnet build src/CenterSim.Cli -c Release -v q >/dev/null
dotnet src/CenterSim.Cli/bin/Release/net10.0/centersim.dll policies --markdown-docs docs/scenario-format.md
