//! The `pyjit` binary: everything lives in `pyjit-cli`.
fn main() {
    std::process::exit(pyjit_cli::main());
}
