//! `pyjit --dis`: a readable listing of every code object.

use crate::bytecode::{CodeObject, Instr, NO_REG};
use std::fmt::Write;

/// Formats `code` and, recursively, its nested code objects: one instruction a line
/// with its source line, pc, and operands; loop headers and handlers are marked.
pub fn disassemble(code: &CodeObject) -> String {
    let mut out = String::new();
    write_code(code, &mut out);
    out
}

fn reg_name(code: &CodeObject, r: u32) -> String {
    if r == NO_REG {
        return "-".into();
    }
    if (r as usize) < code.varnames.len() {
        return format!("r{}({})", r, code.varnames[r as usize]);
    }
    if r >= code.cell_base && r < code.cell_base + code.cellnames.len() as u32 {
        return format!("r{}(cell {})", r, code.cellnames[(r - code.cell_base) as usize]);
    }
    if r >= code.const_base && r < code.nregs {
        return format!("r{}(={:?})", r, code.consts[(r - code.const_base) as usize]);
    }
    format!("r{}", r)
}

fn write_code(code: &CodeObject, out: &mut String) {
    let _ = writeln!(
        out,
        "Disassembly of <code object {} at {}:{}> ({:?}, {} registers, {} feedback slots):",
        code.qualname, code.filename, code.first_line, code.kind, code.nregs, code.nfeedback
    );
    let mut last_line = 0;
    for (pc, instr) in code.instrs.iter().enumerate() {
        let pc32 = pc as u32;
        for (i, l) in code.loops.iter().enumerate() {
            if l.header == pc32 {
                let _ = writeln!(out, "      -- loop {} header (back-edge counter)", i);
            }
        }
        for e in &code.exception_table {
            if e.handler == pc32 {
                let _ = writeln!(out, "      -- handler for {}..{} (exception in {})", e.start, e.end, reg_name(code, e.exc));
            }
        }
        let line = code.lines[pc];
        let line_col = if line != last_line { format!("{:>4}", line) } else { "    ".into() };
        last_line = line;
        let mut text = format!("{:?}", instr);
        // Annotate registers with their names.
        let mut regs = Vec::new();
        let mut copy = instr.clone();
        copy.for_each_reg_mut(|r| regs.push(*r));
        let names: Vec<String> = regs.iter().filter(|r| **r != NO_REG).map(|r| reg_name(code, *r)).filter(|n| n.contains('(')).collect();
        if !names.is_empty() {
            text.push_str("    ; ");
            text.push_str(&names.join(", "));
        }
        if let Instr::LoadGlobal { name, .. } | Instr::StoreGlobal { name, .. } | Instr::LoadAttr { name, .. } | Instr::CallMethod { name, .. } | Instr::LoadName { name, .. } | Instr::StoreName { name, .. } | Instr::ImportName { name, .. } | Instr::LoadBuiltin { name, .. } = instr {
            let _ = write!(text, " ; name {}", code.names.get(*name as usize).map(|s| s.as_ref()).unwrap_or("?"));
        }
        let _ = writeln!(out, "{} {:>5} {}", line_col, pc, text);
    }
    let _ = writeln!(out);
    for child in &code.children {
        write_code(child, out);
    }
}
