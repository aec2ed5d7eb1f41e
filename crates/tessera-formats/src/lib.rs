//! The flat-file formats Tessera exchanges with the main system and with partners
//! (seed 002, settled in `shared/spec/formats.md`). This crate is the only place in the
//! project that knows these layouts. It does no I/O of its own: readers take `Read`,
//! writers take `Write`.
