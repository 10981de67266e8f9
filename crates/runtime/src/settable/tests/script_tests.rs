//! Randomised operation scripts whose expected results were produced by
//! CPython 3.11 (a generator applied random `add`/`discard`/`pop`/`clear`/
//! algebra operations to three sets and recorded `list(s)` after each step).

use super::script::run_script;

/// Replays an external script file named by `SETTABLE_SCRIPT` (development aid
/// for large differential runs); does nothing when the variable is unset.
#[test]
fn external_script_file() {
    let Ok(path) = std::env::var("SETTABLE_SCRIPT") else {
        return;
    };
    let text = std::fs::read_to_string(&path).unwrap_or_default();
    match run_script(&text) {
        Ok(n) => eprintln!("{n} checks passed"),
        Err(e) => panic!("{e}"),
    }
}

use super::script_data::{SCRIPT_0, SCRIPT_1, SCRIPT_2, SCRIPT_3, SCRIPT_4};

fn replay(script: &str) -> usize {
    match run_script(script) {
        Ok(n) => n,
        Err(e) => panic!("{e}"),
    }
}

#[test]
fn generated_script_0() {
    assert!(replay(SCRIPT_0) > 10);
}

#[test]
fn generated_script_1() {
    assert!(replay(SCRIPT_1) > 10);
}

#[test]
fn generated_script_2() {
    assert!(replay(SCRIPT_2) > 10);
}

#[test]
fn generated_script_3() {
    assert!(replay(SCRIPT_3) > 10);
}

#[test]
fn generated_script_4() {
    assert!(replay(SCRIPT_4) > 10);
}

#[test]
fn script_mismatch_is_reported() {
    // The interpreter must actually detect a wrong expectation.
    assert!(run_script("new a 3 1 2\ncheck a 1 2 3").is_ok());
    assert!(run_script("new a 3 1 2\ncheck a 3 1 2").is_err());
}
