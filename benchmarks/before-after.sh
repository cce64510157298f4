#!/usr/bin/env bash
# Measures reading and writing one document before and after a change, in one run of this script:
# the same JMH settings on both builds, one after the other, each with the plain-Jackson baselines,
# so that each build's figures are read as ratios to baselines measured in its own JVMs.
#   bash benchmarks/before-after.sh <commit before> [<commit after, default HEAD>]
# Prints a Markdown table of throughputs (documents/s, with JMH's 99.9 % error) and of ratios.
set -euo pipefail
cd "$(dirname "$0")/.."
before=${1:?the commit before the change}
after=${2:-HEAD}
work=$(mktemp -d)
trap 'git worktree remove --force "$work/before" >/dev/null 2>&1 || true; git worktree remove --force "$work/after" >/dev/null 2>&1 || true; rm -rf "$work"' EXIT
benchmarks='ModelBenchmarks\.(readModel|readPojo|readTypedPojo|writeModel|writePojo)$'
for side in before after; do
    commit=$([ "$side" = before ] && echo "$before" || echo "$after")
    git worktree add --detach "$work/$side" "$commit" >/dev/null 2>&1
    (cd "$work/$side" && mvn -q -B -P benchmarks -pl benchmarks -am -DskipTests package dependency:build-classpath \
        -Dmdep.outputFile="$work/$side.cp" >/dev/null)
    echo "== $side: $(git rev-parse --short "$commit")" >&2
    java -cp "$work/$side/benchmarks/target/classes:$(cat "$work/$side.cp")" org.openjdk.jmh.Main "$benchmarks" \
        -f 2 -wi 3 -w 2s -i 5 -r 2s -rf json -rff "$work/$side.json" >&2
done
python3 - "$work/before.json" "$work/after.json" "$(git rev-parse --short "$before")" "$(git rev-parse --short "$after")" <<'PY'
import json, sys
runs = [{r["benchmark"].rsplit(".", 1)[1]: r["primaryMetric"] for r in json.load(open(path))} for path in sys.argv[1:3]]
names = sys.argv[3:5]
print("| benchmark | before (%s), docs/s | after (%s), docs/s |" % tuple(names))
print("|---|---:|---:|")
for name in ["readModel", "readTypedPojo", "readPojo", "writeModel", "writePojo"]:
    cells = ["{:,.0f} ± {:,.0f}".format(run[name]["score"], run[name]["scoreError"]) for run in runs]
    print("| %s | %s | %s |" % (name, cells[0], cells[1]))
def ratio(run, a, b):
    # A ratio of means, its error propagated from the two relative errors.
    x, y = run[a], run[b]
    r = x["score"] / y["score"]
    e = r * ((x["scoreError"] / x["score"]) ** 2 + (y["scoreError"] / y["score"]) ** 2) ** 0.5
    return "{:.2f} ± {:.2f}".format(r, e)
for a, b in [("readModel", "readTypedPojo"), ("readModel", "readPojo"), ("writeModel", "writePojo")]:
    print("| %s / %s | %s | %s |" % (a, b, ratio(runs[0], a, b), ratio(runs[1], a, b)))
PY
