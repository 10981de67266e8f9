//! Where a `list`'s and a `tuple`'s item buffer, length and capacity sit inside the
//! object (for a list, those of both storages and the strategy byte), for compiled
//! code that indexes and appends without a call. Rust does not
//! fix the layout of `Vec` or `RefCell`, so it is found once by probing real
//! objects (two of each, with distinct buffers, lengths and capacities) and used
//! only if every probe agrees; otherwise compiled code calls helpers instead.

use super::{PyList, PyTuple};
use crate::value::Value;
use std::sync::OnceLock;

/// Byte offsets of a sequence's `Vec<Value>` fields from the start of the object.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct SeqLayout {
    /// The `*mut Value` buffer.
    pub data: usize,
    pub len: usize,
    pub cap: usize,
}

fn words<T>(obj: &T) -> Vec<usize> {
    let n = std::mem::size_of::<T>() / std::mem::size_of::<usize>();
    let p = obj as *const T as *const usize;
    // SAFETY: reads `n` whole words inside `*obj`; every byte of these objects
    // (pointers, lengths, the borrow flag) is initialized.
    (0..n).map(|i| unsafe { p.add(i).read_unaligned() }).collect()
}

/// The unique word index holding `value`, if exactly one does.
fn unique(ws: &[usize], value: usize) -> Option<usize> {
    let mut found = ws.iter().enumerate().filter(|(_, w)| **w == value).map(|(i, _)| i);
    let first = found.next()?;
    found.next().is_none().then_some(first * std::mem::size_of::<usize>())
}

fn probe(ws: &[usize], data: usize, len: usize, cap: usize) -> Option<SeqLayout> {
    Some(SeqLayout { data: unique(ws, data)?, len: unique(ws, len)?, cap: unique(ws, cap)? })
}

fn items(n: usize, cap: usize) -> Vec<Value> {
    let mut v = Vec::with_capacity(cap);
    v.extend((0..n).map(|i| Value::Int(i as i64)));
    v
}

/// Where a `PyList`'s two storages and its strategy byte sit (see
/// [`PyList`]'s storage strategies).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ListLayout {
    /// The `Vec<Value>` of `LIST_VALUES` storage (16-byte items).
    pub values: SeqLayout,
    /// The `Vec<i64>` of `LIST_INTS` storage (8-byte items).
    pub ints: SeqLayout,
    /// The strategy word: `LIST_VALUES` or `LIST_INTS`.
    pub strategy: usize,
}

/// The layout of `PyList`, if probing found one consistent layout.
pub fn list_layout() -> Option<ListLayout> {
    static LAYOUT: OnceLock<Option<ListLayout>> = OnceLock::new();
    *LAYOUT.get_or_init(|| {
        let mut found = None;
        for (n, cap) in [(3usize, 5usize), (7, 11)] {
            let l = PyList::new(items(n, cap));
            let (data, len, cap) = {
                let v = l.items();
                (v.as_ptr() as usize, v.len(), v.capacity())
            };
            let values = probe(&words(&l), data, len, cap)?;
            let mut ints = Vec::with_capacity(cap + 2);
            // Lengths 5 and 9: not 8, the dangling pointer of the empty `Value` storage.
            ints.extend((0..n as i64 + 2).map(|i| i * 3));
            let l = PyList::from_ints(ints);
            let (data, len, cap) = {
                let v = l.ints()?;
                (v.as_ptr() as usize, v.len(), v.capacity())
            };
            let ints = probe(&words(&l), data, len, cap)?;
            let layout = ListLayout { values, ints, strategy: PyList::STRATEGY_OFFSET };
            if found.is_some_and(|f| f != layout) {
                return None;
            }
            found = Some(layout);
        }
        found
    })
}

/// The layout of `PyTuple`, if probing found one consistent layout.
pub fn tuple_layout() -> Option<SeqLayout> {
    static LAYOUT: OnceLock<Option<SeqLayout>> = OnceLock::new();
    *LAYOUT.get_or_init(|| {
        let mut found = None;
        for (n, cap) in [(3usize, 5usize), (7, 11)] {
            let t = PyTuple::new(items(n, cap));
            let layout = probe(&words(&t), t.items.as_ptr() as usize, t.items.len(), t.items.capacity())?;
            if found.is_some_and(|f| f != layout) {
                return None;
            }
            found = Some(layout);
        }
        found
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn read(obj: *const u8, off: usize) -> usize {
        // SAFETY: `off` comes from the probe, inside the object.
        unsafe { (obj.add(off) as *const usize).read_unaligned() }
    }

    #[test]
    fn probed_layouts_read_real_objects() {
        let l = list_layout().expect("list layout");
        let list = PyList::new(vec![Value::Int(1), Value::Int(2)]);
        list.items_mut().push(Value::Float(0.5));
        let p = &list as *const PyList as *const u8;
        assert_eq!(read(p, l.values.len), 3);
        assert_eq!(read(p, l.values.data), list.items().as_ptr() as usize);
        assert_eq!(read(p, l.values.cap), list.items().capacity());
        assert_eq!(read(p, l.strategy), crate::object::LIST_VALUES);
        let ints = PyList::new(Vec::new());
        for i in 0..5 {
            ints.push(Value::Int(i));
        }
        let p = &ints as *const PyList as *const u8;
        assert_eq!(read(p, l.ints.len), 5);
        assert_eq!(read(p, l.ints.data), ints.ints().unwrap().as_ptr() as usize);
        assert_eq!(read(p, l.strategy), crate::object::LIST_INTS);
        ints.push(Value::Float(0.5));
        assert_eq!(read(p, l.strategy), crate::object::LIST_VALUES);
        assert_eq!(read(p, l.values.len), 6);
        let t = tuple_layout().expect("tuple layout");
        let tuple = PyTuple::new(vec![Value::None; 4]);
        let p = &tuple as *const PyTuple as *const u8;
        assert_eq!(read(p, t.len), 4);
        assert_eq!(read(p, t.data), tuple.items.as_ptr() as usize);
    }
}
