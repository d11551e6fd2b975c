// Written by scripts/fit_edges.py: the edges pass's weights (src/parse/edges.rs), in the
// order of EDGE_FEATURES.
[
    -1.4211, // bias
    1.0131, // kept
    -0.1162, // heading
    0.1843, // list
    -0.1625, // quote
    -0.2654, // navigation
    -1.3457, // widget
    -0.8623, // furniture
    0.3204, // log_words
    -0.2465, // short
    0.6729, // stop
    -0.2283, // colon
    -0.7609, // capitals
    0.2442, // digits
    -1.0836, // link
    1.3003, // inside
    -1.8005, // below
    -0.3511, // above
    0.5914, // prev_kept
    0.4148, // prev_stop
    -0.5865, // prev_link
    0.2305, // next_kept
    0.2586, // next_log_words
    -0.4904, // next_stop
    -0.4003, // next_link
]
