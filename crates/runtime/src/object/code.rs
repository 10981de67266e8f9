//! The runtime side of a compiled code object: constants as values, profiling
//! counters and type-feedback slots, and per-instruction global-slot caches.

use crate::value::Value;
use num_bigint::BigInt;
use pyjit_compiler::bytecode::{CodeKind, CodeObject, Constant};
use std::cell::Cell;
use std::rc::Rc;

/// A code object prepared for execution.
pub struct Code {
    pub raw: Rc<CodeObject>,
    /// `raw.consts` as values, copied into the constant registers of each new frame.
    pub consts: Vec<Value>,
    pub children: Vec<Rc<Code>>,
    /// Call counter (function entries), for tier-up.
    pub calls: Cell<u32>,
    /// One back-edge counter per loop header (`raw.loops`).
    pub loop_counters: Vec<Cell<u32>>,
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
            loop_counters: (0..raw.loops.len()).map(|_| Cell::new(0)).collect(),
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
