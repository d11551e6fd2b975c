#!/usr/bin/env python3
"""Fits the parser's edges pass (src/parse/edges.rs): a logistic regression over the features
of each block of a pasted page (examples/edge_rows.rs, read from the clipboard HTML as the app
reads a paste), labelled by the evaluation kit's `tune` pages:

- the web pages (extract/web_dev.jsonl.gz): a block holding one of the page's "with" snippets
  is the article's, one holding a "without" snippet is not; other blocks are not labelled;
- the news pages (extract/pages_dev.jsonl.gz): a block of four words or more is the article's
  when half its words or more are covered by word 4-grams of the page's truth (the kit's own
  line rule); they weigh a fifth of a web block, as they are many and all English.

Writes the weights as a Rust array, in the order of EDGE_FEATURES (default models/edges.rs),
which the core includes: no number is read at run time.

    cargo build --release --example edge_rows
    python3 scripts/fit_edges.py [--l2 1.0] [--news-weight 0.2] [--out models/edges.rs]

Needs numpy. The `check` part is never read here: decide with
`python3 ../shared/eval/brief_eval.py extract --part check` afterwards.
"""
import argparse, gzip, importlib.util, json, os, re, subprocess

import numpy as np

root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
kit = os.path.join(root, "../shared/eval")
ap = argparse.ArgumentParser()
ap.add_argument("--l2", type=float, default=1.0)
ap.add_argument("--news-weight", type=float, default=0.2)
ap.add_argument("--text", action="store_true", help="fit on the pages' plain text (models/edges_text.rs; not read by the core: DESIGN.md)")
ap.add_argument("--out")
args = ap.parse_args()
args.out = args.out or os.path.join(root, "models/edges_text.rs" if args.text else "models/edges.rs")

spec = importlib.util.spec_from_file_location("brief_eval", os.path.join(kit, "brief_eval.py"))
brief_eval = importlib.util.module_from_spec(spec)
spec.loader.exec_module(brief_eval)

norm = lambda s: re.sub(r"\s+", " ", s).strip()


def pages(name):
    return [json.loads(l) for l in gzip.open(os.path.join(kit, "extract", name), "rt") if brief_eval.part_of(json.loads(l)["id"]) == "tune"]


names = None


def rows(records):
    """The edge_rows example's blocks for the records (each with its page's id), read from their
    clipboard HTML alone (or, with --text, from their plain text); sets `names`, the features'."""
    global names
    field = lambda r: {"text": r["pasted_text"]} if args.text else {"html": r["pasted_html"]}
    inp = "".join(json.dumps({"id": r["id"], **field(r)}) + "\n" for r in records)
    out = subprocess.run([os.path.join(root, "target/release/examples/edge_rows")], input=inp, capture_output=True, text=True, check=True).stdout
    blocks = []
    for page in map(json.loads, out.splitlines()):
        names = page["features"]
        blocks.extend(dict(b, id=page["id"]) for b in page["blocks"])
    return blocks


def snippet_label(page, text):
    t = norm(text)
    label = None
    for s in page["with"]:
        if norm(s) and norm(s) in t:
            label = 1
    for s in page["without"]:
        if norm(s) and norm(s) in t:
            label = 0
    return label


def truth_label(grams, text):
    toks = re.findall(r"\w+", text)
    if len(toks) < 4:
        return None
    covered = set()
    for k in range(len(toks) - 3):
        if tuple(toks[k:k + 4]) in grams:
            covered.update(range(k, k + 4))
    return int(len(covered) * 2 >= len(toks))


X, y, w = [], [], []
web = {p["id"]: p for p in pages("web_dev.jsonl.gz")}
for r in rows(web.values()):
    label = snippet_label(web[r["id"]], r["text"])
    if label is not None:
        X.append(r["features"]); y.append(label); w.append(1.0)
news = {p["id"]: p for p in pages("pages_dev.jsonl.gz")}
grams = {}
for i, p in news.items():
    toks = re.findall(r"\w+", p["truth_text"])
    grams[i] = {tuple(toks[k:k + 4]) for k in range(len(toks) - 3)}
for r in rows(news.values()):
    label = truth_label(grams[r["id"]], r["text"])
    if label is not None:
        X.append(r["features"]); y.append(label); w.append(args.news_weight)

X, y, w = np.array(X, float), np.array(y, float), np.array(w, float)
assert X.shape[1] == len(names), (X.shape, len(names))
beta = np.zeros(X.shape[1])
for _ in range(30):
    p = 1 / (1 + np.exp(-X @ beta))
    grad = X.T @ (w * (p - y)) + args.l2 * beta
    hess = (X.T * (w * p * (1 - p))) @ X + args.l2 * np.eye(len(beta))
    beta -= np.linalg.solve(hess, grad)
with open(args.out, "w") as f:
    f.write("// Written by scripts/fit_edges.py: the edges pass's weights (src/parse/edges.rs), in the\n// order of EDGE_FEATURES.\n[\n")
    for n, b in zip(names, beta):
        f.write(f"    {b:.4f}, // {n}\n")
    f.write("]\n")
print(f"{len(y)} blocks ({int(sum(w == 1.0))} web, {int(sum(w != 1.0))} news), {int(y.sum())} the article's; wrote {args.out}")
