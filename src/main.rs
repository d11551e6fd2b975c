//! On wasm32 this mounts the Brief app; natively it is the `brief` command-line tool.

#[cfg(target_arch = "wasm32")]
fn main() {
    brief::start();
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    std::process::exit(brief::run_cli(std::env::args().skip(1).collect()));
}
