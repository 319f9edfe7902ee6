#!/usr/bin/env python3
"""Kills `centersim run` of a study with SIGKILL at random moments and classifies the study folder after each kill.

Each round runs with another seed, so a folder mixing two runs shows as arms (or a report) whose seed differs
from comparison.json's. Usage:
    scripts/kill-loop.py --kills 100 [--scenario scenarios/studies/quickstart-study.yaml] [--out /tmp/kill-study]
        [--cli "dotnet src/CenterSim.Cli/bin/Release/net10.0/centersim.dll"] [--max-delay 2.0] [--rng 1]
Prints one line per kill and the counts: complete, absent, partial, mixed, finished (not killed), and kills after which hidden
siblings (staging or moved-aside folders) were left; the next run removes those.
"""
import argparse, json, os, random, re, shlex, signal, subprocess, sys, time


def classify(out):
    if not os.path.isdir(out):
        return "absent"
    comparison = os.path.join(out, "comparison.json")
    if not os.path.isfile(comparison):
        return "partial"
    with open(comparison) as f:
        study = json.load(f)
    seed = study["seed"]
    for arm in study["variants"]:
        summary = os.path.join(out, arm, "summary.json")
        if not os.path.isfile(summary):
            return "partial"
        with open(summary) as f:
            if json.load(f)["seed"] != seed:
                return "mixed"
    with open(os.path.join(out, "report.md"), encoding="utf-8") as f:
        m = re.search(r"^- Seed: (\d+)", f.read(), re.M)
    return "complete" if m and int(m.group(1)) == seed else "mixed"


def main():
    p = argparse.ArgumentParser()
    p.add_argument("--kills", type=int, default=100)
    p.add_argument("--scenario", default="scenarios/studies/quickstart-study.yaml")
    p.add_argument("--out", default="/tmp/kill-study")
    p.add_argument("--cli", default="dotnet src/CenterSim.Cli/bin/Release/net10.0/centersim.dll")
    p.add_argument("--max-delay", type=float, default=2.5)
    p.add_argument("--rng", type=int, default=1)
    a = p.parse_args()
    rng = random.Random(a.rng)
    counts = {}
    parent, name = os.path.split(os.path.abspath(a.out))
    # A finished study first, so every kill lands on a folder that already holds a complete result.
    subprocess.run(shlex.split(a.cli) + ["run", a.scenario, "--out", a.out, "--seed", "1000000", "--replications", "1", "--threads", "1"],
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=True)
    for i in range(a.kills):
        cmd = shlex.split(a.cli) + ["run", a.scenario, "--out", a.out, "--seed", str(i + 1), "--replications", "1", "--threads", "1"]
        proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        time.sleep(rng.uniform(0.5, a.max_delay))
        finished = proc.poll() is not None
        if not finished:
            proc.send_signal(signal.SIGKILL)
        proc.wait()
        state = "finished" if finished else classify(a.out)
        leftovers = [e for e in os.listdir(parent) if e.startswith("." + name + ".")]
        counts[state] = counts.get(state, 0) + 1
        counts["leftover hidden folders after a kill"] = counts.get("leftover hidden folders after a kill", 0) + (len(leftovers) > 0 and not finished)
        print(f"{i + 1}: {state}, {len(leftovers)} hidden sibling(s)", flush=True)
    print(json.dumps(counts, indent=1))


if __name__ == "__main__":
    sys.exit(main())
