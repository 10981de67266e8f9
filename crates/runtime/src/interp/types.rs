//! The built-in type objects (`int`, `list`, `ValueError`, ...), created once per thread.

use crate::object::Class;
use std::cell::RefCell;
use rustc_hash::FxHashMap;
use std::rc::Rc;

/// The registry of built-in classes.
pub struct Types {
    by_name: FxHashMap<&'static str, Rc<Class>>,
}

/// CPython 3.11's built-in exception hierarchy as `(name, base)`, parents first.
pub const EXCEPTIONS: &[(&str, &str)] = &[
    ("BaseException", "object"),
    ("SystemExit", "BaseException"),
    ("KeyboardInterrupt", "BaseException"),
    ("GeneratorExit", "BaseException"),
    ("Exception", "BaseException"),
    ("StopIteration", "Exception"),
    ("StopAsyncIteration", "Exception"),
    ("ArithmeticError", "Exception"),
    ("FloatingPointError", "ArithmeticError"),
    ("OverflowError", "ArithmeticError"),
    ("ZeroDivisionError", "ArithmeticError"),
    ("AssertionError", "Exception"),
    ("AttributeError", "Exception"),
    ("BufferError", "Exception"),
    ("EOFError", "Exception"),
    ("ImportError", "Exception"),
    ("ModuleNotFoundError", "ImportError"),
    ("LookupError", "Exception"),
    ("IndexError", "LookupError"),
    ("KeyError", "LookupError"),
    ("MemoryError", "Exception"),
    ("NameError", "Exception"),
    ("UnboundLocalError", "NameError"),
    ("OSError", "Exception"),
    ("FileNotFoundError", "OSError"),
    ("FileExistsError", "OSError"),
    ("IsADirectoryError", "OSError"),
    ("NotADirectoryError", "OSError"),
    ("PermissionError", "OSError"),
    ("TimeoutError", "OSError"),
    ("BlockingIOError", "OSError"),
    ("ChildProcessError", "OSError"),
    ("InterruptedError", "OSError"),
    ("ProcessLookupError", "OSError"),
    ("ConnectionError", "OSError"),
    ("BrokenPipeError", "ConnectionError"),
    ("ConnectionAbortedError", "ConnectionError"),
    ("ConnectionRefusedError", "ConnectionError"),
    ("ConnectionResetError", "ConnectionError"),
    ("ReferenceError", "Exception"),
    ("RuntimeError", "Exception"),
    ("NotImplementedError", "RuntimeError"),
    ("RecursionError", "RuntimeError"),
    ("SyntaxError", "Exception"),
    ("IndentationError", "SyntaxError"),
    ("TabError", "IndentationError"),
    ("SystemError", "Exception"),
    ("TypeError", "Exception"),
    ("ValueError", "Exception"),
    ("UnicodeError", "ValueError"),
    ("UnicodeDecodeError", "UnicodeError"),
    ("UnicodeEncodeError", "UnicodeError"),
    ("UnicodeTranslateError", "UnicodeError"),
    ("Warning", "Exception"),
    ("UserWarning", "Warning"),
    ("DeprecationWarning", "Warning"),
    ("PendingDeprecationWarning", "Warning"),
    ("RuntimeWarning", "Warning"),
    ("SyntaxWarning", "Warning"),
    ("FutureWarning", "Warning"),
    ("ImportWarning", "Warning"),
    ("UnicodeWarning", "Warning"),
    ("BytesWarning", "Warning"),
    ("ResourceWarning", "Warning"),
    ("EncodingWarning", "Warning"),
];

/// Names of the non-exception built-in types, with their base (all derive `object`,
/// `bool` derives `int`).
pub const BUILTIN_TYPES: &[(&str, &str)] = &[
    ("type", "object"),
    ("int", "object"),
    ("bool", "int"),
    ("float", "object"),
    ("str", "object"),
    ("list", "object"),
    ("tuple", "object"),
    ("dict", "object"),
    ("set", "object"),
    ("frozenset", "object"),
    ("range", "object"),
    ("slice", "object"),
    ("NoneType", "object"),
    ("NotImplementedType", "object"),
    ("ellipsis", "object"),
    ("function", "object"),
    ("builtin_function_or_method", "object"),
    ("method", "object"),
    ("module", "object"),
    ("generator", "object"),
    ("cell", "object"),
    ("property", "object"),
    ("staticmethod", "object"),
    ("classmethod", "object"),
    ("super", "object"),
    ("range_iterator", "object"),
    ("longrange_iterator", "object"),
    ("dict_keys", "object"),
    ("dict_values", "object"),
    ("dict_items", "object"),
    ("dict_valueiterator", "object"),
    ("dict_itemiterator", "object"),
    ("list_iterator", "object"),
    ("tuple_iterator", "object"),
    ("str_iterator", "object"),
    ("set_iterator", "object"),
    ("dict_keyiterator", "object"),
    ("enumerate", "object"),
    ("zip", "object"),
    ("map", "object"),
    ("filter", "object"),
    ("reversed", "object"),
    ("callable_iterator", "object"),
    ("iterator", "object"),
];

impl Types {
    fn new() -> Types {
        let mut by_name: FxHashMap<&'static str, Rc<Class>> = FxHashMap::default();
        let object = Rc::new(Class {
            name: Rc::from("object"),
            qualname: Rc::from("object"),
            module: Rc::from("builtins"),
            bases: vec![],
            mro: vec![],
            dict: RefCell::new(indexmap::IndexMap::new()),
            builtin: "object",
            is_exception: false,
            user_defined: false,
        });
        by_name.insert("object", object);
        for (name, base) in BUILTIN_TYPES.iter().chain(EXCEPTIONS.iter()) {
            let base_cls = by_name[base].clone();
            let mut mro = vec![base_cls.clone()];
            mro.extend(base_cls.mro.iter().cloned());
            let is_exception = EXCEPTIONS.iter().any(|(n, _)| n == name);
            let cls = Rc::new(Class {
                name: Rc::from(*name),
                qualname: Rc::from(*name),
                module: Rc::from("builtins"),
                bases: vec![base_cls],
                mro,
                dict: RefCell::new(indexmap::IndexMap::new()),
                builtin: name,
                is_exception,
                user_defined: false,
            });
            by_name.insert(name, cls);
        }
        Types { by_name }
    }

    /// The built-in class `name`. Panics only on a misspelt name in pyjit's own code.
    pub fn get(&self, name: &str) -> Rc<Class> {
        match self.by_name.get(name) {
            Some(c) => c.clone(),
            None => panic!("pyjit bug: no built-in type {}", name),
        }
    }

    /// The built-in exception class `name`.
    pub fn exc(&self, name: &str) -> Rc<Class> {
        self.get(name)
    }

    /// Every built-in class, for the builtins module.
    pub fn all(&self) -> impl Iterator<Item = (&&'static str, &Rc<Class>)> {
        self.by_name.iter()
    }
}

thread_local! {
    static TYPES: &'static Types = Box::leak(Box::new(Types::new()));
}

/// This thread's built-in type registry.
pub fn types() -> &'static Types {
    TYPES.with(|t| *t)
}
