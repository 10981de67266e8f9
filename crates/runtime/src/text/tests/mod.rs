//! Unit tests for `crate::text`. Every expected value was captured by running
//! CPython 3.11 (`python3`) and hard-coded here.

mod case;
mod index;
mod pad;
mod predicates;
mod repr;
mod search;
mod split;
mod strip_replace;
