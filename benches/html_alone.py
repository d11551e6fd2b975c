"""Parsing as the app does it: the clipboard HTML alone, its text read from the HTML.

The evaluation kit scores the pasted text, alone and with the clipboard HTML as hints; the app
reads a paste's HTML and makes its text from it. This runs the CLI on `{"id", "html"}` for
each DEV page and scores the body with the kit's scorer (shingle and line F1).

    cargo build --release && python3 benches/html_alone.py
"""
import gzip, json, subprocess, sys, tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
EXTRACT = ROOT.parent / 'shared' / 'eval' / 'extract'
pages = [json.loads(l) for l in gzip.open(str(EXTRACT / 'pages_dev.jsonl.gz'), 'rt')]
inp = ''.join(json.dumps({'id': p['id'], 'html': p['pasted_html']}) + '\n' for p in pages)
out = subprocess.run([str(ROOT / 'target' / 'release' / 'brief'), '--jsonl'], input=inp, capture_output=True, text=True, check=True).stdout
with tempfile.NamedTemporaryFile('w', suffix='.jsonl', prefix='html_alone.', delete=False) as f:
    for line in out.splitlines():
        o = json.loads(line)
        f.write(json.dumps({'id': o['id'], 'extracted_text': o['body'], 'ms': o.get('ms')}) + '\n')
sys.exit(subprocess.run([sys.executable, str(EXTRACT / 'score.py'), f.name]).returncode)
