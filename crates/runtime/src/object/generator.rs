//! Generators (suspended frames) and the iterators of built-in types.

use crate::interp::Frame;
use crate::value::Value;
use std::cell::RefCell;
use std::rc::Rc;

/// Where a generator is in its life.
pub enum GeneratorState {
    /// Created or suspended at a `yield`; holds the frame to resume.
    Suspended(Box<Frame>),
    /// Currently executing (re-entering raises `ValueError: generator already executing`).
    Running,
    /// Returned or raised; further `next` raises `StopIteration`.
    Finished,
}

/// A generator object.
pub struct Generator {
    pub state: RefCell<GeneratorState>,
    pub name: Rc<str>,
    pub qualname: Rc<str>,
    /// Whether the frame has started (`send` of a non-None value is refused before).
    pub started: std::cell::Cell<bool>,
}

thread_local! {
    /// Suspended generators that became unreachable: the interpreter closes them
    /// (running their `finally` blocks) at its next safe point, as CPython's
    /// reference counting does at once.
    static PENDING_FINALIZATION: RefCell<Vec<(Box<Frame>, Rc<str>, Rc<str>)>> = const { RefCell::new(Vec::new()) };
}

impl Drop for Generator {
    fn drop(&mut self) {
        if !self.started.get() {
            return;
        }
        if let GeneratorState::Suspended(_) = &*self.state.borrow() {
        } else {
            return;
        }
        if let GeneratorState::Suspended(frame) = std::mem::replace(self.state.get_mut(), GeneratorState::Finished) {
            let item = (frame, self.name.clone(), self.qualname.clone());
            let pushed = PENDING_FINALIZATION.try_with(|p| p.borrow_mut().push(item));
            if pushed.is_ok() {
                let _ = PENDING_COUNT.try_with(|c| c.set(c.get() + 1));
            }
        }
    }
}

thread_local! {
    /// The length of `PENDING_FINALIZATION`, kept separately so that the check made
    /// after every call and return is one thread-local load (a `Cell` with a const
    /// initializer and no destructor needs no lazy-initialization check).
    static PENDING_COUNT: std::cell::Cell<usize> = const { std::cell::Cell::new(0) };
}

/// Takes the next generator waiting to be closed.
pub fn next_pending_finalization() -> Option<(Box<Frame>, Rc<str>, Rc<str>)> {
    let item = PENDING_FINALIZATION.try_with(|p| p.borrow_mut().pop()).ok().flatten();
    if item.is_some() {
        let _ = PENDING_COUNT.try_with(|c| c.set(c.get().saturating_sub(1)));
    }
    item
}

/// Whether some dropped generator waits to be closed.
#[inline(always)]
pub fn has_pending_finalization() -> bool {
    PENDING_COUNT.try_with(|c| c.get() != 0).unwrap_or(false)
}

/// The state of a built-in iterator.
pub enum IterState {
    Range { next: i64, stop: i64, step: i64 },
    /// A range whose bounds do not fit an i64.
    BigRange { next: i128, stop: i128, step: i128 },
    /// Over a list (re-reads the list each step, as CPython's `listiterator`).
    List { list: Value, index: usize },
    /// Over a snapshot of values (tuples, dict views, sets, strings...).
    Values { items: Rc<Vec<Value>>, index: usize },
    Str { text: Value, byte: usize },
    /// `enumerate`.
    Enumerate { inner: Value, count: Value },
    /// `zip`.
    Zip { inners: Vec<Value>, strict: bool },
    /// Iteration over a set, failing if the set changes size.
    SetIter { set: Rc<crate::object::PySet>, pos: usize, len: usize },
    /// Iteration over a dict, failing if the dict changes size.
    DictIter { dict: Rc<crate::object::PyDict>, pos: usize, len: usize, kind: ViewKind },
    /// A live view of a dict (`d.keys()`, `d.values()`, `d.items()`): iterable, not an
    /// iterator.
    View { dict: Rc<crate::object::PyDict>, kind: ViewKind },
    /// `map(f, *iterables)`.
    Map { func: Value, inners: Vec<Value> },
    /// `filter(f, iterable)`; `Value::None` keeps truthy items.
    Filter { func: Value, inner: Value },
    /// `reversed` over a sequence snapshot.
    Reversed { items: Rc<Vec<Value>>, index: usize },
    /// `reversed(list)`: reads the live list; `index` is one past the next item
    /// (CPython's `listreviter`, which stops when the index falls outside the list).
    ReversedList { list: Value, index: usize },
    /// `iter(callable, sentinel)`.
    Callable { func: Value, sentinel: Value },
    /// Over a tuple.
    Tuple { tuple: Rc<crate::object::PyTuple>, index: usize },
    /// Finished.
    Exhausted,
}

/// Which part of a dict a view or dict iterator yields.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum ViewKind {
    Keys,
    Values,
    Items,
}

impl ViewKind {
    /// The view's type name (`dict_keys`, ...).
    pub fn view_name(self) -> &'static str {
        match self {
            ViewKind::Keys => "dict_keys",
            ViewKind::Values => "dict_values",
            ViewKind::Items => "dict_items",
        }
    }
    /// The type name of its iterator.
    pub fn iter_name(self) -> &'static str {
        match self {
            ViewKind::Keys => "dict_keyiterator",
            ViewKind::Values => "dict_valueiterator",
            ViewKind::Items => "dict_itemiterator",
        }
    }
}

/// A built-in iterator object.
pub struct PyIterator {
    pub state: RefCell<IterState>,
    /// The Python type name (`range_iterator`, `list_iterator`, `enumerate`, ...).
    pub type_name: &'static str,
}

impl PyIterator {
    pub fn new(state: IterState, type_name: &'static str) -> Self {
        PyIterator { state: RefCell::new(state), type_name }
    }
}
