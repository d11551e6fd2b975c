#!/usr/bin/env python3
"""How often the table names the actors the annotators name, on the stance DEV articles:

- main actor: the article's main actor (`examples/main_actors.rs`, the one `brief::commitments`
  reads) against the gold's `main_actor`;
- row actors: on the rows that match a gold item (the scorer's own matching), the row's actor
  against the item's `actor`.

A name agrees when it shares a word with the gold's (the gold's bracketed alternatives count:
"Conservative Party (leader Michael Howard)"), articles and the like aside. Strict: "Tories"
for "Conservatives" does not agree.

    cargo build --release --example main_actors
    python3 ../shared/eval/brief_eval.py stance --part tune --keep /tmp/stance
    python3 scripts/actor_score.py /tmp/stance [-v]
"""
import json, os, re, subprocess, sys

root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
kit = os.path.join(root, "../shared/eval/stance")
sys.path.insert(0, kit)
import score as sc  # noqa: E402

run, verbose = sys.argv[1], "-v" in sys.argv
STOP = {"the", "a", "an", "of", "and", "s", "per", "via", "its", "their", "his", "her", "in", "on", "for", "to", "with", "by"}


def toks(s):
    return {w for w in re.findall(r"\w+", (s or "").lower().replace("’", "'")) if w not in STOP and len(w) > 1}


gold = sc.load_gold(os.path.join(kit, "gold"))
inputs = open(os.path.join(run, "stance.in.jsonl"), encoding="utf-8").read()
mains = subprocess.run([os.path.join(root, "target/release/examples/main_actors")], input=inputs, capture_output=True, text=True, check=True).stdout
mains = {o["id"]: o["main"] for o in map(json.loads, mains.splitlines())}
ok = sum(bool(toks(m) & toks(gold[i].get("main_actor"))) for i, m in mains.items())
if verbose:
    for i, m in mains.items():
        if not toks(m) & toks(gold[i].get("main_actor")):
            print(f"main  {i}: ours {m!r} | gold {gold[i].get('main_actor')!r}")
preds = sc.load_predictions(os.path.join(run, "stance.pred.jsonl"))
# (The scorer's loader keeps what it scores; the actors are read from the file itself, in the same order.)
actors = {o["id"]: [it.get("actor") for it in o["items"]] for o in map(json.loads, open(os.path.join(run, "stance.pred.jsonl"), encoding="utf-8"))}
n = hit = 0
for aid in sorted(preds):
    items = gold[aid]["items"]
    for i, j in sc.score_doc(items, preds[aid])["pairs"]:
        n += 1
        agree = bool(toks(actors[aid][i]) & toks(items[j].get("actor")))
        hit += agree
print(f"main actor: {ok}/{len(mains)} = {ok / max(len(mains), 1):.3f}; row actors on matched rows: {hit}/{n} = {hit / max(n, 1):.3f}")
