//! The README's code blocks, compiled as doctests so that the README stays
//! true.

#[doc = include_str!("../../README.md")]
pub struct ReadmeDoctests;
