//! Global and builtin name lookup through per-instruction slot caches.

use super::Interp;
use crate::error::{PyErr, PyResult};
use crate::object::{Code, Module};
use crate::value::Value;
use std::rc::Rc;

/// The value of global `name` when its module slot is cached and bound.
#[inline(always)]
pub(crate) fn cached_global(code: &Code, globals: &Module, name: u32) -> Option<Value> {
    let slot = code.global_slots.get(name as usize)?.get();
    if slot == u32::MAX {
        return None;
    }
    let slots = globals.slots.borrow();
    let v = slots.get(slot as usize)?;
    if v.is_undefined() {
        None
    } else {
        Some(v.clone())
    }
}

/// `regs[dst] = ` global `name` when its module slot is cached and bound (returns
/// false, changing nothing, otherwise). The value is cloned straight into the
/// register.
#[inline(always)]
pub(crate) fn load_cached_global(code: &Code, globals: &Module, name: u32, regs: &mut [Value], dst: u32) -> bool {
    let Some(c) = code.global_slots.get(name as usize) else { return false };
    let slot = c.get();
    if slot == u32::MAX {
        return false;
    }
    let d = &mut regs[dst as usize];
    let slots = globals.slots.borrow();
    let Some(v) = slots.get(slot as usize) else { return false };
    if v.is_undefined() {
        return false;
    }
    if !d.is_scalar() {
        // Dropping a value runs no Python code and cannot reach this module's slots.
        *d = Value::Undefined;
    }
    // SAFETY: `d` is a register holding a scalar, which may be overwritten.
    unsafe { v.clone_into(d) };
    true
}

impl Interp {
    /// The module slot of `code.names[name]`, cached in the code object.
    #[inline]
    pub(crate) fn global_slot(&self, code: &Code, globals: &Module, name: u32) -> usize {
        let cached = code.global_slots[name as usize].get();
        if cached != u32::MAX {
            return cached as usize;
        }
        let slot = globals.slot_of(&code.raw.names[name as usize]);
        code.global_slots[name as usize].set(slot);
        slot as usize
    }

    /// `LoadGlobal`: module globals, then builtins; `NameError` if neither binds it.
    #[inline(always)]
    pub(crate) fn load_global(&mut self, code: &Rc<Code>, globals: &Rc<Module>, name: u32) -> PyResult<Value> {
        if let Some(v) = cached_global(code, globals, name) {
            return Ok(v);
        }
        self.load_global_slow(code, globals, name)
    }

    #[inline(never)]
    fn load_global_slow(&mut self, code: &Rc<Code>, globals: &Rc<Module>, name: u32) -> PyResult<Value> {
        let slot = self.global_slot(code, globals, name);
        {
            let slots = globals.slots.borrow();
            let v = &slots[slot];
            if !v.is_undefined() {
                return Ok(v.clone());
            }
        }
        let mut bslot = code.builtin_slots[name as usize].get();
        if bslot == u32::MAX {
            bslot = self.builtins.slot_of(&code.raw.names[name as usize]);
            code.builtin_slots[name as usize].set(bslot);
        }
        let v = self.builtins.slots.borrow()[bslot as usize].clone();
        if v.is_undefined() {
            return Err(PyErr::builtin("NameError", format!("name '{}' is not defined", code.raw.names[name as usize])));
        }
        Ok(v)
    }
}
