//! Register representations: where a value lives while compiled code runs and what
//! it is known to be. Chosen per register and program point by `infer`.

use pyjit_runtime::value::tags;
use pyjit_runtime::Value;

/// The representation of one register (or pseudo-register) at one program point.
#[derive(Clone, Copy, PartialEq, Eq, Debug, Hash)]
pub enum Rep {
    /// The value is in its home slot (the frame register, as the interpreter keeps
    /// it); `Some(tag)` when its `Value` tag is known.
    Boxed(Option<u8>),
    /// A Python int known to fit an `i64`, in a native `i64`.
    Int,
    /// A Python int that may outgrow 64 bits, in a native `i128` (beyond that, the
    /// code deoptimizes and the interpreter continues with an exact big int).
    Wide,
    /// A Python float in a native `f64`.
    Float,
    /// A Python bool in a native `i8` (0 or 1).
    Bool,
    /// A known heap object (function, module, built-in) from the unit's constant
    /// table; its home slot is not written until it must be.
    Const(u32),
    /// A `range` iterator whose position lives in native variables; the home slot
    /// holds the iterator object (brought up to date when control leaves native code).
    RangeIter,
    /// A list iterator whose list and index live in native variables; the home slot
    /// holds the iterator object (its index is brought up to date when control
    /// leaves native code).
    ListIter,
}

/// The `Boxed` representation with nothing known about the value.
pub const ANY: Rep = Rep::Boxed(None);

impl Rep {
    /// The least representation covering both (the join of the lattice: values that
    /// disagree on a native type meet in their home slot).
    pub fn join(self, other: Rep) -> Rep {
        use Rep::*;
        match (self, other) {
            (a, b) if a == b => a,
            (Int, Wide) | (Wide, Int) => Wide,
            (Boxed(_), Boxed(_)) => ANY,
            _ => ANY,
        }
    }

    /// Whether the value lives in native variables (so leaving native code must
    /// write it to its home slot).
    pub fn is_native(self) -> bool {
        !matches!(self, Rep::Boxed(_))
    }

    /// Whether the value is an iterator whose position lives in native variables.
    pub fn is_native_iter(self) -> bool {
        matches!(self, Rep::RangeIter | Rep::ListIter)
    }

    /// Whether the representation is an unboxed number or bool.
    pub fn is_scalar(self) -> bool {
        matches!(self, Rep::Int | Rep::Wide | Rep::Float | Rep::Bool)
    }

    /// The representation a value of this kind enters native code in, if it can.
    pub fn of_value(v: &Value) -> Rep {
        match v {
            Value::Int(_) => Rep::Int,
            Value::Float(_) => Rep::Float,
            Value::Bool(_) => Rep::Bool,
            other => Rep::Boxed(Some(tag_of(other))),
        }
    }

    /// The `Value` tag a native representation boxes to (`Wide` boxes to an int or
    /// a big int; it reports `INT`).
    pub fn boxed_tag(self) -> Option<u8> {
        match self {
            Rep::Int | Rep::Wide => Some(tags::INT),
            Rep::Float => Some(tags::FLOAT),
            Rep::Bool => Some(tags::BOOL),
            Rep::Boxed(t) => t,
            Rep::RangeIter | Rep::ListIter => Some(tags::ITERATOR),
            Rep::Const(_) => None,
        }
    }
}

/// The tag byte of a value.
pub fn tag_of(v: &Value) -> u8 {
    // SAFETY: `Value` is `repr(u8)`: its first byte is the tag.
    unsafe { *(v as *const Value as *const u8) }
}

/// A representation per register of a compilation unit: frame registers below the
/// code's `const_base`, then the unit's pseudo-registers (promoted globals, the
/// reduction accumulator).
pub type State = Vec<Rep>;

/// Joins `from` into `into`; true when `into` changed.
pub fn join_into(into: &mut State, from: &State) -> bool {
    let mut changed = false;
    for (a, b) in into.iter_mut().zip(from) {
        let j = a.join(*b);
        if j != *a {
            *a = j;
            changed = true;
        }
    }
    changed
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn join_is_a_lattice_with_boxed_on_top() {
        assert_eq!(Rep::Int.join(Rep::Int), Rep::Int);
        assert_eq!(Rep::Int.join(Rep::Wide), Rep::Wide);
        assert_eq!(Rep::Int.join(Rep::Float), ANY);
        assert_eq!(Rep::Const(1).join(Rep::Const(2)), ANY);
        assert_eq!(Rep::Boxed(Some(tags::LIST)).join(Rep::Boxed(Some(tags::LIST))), Rep::Boxed(Some(tags::LIST)));
        assert_eq!(Rep::Boxed(Some(tags::LIST)).join(Rep::Boxed(Some(tags::TUPLE))), ANY);
        assert_eq!(Rep::of_value(&Value::Float(1.0)), Rep::Float);
        assert_eq!(Rep::of_value(&Value::None), Rep::Boxed(Some(tags::NONE)));
        let mut s = vec![Rep::Int, Rep::Float];
        assert!(join_into(&mut s, &vec![Rep::Wide, Rep::Float]));
        assert_eq!(s, vec![Rep::Wide, Rep::Float]);
        assert!(!join_into(&mut s, &vec![Rep::Int, Rep::Float]));
    }
}
