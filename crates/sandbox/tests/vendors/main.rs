//! Every operation of every spec over real HTTP against the sandbox: each success and each
//! documented failure, every answer checked against the vendor's spec by the harness.

#[path = "../common/mod.rs"]
mod common;

mod octopush;
mod pipwave;
mod shoutout;
mod termii;
mod twilio_verify;
