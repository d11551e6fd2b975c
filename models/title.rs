// Written by scripts/fit_title.py: the title chooser's weights (src/parse/title.rs), in the
// order of TITLE_FEATURES.
[
    -1.4137, // bias
    3.0139, // overlap
    2.6296, // words
    -0.0728, // long
    1.6458, // h1
    0.4659, // heading
    1.2928, // headline
    -0.4661, // above
    -1.6224, // below
    -0.0449, // first_kept
    0.7137, // outside
    0.1974, // menu
    -1.1701, // furniture
    -0.1342, // stop
    -0.4046, // exclaims
    -0.0639, // colon
    -0.9843, // row
    -0.9676, // labelled
    -1.0995, // not_title
    -0.1620, // standfirst
    -0.9605, // heading_like
    -0.3957, // digits
    0.3202, // lower_start
    0.8545, // near
    0.2821, // page_h1
    -1.3637, // other_h1
]
