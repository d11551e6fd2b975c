// Written by scripts/fit_title.py: the title chooser's weights (src/parse/title.rs), in the
// order of TITLE_FEATURES.
[
    -1.2845, // bias
    3.0372, // overlap
    2.5642, // words
    -0.1530, // long
    1.7367, // h1
    0.6692, // heading
    1.2389, // headline
    -0.5581, // above
    -1.8153, // below
    -0.0223, // first_kept
    0.7182, // outside
    0.3223, // menu
    -0.9214, // furniture
    -0.1669, // stop
    -0.3406, // exclaims
    -0.0952, // colon
    -0.9510, // row
    -1.0723, // labelled
    -0.9589, // not_title
    0.0456, // standfirst
    -0.7360, // heading_like
    -0.4404, // digits
    0.2940, // lower_start
    0.6256, // near
    0.1786, // page_h1
    -1.5581, // other_h1
]
