//! Memory limits of large transfers and row streams, each measured as
//! the peak resident memory of this process. The tests take `ONE_AT_A_TIME`
//! so that a measurement sees no other test's memory.

mod dataset_rows;
mod folder_transfers;
mod rows_memory;
mod sql_memory;
mod streams;

/// Held by each test of this binary for its whole run: peak-memory
/// measurements are of the whole process.
pub static ONE_AT_A_TIME: std::sync::Mutex<()> = std::sync::Mutex::new(());
