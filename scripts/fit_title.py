#!/usr/bin/env python3
"""Fits the parser's title chooser (src/parse/title.rs): a conditional logit over the candidate
lines of each pasted page (examples/title_rows.rs), the page's choice being one candidate or no
title (a fixed score of 0, so that the core takes the best candidate when its score is above 0).
Labelled on the evaluation kit's `tune` pages, each read three ways as the CLI reads them (plain
text, text + clipboard HTML, clipboard HTML alone):

- the news pages (extract/pages_dev.jsonl.gz): a candidate is the title when its words match the
  page's own title as `brief_eval.py` scores titles (token F1 0.8 or more);
- the web pages (extract/web_dev.jsonl.gz, 13 languages), which have no title in the kit: a
  candidate is the title when its words match the words of the address's slug
  ("…/americas-at-risk-of-further-covid-19-wave-…") with a token F1 of 0.6 or more; pages whose
  address has fewer than three words are left out;
- a page with no such candidate is labelled "no title".

Writes the weights as a Rust array, in the order of TITLE_FEATURES (default models/title.rs),
which the core includes.

    cargo build --release --example title_rows
    python3 scripts/fit_title.py [--l2 1.0] [--out models/title.rs]

Needs numpy. The `check` part is never read here: decide with
`python3 ../shared/eval/brief_eval.py extract --part check` afterwards (titles_ok), and
`python3 scripts/fit_title.py --score check` (the web pages' titles against their addresses).
"""
import argparse, gzip, importlib.util, json, os, re, subprocess, unicodedata

import numpy as np

root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
kit = os.path.join(root, "../shared/eval")
ap = argparse.ArgumentParser()
ap.add_argument("--l2", type=float, default=1.0)
ap.add_argument("--none-weight", type=float, default=0.1, help="the weight of a page with no right candidate (many are pages whose title the address does not name)")
ap.add_argument("--out", default=os.path.join(root, "models/title.rs"))
ap.add_argument("--score", choices=["tune", "check"], help="only score the core's titles on the web pages of this part against their addresses")
args = ap.parse_args()

spec = importlib.util.spec_from_file_location("brief_eval", os.path.join(kit, "brief_eval.py"))
brief_eval = importlib.util.module_from_spec(spec)
spec.loader.exec_module(brief_eval)


def words(s):
    s = unicodedata.normalize("NFKD", s.lower())
    s = "".join(c for c in s if not unicodedata.combining(c))
    return {w for w in re.split(r"[^a-z0-9]+", s) if w}


def slug_words(url):
    """The words of the address's longest hyphenated segment, numbers aside."""
    path = url.split("?")[0].split("#")[0].rstrip("/").split("/")[3:]
    slug = max(path or [""], key=lambda p: p.count("-"))
    slug = re.sub(r"\.(s?html?|php|aspx?)$", "", slug)
    return {w for w in words(slug.replace("-", " ").replace("_", " ")) if not w.isdigit()}


def f1(a, b):
    return 2 * len(a & b) / (len(a) + len(b)) if a and b else 0.0


def pages(name, part):
    return [p for p in map(json.loads, gzip.open(os.path.join(kit, "extract", name), "rt")) if brief_eval.part_of(p["id"]) == part]


MODES = {
    "text": lambda p: {"text": p["pasted_text"]},
    "html": lambda p: {"text": p["pasted_text"], "html": p["pasted_html"]},
    "html_only": lambda p: {"html": p["pasted_html"]},
}

if args.score:
    # The core's own titles (the CLI's batch mode) against the web pages' addresses.
    web = [p for p in pages("web_dev.jsonl.gz", args.score) if len(slug_words(p["url"])) >= 3]
    for mode, field in MODES.items():
        inp = "".join(json.dumps({"id": p["id"], **field(p)}) + "\n" for p in web)
        out = subprocess.run([os.path.join(root, "target/release/brief"), "--jsonl"], input=inp, capture_output=True, text=True, check=True).stdout
        titles = [json.loads(l).get("title") or "" for l in out.split("\n") if l]
        # (Only pages whose text holds a line that matches the address: the others' titles
        # cannot be told from it.)
        n = ok = 0
        for p, t in zip(web, titles):
            sw = slug_words(p["url"])
            if max((f1(sw, words(l)) for l in p["pasted_text"].split("\n") if len(l.split()) <= 30), default=0) < 0.6:
                continue
            n += 1
            ok += f1(sw, words(t)) >= 0.6
        print(f"web {args.score} {mode}: titles matching the address {ok} of {n}")
    raise SystemExit

names = None
groups = []  # (features of the candidates, index of the title or -1)
for name in ("pages_dev.jsonl.gz", "web_dev.jsonl.gz"):
    recs = pages(name, "tune")
    if name.startswith("web"):
        recs = [p for p in recs if len(slug_words(p["url"])) >= 3]
    for mode, field in MODES.items():
        inp = "".join(json.dumps({"id": p["id"], **field(p)}) + "\n" for p in recs)
        out = subprocess.run([os.path.join(root, "target/release/examples/title_rows")], input=inp, capture_output=True, text=True, check=True).stdout
        for p, page in zip(recs, [json.loads(l) for l in out.split("\n") if l]):
            assert p["id"] == page["id"]
            names = page["features"]
            cands = page["candidates"]
            if not cands:
                continue
            if name.startswith("web"):
                sw = slug_words(p["url"])
                right = [f1(sw, words(c["text"])) >= 0.6 for c in cands]
            else:
                right = [brief_eval.title_matches(c["text"], p) for c in cands]
            X = np.array([c["features"] for c in cands], float)
            groups.append((X, [k for k, r in enumerate(right) if r]))

# The conditional logit: each page chooses among its candidates (score x·β) and "no title"
# (score 0); a page with several right candidates (a headline said twice) counts any of them.
# Fisher scoring (the choice's covariance as the Hessian) with an L2 penalty, halving a step
# that does not lower the loss.
def logsumexp(v):
    m = v.max()
    return m + np.log(np.exp(v - m).sum())


def loss_grad(beta):
    loss = 0.5 * args.l2 * beta @ beta
    grad = args.l2 * beta
    hess = args.l2 * np.eye(len(beta))
    for X, right in groups:
        s = np.append(X @ beta, 0.0)
        Xn = np.vstack([X, np.zeros(X.shape[1])])
        z = logsumexp(s)
        p = np.exp(s - z)
        chosen = right if right else [len(s) - 1]
        zr = logsumexp(s[chosen])
        q = np.zeros(len(s))
        q[chosen] = np.exp(s[chosen] - zr)
        wt = 1.0 if right else args.none_weight
        loss += wt * (z - zr)
        mean = p @ Xn
        grad += wt * (mean - q @ Xn)
        hess += wt * ((Xn.T * p) @ Xn - np.outer(mean, mean))
    return loss, grad, hess


beta = np.zeros(len(names))
loss, grad, hess = loss_grad(beta)
for _ in range(100):
    step = np.linalg.solve(hess, grad)
    t = 1.0
    while t > 1e-4:
        new = loss_grad(beta - t * step)
        if new[0] <= loss:
            break
        t /= 2
    beta = beta - t * step
    done = loss - new[0] < 1e-7
    loss, grad, hess = new
    if done:
        break

right = sum(1 for X, r in groups if r and (X @ beta).argmax() in r and (X @ beta).max() > 0)
nones = sum(1 for X, r in groups if not r and (X @ beta).max() <= 0)
with open(args.out, "w") as f:
    f.write("// Written by scripts/fit_title.py: the title chooser's weights (src/parse/title.rs), in the\n// order of TITLE_FEATURES.\n[\n")
    for n, b in zip(names, beta):
        f.write(f"    {b:.4f}, // {n}\n")
    f.write("]\n")
print(f"{len(groups)} pages read ({sum(1 for _, r in groups if r)} with a title among the candidates): "
      f"{right} right, {nones} rightly without; wrote {args.out}")
