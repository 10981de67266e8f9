//! The runtime side of a compiled code object: constants as values, profiling
//! counters and type-feedback slots, and per-instruction global-slot caches.

use crate::value::Value;
use num_bigint::BigInt;
use pyjit_compiler::bytecode::{CodeKind, CodeObject, Constant};
use std::any::Any;
use std::cell::{Cell, RefCell};
use std::rc::Rc;
use std::sync::atomic::{AtomicU32, Ordering};

/// Back-edges a loop runs in the interpreter before the tier is asked to compile it
/// (`u32::MAX`: never). Set once by the command line before any code is loaded.
pub static LOOP_FUEL: AtomicU32 = AtomicU32::new(u32::MAX);
/// Calls a function runs in the interpreter before the tier is asked to compile it.
pub static CALL_FUEL: AtomicU32 = AtomicU32::new(u32::MAX);

/// A code object prepared for execution.
pub struct Code {
    pub raw: Rc<CodeObject>,
    /// `raw.consts` as values, copied into the constant registers of each new frame.
    pub consts: Vec<Value>,
    pub children: Vec<Rc<Code>>,
    /// Call counter (function entries).
    pub calls: Cell<u32>,
    /// Calls left before the tier is consulted on each call (0 = consult it).
    pub call_fuel: Cell<u32>,
    /// Per loop header (`raw.loops`): back-edges left before the tier is asked to run
    /// the loop (0 = ask at the next back-edge). Starts at [`LOOP_FUEL`].
    pub loop_counters: Vec<Cell<u32>>,
    /// Type tags of every value this code has returned (see `interp::feedback`).
    pub return_types: Cell<u32>,
    /// The compiling tier's own state for this code object (compiled units, counts).
    pub tier_data: RefCell<Option<Rc<dyn Any>>>,
    /// A `@jit`/`@njit` decorator asked for this code to be compiled at its first call.
    pub jit_request: RefCell<Option<JitRequest>>,
    /// Type feedback: per slot, a bitmask of the operand type tags seen
    /// (see `crate::interp::feedback`).
    pub feedback: Vec<Cell<u32>>,
    /// Per name index: the module slot (`u32::MAX` = not resolved yet).
    pub global_slots: Vec<Cell<u32>>,
    /// Per name index: the builtins-module slot (`u32::MAX` = not resolved yet).
    pub builtin_slots: Vec<Cell<u32>>,
    /// Inline cache per feedback slot for module attribute lookups: the module's
    /// address and the attribute's slot (address 0 = empty).
    pub attr_cache: Vec<Cell<(usize, u32)>>,
    /// The initial register file: `Undefined` up to `const_base`, then the constants.
    pub template: Vec<Value>,
    /// Whether every template value is a scalar (so a frame can be filled by memcpy).
    pub template_is_scalar: bool,
    /// For a plain function (not a generator) whose positional arguments bind
    /// directly to its first registers (no keyword-only parameters, `*args` or
    /// `**kwargs`): its `argcount`; otherwise `u32::MAX`. A call with exactly this
    /// many positional arguments can build the frame inline (see `Interp::new_frame`).
    pub fast_argc: u32,
    /// The frame needs no cells (no own cells, no free variables): a new frame is
    /// a copy of the template plus the arguments.
    pub plain_frame: bool,
    /// A process-unique id (never reused, unlike an address), naming the code whose
    /// constants a pooled register file still holds (see `Interp::frame_pool`).
    pub id: u64,
}

/// What `@jit(...)` asked for (see `stdlib::pyjit`).
#[derive(Clone)]
pub struct JitRequest {
    /// `nopython=True` / `@njit`: the function must compile to native code
    /// entirely, or its first call raises `error`.
    pub nopython: bool,
    /// The `pyjit.JitError` class.
    pub error: Rc<crate::object::Class>,
}

/// The next `Code::id`.
static NEXT_CODE_ID: std::sync::atomic::AtomicU64 = std::sync::atomic::AtomicU64::new(1);

fn const_value(c: &Constant) -> Value {
    match c {
        Constant::None => Value::None,
        Constant::Bool(b) => Value::Bool(*b),
        Constant::Int(i) => Value::Int(*i),
        Constant::BigInt(b) => Value::from_bigint(BigInt::clone(b)),
        Constant::Float(f) => Value::Float(*f),
        Constant::Str(s) => Value::str(s.as_ref()),
        Constant::Tuple(items) => Value::tuple(items.iter().map(const_value).collect()),
        Constant::Ellipsis => Value::Ellipsis,
    }
}

impl Code {
    /// Prepares `raw` and, recursively, its nested code objects.
    pub fn new(raw: Rc<CodeObject>) -> Rc<Code> {
        let consts: Vec<Value> = raw.consts.iter().map(const_value).collect();
        let mut template = vec![Value::Undefined; raw.const_base as usize];
        template.extend(consts.iter().cloned());
        let children = raw.children.iter().map(|c| Code::new(c.clone())).collect();
        let n = raw.names.len();
        let simple_params = raw.kwonlyargcount == 0 && !raw.has_varargs && !raw.has_varkw;
        let fast_argc = if raw.kind == CodeKind::Function && simple_params { raw.argcount } else { u32::MAX };
        let template_is_scalar = template.iter().all(Value::is_scalar);
        let plain_frame = raw.ncells == 0 && raw.cellnames.is_empty() && raw.argcount as usize <= raw.const_base as usize && raw.const_base as usize <= template.len();
        Rc::new(Code {
            consts,
            children,
            calls: Cell::new(0),
            call_fuel: Cell::new(CALL_FUEL.load(Ordering::Relaxed)),
            loop_counters: (0..raw.loops.len()).map(|_| Cell::new(LOOP_FUEL.load(Ordering::Relaxed))).collect(),
            return_types: Cell::new(0),
            tier_data: RefCell::new(None),
            jit_request: RefCell::new(None),
            feedback: (0..raw.nfeedback).map(|_| Cell::new(0)).collect(),
            attr_cache: (0..raw.nfeedback).map(|_| Cell::new((0, 0))).collect(),
            global_slots: (0..n).map(|_| Cell::new(u32::MAX)).collect(),
            builtin_slots: (0..n).map(|_| Cell::new(u32::MAX)).collect(),
            template_is_scalar,
            fast_argc,
            plain_frame,
            id: NEXT_CODE_ID.fetch_add(1, std::sync::atomic::Ordering::Relaxed),
            template,
            raw,
        })
    }
}
