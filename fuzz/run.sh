#!/usr/bin/env bash
# Runs both fuzzers with corpora seeded from tests/fixtures (plus a few HTML seeds).
#   bash fuzz/run.sh [RUNS]   (default 10,000,000 executions each; needs the nightly toolchain
#                              and `cargo install cargo-fuzz`)
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")"
RUNS=${1:-10000000}
mkdir -p corpus/text corpus/html
cp ../tests/fixtures/*.txt ../tests/fixtures/*.md corpus/text/
printf '<h1>Title</h1><p>The council will build a bridge. It will not raise taxes.</p><ul><li><a href=/a>Home</a></li></ul>' > corpus/html/seed1.html
printf '<div><script>x</script><style>y</style><p>Text &amp; more&nbsp;here.</p><!-- c --><br><table><tr><td>a</td></tr></table></div>' > corpus/html/seed2.html
# No sanitizer: the crate forbids unsafe code, and without ASan a run is several times faster.
# Inputs up to 1 KB for text (its cost grows with the number of sentences) and 2 KB for HTML
# (at 4 KB it ran at 700/s, too slow for ten million in a session).
cargo +nightly fuzz run -s none text corpus/text -- -runs="$RUNS" -max_len=1024 -timeout=10 -rss_limit_mb=2048
cargo +nightly fuzz run -s none html corpus/html -- -runs="$RUNS" -max_len=2048 -timeout=10 -rss_limit_mb=2048
