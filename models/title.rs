// Written by scripts/fit_title.py: the title chooser's weights (src/parse/title.rs), in the
// order of TITLE_FEATURES.
[
    -1.3896, // bias
    2.9070, // overlap
    2.6530, // words
    -0.0511, // long
    1.7161, // h1
    0.4427, // heading
    1.4265, // headline
    -0.5895, // above
    -1.6051, // below
    -0.0710, // first_kept
    0.8377, // outside
    0.1818, // menu
    -1.1773, // furniture
    -0.1628, // stop
    -0.3995, // exclaims
    -0.0574, // colon
    0.2350, // credit
    -1.2463, // not_title
    -1.0230, // row
    -1.0333, // labelled
    -0.1478, // standfirst
    -0.9628, // heading_like
    -0.3009, // digits
    0.3276, // lower_start
    0.8268, // near
    0.3048, // page_h1
    -1.4113, // other_h1
]
