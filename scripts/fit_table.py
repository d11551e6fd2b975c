#!/usr/bin/env python3
"""Fits the will / won't table's row decision: a logistic regression over the features of each
cue the reader reads (examples/table_candidates.rs), labelled by the gold items of the
evaluation kit's `tune` part (a cue is right when its sentence and polarity match a gold item,
as the kit's scorer matches them). Writes the weights, one "name weight" a line.

    cargo build --release --example table_candidates
    python3 scripts/fit_table.py [--l2 1.0] [--out /tmp/brief-table.txt]

Needs numpy. The `check` part is never read here: decide with
`python3 ../shared/eval/brief_eval.py stance --part check` afterwards. (Not yet read by the core:
the fitted decision did not beat the rules on both parts; DESIGN.md has the figures.)
"""
import argparse, glob, importlib.util, json, os, subprocess, sys

import numpy as np

root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
kit = os.path.join(root, "../shared/eval/stance")
ap = argparse.ArgumentParser()
ap.add_argument("--l2", type=float, default=1.0)
ap.add_argument("--out", default="/tmp/brief-table.txt")
args = ap.parse_args()

spec = importlib.util.spec_from_file_location("score", os.path.join(kit, "score.py"))
score = importlib.util.module_from_spec(spec)
spec.loader.exec_module(score)


# The DEV records' parts, as the evaluation kit divides them.
spec = importlib.util.spec_from_file_location("brief_eval", os.path.join(kit, "../brief_eval.py"))
brief_eval = importlib.util.module_from_spec(spec)
spec.loader.exec_module(brief_eval)
part_of = brief_eval.part_of


paths = sorted(glob.glob(os.path.join(kit, "articles/*.txt")))
paths = [p for p in paths if part_of(os.path.basename(p)[:-4]) == "tune"]
out = subprocess.run([os.path.join(root, "target/release/examples/table_candidates")] + paths, capture_output=True, text=True, check=True).stdout
traces = [json.loads(l) for l in out.splitlines()]
names = list(traces[0]["features"].keys())
gold = {}
for p in paths:
    rid = os.path.basename(p)[:-4]
    gold[rid] = json.load(open(os.path.join(kit, "gold", rid + ".json")))["items"]


def right(t):
    pt = score.tokens(t["sentence"])
    for g in gold[t["id"]]:
        if g["polarity"] != t["polarity"] and not g.get("alt_polarity_ok"):
            continue
        for sent in [g["sentence"]] + list(g.get("also_in", [])):
            if score.overlap(score.tokens(sent), pt)[0]:
                return True
    return False


X = np.array([[t["features"][n] for n in names] for t in traces], dtype=float)
y = np.array([1.0 if right(t) else 0.0 for t in traces])
rules = np.array([t["rule_keeps"] for t in traces])
w = np.zeros(len(names))
reg = np.full(len(names), args.l2)
reg[names.index("bias")] = 0.0
for _ in range(20000):
    p = 1 / (1 + np.exp(-X @ w))
    grad = X.T @ (p - y) / len(y) + reg * w / len(y)
    w -= 0.5 * grad


def f1(keep):
    tp = (keep & (y == 1)).sum(); fp = (keep & (y == 0)).sum(); fn = ((~keep) & (y == 1)).sum()
    return 2 * tp / max(1, 2 * tp + fp + fn)


model = X @ w > 0
print(f"{len(traces)} cues of {len(paths)} tune articles, {int(y.sum())} right; cue-level F1: rules {f1(rules):.3f}, fitted {f1(model):.3f}", file=sys.stderr)
with open(args.out, "w") as f:
    for n, v in zip(names, w):
        f.write(f"{n} {v:.4f}\n")
for n, v in sorted(zip(names, w), key=lambda x: -abs(x[1])):
    print(f"  {n:22s} {v:+.3f}", file=sys.stderr)
