"""How often Brief's title of a real pasted page is the page's own title.

For each of the evaluation kit's parsing pages: the truth title (Readability's pages) or the
page's title candidates (og:title, <title>, first <h1>); Brief's title counts as right when it
equals one of them or one contains the other (over ten characters), after white space and case
are normalised. Runs the CLI in batch mode on the pasted text, on the text with the clipboard
HTML, and on the clipboard HTML alone (as the app reads a paste).

    cargo build --release && python3 benches/titles.py [-v]
"""
from pathlib import Path
ROOT = Path(__file__).resolve().parent.parent
EVAL = ROOT.parent / 'shared' / 'eval'
import json,gzip,subprocess,os,sys
pages=[json.loads(l) for l in gzip.open(str(EVAL / 'extract' / 'pages_dev.jsonl.gz'),'rt')]
def norm(s): return ' '.join((s or '').split()).strip().lower()
for mode in ('text','html','html-alone'):
    ok=0;n=0;rows=[]
    for d in pages:
        cands=[c for c in (d.get('title_candidates') or []) if c]
        t=d.get('truth_title') or (cands[0] if cands else None)
        if not t: continue
        n+=1
        rec={"id":d['id'],"text":d['pasted_text']}
        if mode=='html': rec['html']=d['pasted_html']
        if mode=='html-alone': rec={"id":d['id'],"html":d['pasted_html']}
        rows.append((d,t,rec))
    inp='\n'.join(json.dumps(r[2]) for r in rows)
    out=subprocess.run([str(ROOT / 'target' / 'release' / 'brief'),'--jsonl'],input=inp,capture_output=True,text=True).stdout.strip().split('\n')
    for (d,t,_),o in zip(rows,out):
        j=json.loads(o); title=j.get('title') or ''
        cands=[norm(c) for c in (d.get('title_candidates') or []) if c]+[norm(t)]
        good = norm(title) in cands or any(norm(title) and (norm(title) in c or c in norm(title)) and len(norm(title))>10 for c in cands)
        ok+=good
        if '-v' in sys.argv and not good: print(mode, d['id'][:24], '| want:', t[:50], '| got:', title[:50])
    print(mode, f'{ok}/{n} titles match a candidate')
