// generated from the `x-otpkit` blocks of specs/*.yaml by `cargo xtask generate`; do not edit.
//! Every operation of every spec over real HTTP against the sandbox: each success and each
//! documented failure, every answer checked against the vendor's spec by the harness. One
//! module per vendor (`<vendor>.rs` beside this file).

mod octopush;
mod pipwave;
mod shoutout;
mod termii;
mod twilio_verify;
