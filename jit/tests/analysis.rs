//! The analyses on real compiled code: liveness across a loop and representation
//! inference (which registers a loop keeps unboxed, and when values must be boxed).

use pyjit_jit::decide::{Promoted, UnitInput, UnitKind};
use pyjit_jit::infer::infer;
use pyjit_jit::liveness::Liveness;
use pyjit_jit::rep::{Rep, ANY};
use pyjit_runtime::object::{Code, Module};
use std::cell::{Cell, RefCell};
use std::rc::Rc;

/// The code object of the first function defined in `src`.
fn function_code(src: &str) -> Rc<Code> {
    let module = pyjit_compiler::compile_source(src, "<test>").expect("compiles");
    Code::new(module.children[0].clone())
}

const SUM: &str = "def f(n):\n    s = 0\n    for i in range(n):\n        t = i * 2\n        s += t\n    return s\n";

#[test]
fn loop_temporaries_are_dead_at_the_header_and_results_live_after() {
    let code = function_code(SUM);
    let live = Liveness::compute(&code.raw);
    // Registers: 0 n, 1 s, 2 i, 3 t, 4 the iterator. Header = the ForIter at pc 5.
    let header = code.raw.loops[0].header;
    assert!(live.is_live(header, 1), "s is read after the loop");
    assert!(live.is_live(header, 4), "the iterator is read by ForIter");
    assert!(!live.is_live(header, 3), "t is written before it is read in each iteration");
    assert!(!live.is_live(header, 2), "i is written by ForIter first");
    let ret = code.raw.instrs.iter().position(|i| matches!(i, pyjit_compiler::bytecode::Instr::Return { .. })).unwrap() as u32;
    assert!(live.is_live(ret, 1) && !live.is_live(ret, 0));
}

fn unit<'a>(code: &'a Rc<Code>, live: &'a Liveness, callee: &'a dyn Fn(&Rc<pyjit_runtime::object::Function>, &[Rep]) -> Option<pyjit_jit::decide::Callee>) -> UnitInput<'a> {
    let header = code.raw.loops[0].header;
    let end = pyjit_jit::tier::unit_end(code, 0);
    UnitInput {
        code,
        raw: &code.raw,
        kind: UnitKind::Loop { loop_id: 0 },
        start: header,
        end,
        frameless: false,
        globals: Rc::new(Module::new("m")),
        builtins: Rc::new(Module::new("builtins")),
        liveness: live,
        consts: RefCell::new(Vec::new()),
        promoted: Vec::<Promoted>::new(),
        acc: None,
        callee,
        closed: Cell::new(false),
    }
}

#[test]
fn a_counting_loop_stays_unboxed_and_an_int_float_mix_is_boxed_at_the_join() {
    let code = function_code(SUM);
    let live = Liveness::compute(&code.raw);
    let none = |_: &Rc<pyjit_runtime::object::Function>, _: &[Rep]| None;
    let u = unit(&code, &live, &none);
    let header = code.raw.loops[0].header;
    let mut entry = vec![ANY; u.width()];
    entry[0] = Rep::Int;
    entry[1] = Rep::Int;
    entry[4] = Rep::RangeIter;
    let a = infer(&u, header, entry.clone()).expect("converges");
    let at_header = a.at(header, header).unwrap();
    assert_eq!((at_header[1], at_header[4]), (Rep::Int, Rep::RangeIter));
    assert_eq!(a.at(header, header + 1).unwrap()[2], Rep::Int, "i is a native int when multiplied");
    let at_add = a.at(header, header + 2).unwrap();
    assert_eq!((at_add[1], at_add[3]), (Rep::Int, Rep::Int), "s and t are native ints when added");
    assert_eq!(at_add[2], ANY, "i is dead after the multiplication, so it is not tracked");

    // The same loop entered with a float accumulator: s stays a float.
    entry[1] = Rep::Float;
    let a = infer(&u, header, entry.clone()).expect("converges");
    assert_eq!(a.at(header, header).unwrap()[1], Rep::Float, "{:?}", a.at(header, header));

    // An accumulator that enters as a list cannot be unboxed anywhere.
    entry[1] = Rep::Boxed(Some(pyjit_runtime::value::tags::LIST));
    let a = infer(&u, header, entry).expect("converges");
    assert!(!a.at(header, header).unwrap()[1].is_scalar());
}
