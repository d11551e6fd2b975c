#!/usr/bin/env python3
"""The part-of-speech tagger on a held-out treebank split, through the CLI's --tag-conllu.

    cargo build --release
    python3 benches/tagger.py [--conllu ../shared/data/ud-english-ewt/en_ewt-ud-test.conllu.gz]

Prints the UPOS accuracy over the split's tokens (multi-word token lines and empty nodes are
not tokens), the tokens per second of the whole command (process start and model load
included; best of three runs), and the model file's size raw and gzipped.
"""
import argparse, gzip, os, subprocess, time

root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
ap = argparse.ArgumentParser()
ap.add_argument("--conllu", default=os.path.join(root, "../shared/data/ud-english-ewt/en_ewt-ud-test.conllu.gz"))
ap.add_argument("--cli", default=os.path.join(root, "target/release/brief"))
args = ap.parse_args()

raw = (gzip.open if args.conllu.endswith(".gz") else open)(args.conllu, "rb").read()
best, out = None, b""
for _ in range(3):
    t0 = time.perf_counter()
    out = subprocess.run([args.cli, "--tag-conllu"], input=raw, capture_output=True, check=True).stdout
    dt = time.perf_counter() - t0
    best = dt if best is None else min(best, dt)

def tokens(text):
    return [l.split("\t") for l in text.decode().split("\n") if l and not l.startswith("#")]

gold, pred = tokens(raw), tokens(out)
assert len(gold) == len(pred), "the CLI must keep every line"
pairs = [(g, p) for g, p in zip(gold, pred) if g[0].isdigit()]
right = sum(g[3] == p[3] for g, p in pairs)
model = open(os.path.join(root, "models/tagger.bin"), "rb").read()
print(f"UPOS accuracy {right / len(pairs):.4f} ({right} of {len(pairs)} tokens); "
      f"{len(pairs) / best:,.0f} tokens/s (whole command, best of 3: {best * 1000:.0f} ms); "
      f"model {len(model):,} bytes, {len(gzip.compress(model, 9)):,} gzip")
