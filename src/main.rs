//! On wasm32 this mounts the Brief app; natively it is the `brief` command-line tool.

#[cfg(target_arch = "wasm32")]
fn main() {
    brief::ui::start();
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    std::process::exit(brief::cli::main(std::env::args().skip(1).collect()));
}
