#!/usr/bin/env python3
"""Brief's whole digest against sumy's LexRank, on the same CNN/DailyMail articles, in one run.

    cargo build --release
    pip install sumy pysbd nltk          # the evaluation kit's baselines need them
    python3 benches/speed_vs_sumy.py [--data ../shared/eval/summarise/cnndm_dev.jsonl] [--limit N]

Both sides report in-process time per article (interpreter start-up and model loading
excluded): sumy through the kit's baselines.py (pysbd splitting + LexRank, 3 sentences), Brief
through `brief --jsonl` ("ms": parse, rank, stance and the output record). Prints medians,
means and the ratio of medians.
"""
import argparse
import json
import os
import statistics
import subprocess
import sys

here = os.path.dirname(os.path.abspath(__file__))
root = os.path.dirname(here)
ap = argparse.ArgumentParser()
ap.add_argument("--data", default=os.path.join(root, "../shared/eval/summarise/cnndm_dev.jsonl"))
ap.add_argument("--baselines", default=os.path.join(root, "../shared/eval/summarise/baselines.py"))
ap.add_argument("--cli", default=os.path.join(root, "target/release/brief"))
ap.add_argument("--limit", type=int, default=0)
args = ap.parse_args()

recs = [json.loads(l) for l in open(args.data) if l.strip()]
if args.limit:
    recs = recs[: args.limit]


def run(cmd, lines):
    out = subprocess.run(cmd, input="\n".join(lines) + "\n", capture_output=True, text=True, check=True).stdout
    return [json.loads(l)["ms"] for l in out.splitlines() if l.strip()]


sumy = run([sys.executable, args.baselines, "lexrank"],
           [json.dumps({"id": r["id"], "article": r["article"], "max_sentences": 3}) for r in recs])
brief = run([args.cli, "--jsonl"], [json.dumps({"id": r["id"], "text": r["article"], "points": 3}) for r in recs])
# The digest alone, each article timed 21 times (median), without JSON in or out.
subset = os.path.join(os.environ.get("TMPDIR", "/tmp"), "brief-speed-articles.jsonl")
with open(subset, "w") as f:
    f.writelines(json.dumps({"article": r["article"]}) + "\n" for r in recs)
timed = json.loads(subprocess.run(["cargo", "run", "-q", "--release", "--example", "time_digest", "--", subset, "3"],
                                  cwd=root, capture_output=True, text=True, check=True).stdout)
s_med, b_med, d_med = statistics.median(sumy), statistics.median(brief), timed["median_ms"]
print(f"articles: {len(recs)}")
print(f"sumy LexRank (Python, pysbd split): median {s_med:.2f} ms, mean {statistics.mean(sumy):.2f} ms")
print(f"Brief CLI record (JSON in/out included): median {b_med:.3f} ms, mean {statistics.mean(brief):.3f} ms")
print(f"Brief digest (parse, rank, stance; median of 21 runs each): median {d_med:.3f} ms, mean {timed['mean_ms']:.3f} ms")
print(f"ratio of medians, sumy / Brief digest: {s_med / d_med:.0f}x (sumy / Brief CLI record: {s_med / b_med:.0f}x)")
