//! Modules and their global namespaces.
//!
//! Globals live in slots: a name maps to a slot index that never changes while the
//! module lives, so `LoadGlobal` caches the index per instruction and reads one
//! vector element (`Undefined` = unbound, then builtins are tried).

use crate::value::Value;
use std::cell::{Cell, RefCell};
use rustc_hash::FxHashMap;
use std::rc::Rc;

/// A module (`__main__`, `math`, ...).
pub struct Module {
    pub name: Rc<str>,
    /// The values, by slot. Grows only in `slot_of` (which keeps `slots_base` current).
    pub slots: RefCell<Vec<Value>>,
    /// Address of `slots`' first element, for native code that guards a binding by
    /// reading its slot directly (valid until the next `slot_of` that grows `slots`,
    /// which updates it).
    pub slots_base: Cell<*const Value>,
    names: RefCell<Vec<Rc<str>>>,
    /// Slot by name (Fx-hashed: names are identifiers from the program, and
    /// SipHash was over a quarter of start-up's instructions with the builtins' 138 names).
    index: RefCell<FxHashMap<Rc<str>, u32>>,
}

impl Module {
    pub fn new(name: &str) -> Self {
        Module { name: Rc::from(name), slots: RefCell::new(Vec::new()), slots_base: Cell::new(std::ptr::null()), names: RefCell::new(Vec::new()), index: RefCell::new(FxHashMap::default()) }
    }

    /// The slot of `name`, creating an unbound one if needed.
    pub fn slot_of(&self, name: &Rc<str>) -> u32 {
        if let Some(i) = self.index.borrow().get(name) {
            return *i;
        }
        let i = self.slots.borrow().len() as u32;
        {
            let mut slots = self.slots.borrow_mut();
            slots.push(Value::Undefined);
            self.slots_base.set(slots.as_ptr());
        }
        self.names.borrow_mut().push(name.clone());
        self.index.borrow_mut().insert(name.clone(), i);
        i
    }

    /// The slot of `name` if it has one.
    pub fn find_slot(&self, name: &str) -> Option<u32> {
        self.index.borrow().get(name).copied()
    }

    /// The bound value of `name`.
    pub fn get(&self, name: &str) -> Option<Value> {
        let i = self.find_slot(name)?;
        let v = self.slots.borrow()[i as usize].clone();
        if v.is_undefined() {
            None
        } else {
            Some(v)
        }
    }

    pub fn set(&self, name: &str, v: Value) {
        let i = match self.find_slot(name) {
            Some(i) => i,
            None => self.slot_of(&Rc::from(name)),
        };
        self.slots.borrow_mut()[i as usize] = v;
    }

    /// Unbinds `name`; false if it was not bound.
    pub fn delete(&self, name: &str) -> bool {
        match self.find_slot(name) {
            Some(i) => {
                let mut slots = self.slots.borrow_mut();
                let was = !slots[i as usize].is_undefined();
                slots[i as usize] = Value::Undefined;
                was
            }
            None => false,
        }
    }

    /// Bound `(name, value)` pairs in definition order.
    pub fn items(&self) -> Vec<(Rc<str>, Value)> {
        let names = self.names.borrow();
        let slots = self.slots.borrow();
        names.iter().zip(slots.iter()).filter(|(_, v)| !v.is_undefined()).map(|(n, v)| (n.clone(), v.clone())).collect()
    }
}
