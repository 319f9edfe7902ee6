#!/usr/bin/env bash
# Times SimSharp 3.4.2 on the M/M/64 model of `centersim bench`, alternating with centersim's actor
# engine, so the two are measured side by side on the same machine in the same minutes.
# Usage: scripts/simsharp-bench.sh SIMSHARP_SOURCE [rounds=3]
#   SIMSHARP_SOURCE: a checkout of github.com/heal-research/SimSharp at tag v3.4.2.
set -euo pipefail
cd "$(dirname "$0")/.."
if [ $# -lt 1 ] || [ $# -gt 2 ]; then
  echo "usage: scripts/simsharp-bench.sh SIMSHARP_SOURCE [ROUNDS]" >&2
  exit 2
fi
src=$1
rounds=${2:-3}
if ! [[ "$rounds" =~ ^[1-9][0-9]?$ ]]; then
  echo "simsharp-bench: ROUNDS must be a whole number from 1 to 99, found '$rounds'" >&2
  exit 2
fi
if [ ! -d "$src/src/SimSharp" ]; then
  echo "simsharp-bench: $src is not a SimSharp checkout (no src/SimSharp)" >&2
  exit 2
fi
src=$(cd "$src" && pwd)
dotnet build scripts/simsharp-bench/SimSharpBench.csproj -c Release -p:SimSharpSource="$src" -v q -nologo >&2
dotnet build src/CenterSim.Cli -c Release -v q -nologo >&2
for r in $(seq "$rounds"); do
  dotnet scripts/simsharp-bench/bin/Release/net10.0/SimSharpBench.dll 1000000 3 | grep '^best' | sed 's/^best/simsharp/'
  dotnet src/CenterSim.Cli/bin/Release/net10.0/centersim.dll bench --repeats 3 | grep '^engine=actors' | grep -o 'events_per_s=[0-9]*' | sed 's/^/centersim /'
done
