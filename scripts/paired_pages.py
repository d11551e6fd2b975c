#!/usr/bin/env python3
"""How many documents a change moves, for the rule "a change helps several documents in both
parts": each document's score before and after, from two runs of the evaluation kept with
`--keep`, counted as up / down / unchanged per task and set.

    python3 ../shared/eval/brief_eval.py extract --part tune --cli /path/to/old/brief --keep /tmp/old
    python3 ../shared/eval/brief_eval.py extract --part tune --keep /tmp/new
    python3 scripts/paired_pages.py /tmp/old /tmp/new [--list]

Reads whatever both folders hold: parsing (news pages' shingle F1, web pages' snippet F1, each
mode), the table (each article's own F1, so their mean is not the kit's pooled F1) and key points (each article's ROUGE-1 F1, stemmed).
`--list` also names the documents that moved, with both scores: for the tune part only (of the
check part we read figures, never documents).
"""
import functools, gzip, importlib.util, json, os, sys

root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
kit = os.path.join(root, "../shared/eval")
sys.dont_write_bytecode = True


def module(name, path):
    spec = importlib.util.spec_from_file_location(name, path)
    m = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(m)
    return m


def read_jsonl(path):
    with open(path, encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


@functools.lru_cache(maxsize=None)
def pages_of(name):
    """The kit's pages of `name` (read once for every mode and run), by id."""
    return {p["id"]: p for p in map(json.loads, gzip.open(os.path.join(kit, "extract", name), "rt"))}


def news_pages(run, mode):
    """Each news page's shingle F1, as `brief_eval.py extract` scores it."""
    path = os.path.join(run, f"extract_{mode}.pred.jsonl")
    if not os.path.exists(path):
        return None
    scorer = module("extract_score", os.path.join(kit, "extract/score.py"))
    preds = read_jsonl(path)
    ids = {p["id"] for p in preds}
    pages = [p for i, p in pages_of("pages_dev.jsonl.gz").items() if i in ids]
    rows = []
    scorer.score(pages, preds, "x", with_lines=False, per_page_out=rows)
    return {r["id"]: r["shingle_F1"] for r in rows}


def web_pages(run, mode):
    """Each web page's snippet F1 (`web_score.py`'s own)."""
    path = os.path.join(run, f"{mode}.out.jsonl")
    if not os.path.exists(path):
        return None
    scorer = module("web_score", os.path.join(kit, "extract/web_score.py"))
    preds = [{"id": o["id"], "extracted_text": o.get("body", "")} for o in read_jsonl(path)]
    ids = {p["id"] for p in preds}
    pages = [p for i, p in pages_of("web_dev.jsonl.gz").items() if i in ids]
    rows = []
    scorer.score_system(pages, preds, "x", per_page_out=rows)
    return {r["id"]: r["F1"] for r in rows}


def table(run):
    """Each article's F1 of the will / won't table."""
    path = os.path.join(run, "stance.pred.jsonl")
    if not os.path.exists(path):
        return None
    scorer = module("stance_score", os.path.join(kit, "stance/score.py"))
    gold = scorer.load_gold(os.path.join(kit, "stance/gold"))
    out = {}
    for aid, items in scorer.load_predictions(path).items():
        r = scorer.score_doc(gold[aid]["items"], items)
        tp, n_pred, n_gold = len(r["pairs"]), len(items), len(gold[aid]["items"])
        out[aid] = 2 * tp / (n_pred + n_gold) if n_pred + n_gold else 1.0
    return out


def key_points(run, name):
    """Each article's ROUGE-1 F1, scored by the kit's own `rouge_eval.score_outputs` as
    `brief_eval.py summarise` calls it (each record's budget of sentences)."""
    path = os.path.join(run, f"summarise_{name}.pred.jsonl")
    if not os.path.exists(path):
        return None
    rouge_eval = module("rouge_eval", os.path.join(kit, "summarise/rouge_eval.py"))
    outputs = {p["id"]: p["summary"] for p in read_jsonl(path)}
    recs = [r for r in read_jsonl(os.path.join(kit, f"summarise/{name}_dev.jsonl")) if r["id"] in outputs]
    scored = rouge_eval.score_outputs(recs, outputs, lambda r: int(r.get("budget", 3)), keys=("rouge1",))
    return {i: s["rouge1"] for i, s in scored["per_id"].items()}


def main():
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    if len(args) != 2:
        sys.exit(__doc__)
    old, new = args
    listed = "--list" in sys.argv
    sets = [(f"news {m}", lambda run, m=m: news_pages(run, m)) for m in ("text", "html", "html_only")]
    sets += [(m.replace("_", " "), lambda run, m=m: web_pages(run, m)) for m in ("web_text", "web_html", "web_html_only")]
    sets += [("table", table)]
    sets += [(f"key points {n}", lambda run, n=n: key_points(run, n)) for n in ("cnndm", "bbc", "xsum")]
    for name, read in sets:
        a, b = read(old), read(new)
        if a is None or b is None:
            continue
        ids = sorted(set(a) & set(b))
        up = [i for i in ids if b[i] > a[i] + 1e-9]
        down = [i for i in ids if b[i] < a[i] - 1e-9]
        print(f"{name}: {len(ids)} documents, {len(up)} up, {len(down)} down, {len(ids) - len(up) - len(down)} unchanged")
        if listed:
            for i in up + down:
                print(f"  {i}: {a[i]:.3f} -> {b[i]:.3f}")


if __name__ == "__main__":
    main()
