#!/usr/bin/env python3
"""Fits the key-point ranker: a logistic regression over each sentence's features
(examples/rank_features.rs), labelled by the greedy ROUGE oracle (the sentences that, added one
at a time, most raise ROUGE-1 + ROUGE-2 F1 against the reference highlights, up to the
article's budget). Fitted on the CNN/DailyMail train split of the evaluation kit; the DEV sets
decide (`python3 ../shared/eval/brief_eval.py summarise --part tune|check`). Writes
models/rank.txt, one "name weight" a line, which the core embeds.

    cargo build --release --example rank_features
    python3 scripts/fit_rank.py [--l2 1.0] [--out models/rank.txt]

Needs numpy and rouge-score.
"""
import argparse, gzip, json, os, subprocess

import numpy as np
from rouge_score import rouge_scorer

root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
ap = argparse.ArgumentParser()
ap.add_argument("--train", default=os.path.join(root, "../shared/eval/summarise/cnndm_train.jsonl.gz"))
ap.add_argument("--l2", type=float, default=1.0)
ap.add_argument("--out", default=os.path.join(root, "models/rank.txt"))
args = ap.parse_args()

records = [json.loads(l) for l in gzip.open(args.train, "rt")]
feats = subprocess.run([os.path.join(root, "target/release/examples/rank_features")], input="\n".join(json.dumps(r) for r in records) + "\n",
                       capture_output=True, text=True, check=True).stdout.splitlines()
scorer = rouge_scorer.RougeScorer(["rouge1", "rouge2"], use_stemmer=True)


def gain(summary, ref):
    s = scorer.score(ref, summary)
    return s["rouge1"].fmeasure + s["rouge2"].fmeasure


X, y, names = [], [], None
for rec, line in zip(records, feats):
    article = json.loads(line)
    sents, names = article["sentences"], article["features"]  # rank::FEATURES, in order
    if not sents:
        continue
    ref = rec["reference"] if isinstance(rec["reference"], str) else "\n".join(rec["reference"])
    chosen, best = [], 0.0
    for _ in range(int(rec.get("budget") or 3)):
        cand = [(gain("\n".join(sents[j]["text"] for j in chosen + [k]), ref), k) for k in range(len(sents)) if k not in chosen]
        if not cand:
            break
        g, k = max(cand)
        if g <= best:
            break
        chosen.append(k)
        best = g
    for k, s in enumerate(sents):
        X.append(s["features"])
        y.append(1.0 if k in chosen else 0.0)

X, y = np.array(X), np.array(y)
w = np.zeros(X.shape[1])
reg = np.full(X.shape[1], args.l2)
reg[0] = 0.0
for it in range(30000):
    p = 1 / (1 + np.exp(-X @ w))
    w -= 1.0 * (X.T @ (p - y) / len(y) + reg * w / len(y))
print(f"{len(records)} articles, {len(y)} sentences, {int(y.sum())} in the oracle")
with open(args.out, "w") as f:
    for n, v in zip(names, w):
        f.write(f"{n} {v:.4f}\n")
for n, v in zip(names, w):
    print(f"  {n:18s} {v:+.3f}")
