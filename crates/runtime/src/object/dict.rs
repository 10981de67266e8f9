//! `dict`: an insertion-ordered hash table (the layout of CPython's compact dict:
//! an entry vector in insertion order plus an open-addressing index).
//!
//! Hashing and key equality may run Python code, so the caller supplies the hash
//! and an equality callback; the table itself never calls back into the interpreter.

use crate::value::Value;
use std::cell::RefCell;

const EMPTY: u32 = u32::MAX;
const DUMMY: u32 = u32::MAX - 1;

/// One live entry.
#[derive(Clone)]
pub struct DictEntry {
    pub hash: i64,
    pub key: Value,
    pub value: Value,
}

/// The table behind a `dict`.
#[derive(Clone, Default)]
pub struct DictTable {
    entries: Vec<Option<DictEntry>>,
    index: Vec<u32>,
    len: usize,
}

/// Key equality used by lookups: `Ok(true)` when the stored key equals the probe.
pub type KeyEq<'a, E> = &'a mut dyn FnMut(&Value, &Value) -> Result<bool, E>;

impl DictTable {
    pub fn len(&self) -> usize {
        self.len
    }
    pub fn is_empty(&self) -> bool {
        self.len == 0
    }

    /// Entries in insertion order.
    pub fn iter(&self) -> impl Iterator<Item = &DictEntry> {
        self.entries.iter().flatten()
    }

    /// The `n`-th live entry slot at or after position `pos` (for iterators):
    /// returns `(next_pos, entry)`.
    #[allow(clippy::manual_find)]
    pub fn entry_from(&self, pos: usize) -> Option<(usize, &DictEntry)> {
        let mut p = pos;
        while p < self.entries.len() {
            if let Some(e) = &self.entries[p] {
                return Some((p + 1, e));
            }
            p += 1;
        }
        None
    }

    fn find_slot<E>(&self, hash: i64, key: &Value, eq: KeyEq<E>) -> Result<(Option<usize>, usize), E> {
        let mask = self.index.len() - 1;
        let mut perturb = hash as u64;
        let mut i = (hash as u64 as usize) & mask;
        let mut free: Option<usize> = None;
        loop {
            let ix = self.index[i];
            if ix == EMPTY {
                return Ok((None, free.unwrap_or(i)));
            }
            if ix == DUMMY {
                if free.is_none() {
                    free = Some(i);
                }
            } else if let Some(e) = &self.entries[ix as usize] {
                if e.hash == hash && (e.key.is(key) || eq(&e.key, key)?) {
                    return Ok((Some(ix as usize), i));
                }
            }
            perturb >>= 5;
            i = (i * 5 + 1 + perturb as usize) & mask;
        }
    }

    /// Looks `key` up.
    pub fn get<E>(&self, hash: i64, key: &Value, eq: KeyEq<E>) -> Result<Option<&Value>, E> {
        if self.index.is_empty() {
            return Ok(None);
        }
        let (found, _) = self.find_slot(hash, key, eq)?;
        Ok(found.and_then(|ix| self.entries[ix].as_ref()).map(|e| &e.value))
    }

    fn rebuild(&mut self, min_len: usize) {
        let live: Vec<DictEntry> = self.entries.drain(..).flatten().collect();
        let mut size = 8;
        while size * 2 < (min_len + 1) * 3 {
            size *= 2;
        }
        self.index = vec![EMPTY; size];
        self.entries = Vec::with_capacity(live.len());
        for e in live {
            let mask = size - 1;
            let mut perturb = e.hash as u64;
            let mut i = (e.hash as u64 as usize) & mask;
            while self.index[i] != EMPTY {
                perturb >>= 5;
                i = (i * 5 + 1 + perturb as usize) & mask;
            }
            self.index[i] = self.entries.len() as u32;
            self.entries.push(Some(e));
        }
    }

    /// Inserts or replaces `key`; a replaced key keeps its position and its original
    /// key object, as in CPython.
    pub fn insert<E>(&mut self, hash: i64, key: Value, value: Value, eq: KeyEq<E>) -> Result<(), E> {
        if self.index.is_empty() || (self.entries.len() + 1) * 3 >= self.index.len() * 2 {
            self.rebuild(self.len + 1);
        }
        let (found, slot) = self.find_slot(hash, &key, eq)?;
        match found {
            Some(ix) => {
                if let Some(e) = &mut self.entries[ix] {
                    e.value = value;
                }
            }
            None => {
                self.index[slot] = self.entries.len() as u32;
                self.entries.push(Some(DictEntry { hash, key, value }));
                self.len += 1;
            }
        }
        Ok(())
    }

    /// Removes `key`, returning its entry.
    pub fn remove<E>(&mut self, hash: i64, key: &Value, eq: KeyEq<E>) -> Result<Option<DictEntry>, E> {
        if self.index.is_empty() {
            return Ok(None);
        }
        let (found, slot) = self.find_slot(hash, key, eq)?;
        let Some(ix) = found else { return Ok(None) };
        self.index[slot] = DUMMY;
        self.len -= 1;
        Ok(self.entries[ix].take())
    }

    /// Removes and returns the last inserted entry (`popitem`).
    pub fn pop_last(&mut self) -> Option<DictEntry> {
        while let Some(last) = self.entries.pop() {
            if let Some(e) = last {
                self.len -= 1;
                self.rebuild(self.len);
                return Some(e);
            }
        }
        None
    }

    pub fn clear(&mut self) {
        *self = DictTable::default();
    }
}

/// A Python `dict`.
#[derive(Default)]
pub struct PyDict {
    pub table: RefCell<DictTable>,
}

impl PyDict {
    pub fn new() -> Self {
        PyDict::default()
    }
    pub fn len(&self) -> usize {
        self.table.borrow().len()
    }
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }
    /// A snapshot of the `(key, value)` pairs in order.
    pub fn items(&self) -> Vec<(Value, Value)> {
        self.table.borrow().iter().map(|e| (e.key.clone(), e.value.clone())).collect()
    }
    pub fn keys(&self) -> Vec<Value> {
        self.table.borrow().iter().map(|e| e.key.clone()).collect()
    }
    pub fn values(&self) -> Vec<Value> {
        self.table.borrow().iter().map(|e| e.value.clone()).collect()
    }
}
