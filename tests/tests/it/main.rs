//! otpkit's workspace-level tests, over xtask alone: the generated code (snapshots of each
//! client's surface, freshness) and the specs (lint, validators). One test binary, each file a
//! module.

mod browser;
mod generated_code;
mod inbox_page;
mod specs;
