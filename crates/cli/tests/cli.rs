//! The built `otpkit` binary, run as a user would: the demo, the standalone sandbox with
//! `send` and `verify` pointed at it, `--json` shapes, exit codes and every bad-input case.

use std::io::{BufRead, BufReader};
use std::process::{Child, Command, Output, Stdio};

use serde_json::Value;

// The Redis server harness otpkit's own tests use.
#[cfg(feature = "redis")]
#[path = "../../otpkit/tests/it/redis_server.rs"]
mod redis_server;

/// Environment variables the facade reads (every built-in vendor's, and otpkit's own); cleared
/// so that tests see only what they set.
fn vars() -> impl Iterator<Item = &'static str> {
    otpkit::vendors::BUILT_IN
        .iter()
        .flat_map(|d| d.env.iter().copied())
        .chain([
            "OTPKIT_TIMEOUT_MS",
            "OTPKIT_ALLOW_HTTP",
            "OTPKIT_ID_SECRET",
            "OTPKIT_GUARD_REDIS_URL",
            "OTPKIT_GUARD_SECRET",
            "RUST_BACKTRACE",
        ])
}

/// The command with only what tests set, and the id secret every run shares (as replicas of
/// one service do), so that `verify` opens the ids `send` sealed.
fn command() -> Command {
    let mut command = Command::new(env!("CARGO_BIN_EXE_otpkit"));
    for var in vars() {
        command.env_remove(var);
    }
    let (name, secret) = otpkit_sandbox::ID_SECRET_ENV;
    command.env(name, secret);
    command
}

fn otpkit(args: &[&str]) -> Output {
    command().args(args).output().unwrap()
}

fn stdout(out: &Output) -> String {
    String::from_utf8_lossy(&out.stdout).into_owned()
}

fn stderr(out: &Output) -> String {
    String::from_utf8_lossy(&out.stderr).into_owned()
}

fn json(out: &Output) -> Value {
    serde_json::from_str(stdout(out).trim())
        .unwrap_or_else(|e| panic!("not one JSON object ({e}): {}", stdout(out)))
}

/// One clear line, no panic, no backtrace.
fn assert_one_line_error(out: &Output, code: i32, mentions: &str) {
    let err = stderr(out);
    assert_eq!(
        out.status.code(),
        Some(code),
        "stdout: {} stderr: {err}",
        stdout(out)
    );
    assert!(err.contains(mentions), "{err}");
    assert!(
        !err.contains("panicked") && !err.contains("backtrace"),
        "{err}"
    );
    assert_eq!(err.trim().lines().count(), 1, "one line: {err}");
}

#[test]
fn demo_passes_for_every_vendor() {
    let out = otpkit(&["demo"]);
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}{}",
        stdout(&out),
        stderr(&out)
    );
    let text = stdout(&out);
    for vendor in otpkit::vendors::BUILT_IN.iter().map(|d| d.vendor.name()) {
        let row = text
            .lines()
            .find(|l| l.starts_with(vendor))
            .unwrap_or_else(|| panic!("no {vendor} row: {text}"));
        assert!(
            row.contains("rejected") && row.contains("approved") && row.trim_end().ends_with("ok"),
            "{row}"
        );
    }
    assert!(text.contains("every vendor behaved as its spec says"));
}

#[test]
fn demo_json_has_one_entry_per_vendor() {
    let value = json(&otpkit(&["demo", "--json"]));
    assert_eq!(value["ok"], true);
    let vendors = value["vendors"].as_array().unwrap();
    assert_eq!(vendors.len(), otpkit::vendors::BUILT_IN.len());
    for v in vendors {
        for key in [
            "vendor",
            "channel",
            "to",
            "id",
            "send",
            "wrong_code",
            "right_code",
            "latency_ms",
            "ok",
        ] {
            assert!(v.get(key).is_some(), "{key} missing in {v}");
        }
        assert_eq!(
            (
                v["send"].as_str(),
                v["right_code"].as_str(),
                v["ok"].as_bool()
            ),
            (Some("sent"), Some("approved"), Some(true))
        );
        assert!(v["wrong_code"].as_str().unwrap().starts_with("rejected"));
    }
    // The guard scene: a resend refused with its wait, a pumped prefix blocked at the
    // conversion breaker's minimum, nothing refused sent.
    let guard = &value["guard"];
    assert_eq!(guard["resend"]["refused"], "resend_cooldown", "{guard}");
    assert!(
        guard["resend"]["retry_after_s"].as_u64().unwrap() >= 50,
        "{guard}"
    );
    assert_eq!(guard["pumping"]["refused"], "prefix_conversion", "{guard}");
    assert_eq!(guard["pumping"]["sent"], 20, "{guard}");
    assert_eq!(guard["nothing_refused_reached_the_vendor"], true);
}

#[test]
fn a_closed_stdout_is_not_a_panic() {
    let mut child = Command::new(env!("CARGO_BIN_EXE_otpkit"))
        .arg("demo")
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    drop(child.stdout.take());
    let out = child.wait_with_output().unwrap();
    assert!(!stderr(&out).contains("panicked"), "{}", stderr(&out));
    assert_eq!(out.status.code(), Some(0));
}

/// A client for the sandbox's control routes: reqwest with otpkit's TLS, since reqwest has no
/// provider of its own here.
fn http() -> reqwest::Client {
    otpkit_http::builder().unwrap().build().unwrap()
}

/// Runs `future` to its end on a runtime of its own: the tests talk HTTP to processes.
fn block_on<T>(future: impl std::future::Future<Output = T>) -> T {
    tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .expect("a runtime")
        .block_on(future)
}

/// `otpkit sandbox` on a free port, killed on drop.
struct SandboxProcess {
    child: Child,
    base: String,
}

impl SandboxProcess {
    fn start() -> Self {
        let port = std::net::TcpListener::bind("127.0.0.1:0")
            .unwrap()
            .local_addr()
            .unwrap()
            .port();
        let mut child = Command::new(env!("CARGO_BIN_EXE_otpkit"))
            .args(["sandbox", "--addr", &format!("127.0.0.1:{port}")])
            .stdout(Stdio::piped())
            .stderr(Stdio::null())
            .spawn()
            .unwrap();
        let mut lines = BufReader::new(child.stdout.take().unwrap()).lines();
        let first = lines.next().unwrap().unwrap();
        assert!(first.contains(&format!("127.0.0.1:{port}")), "{first}");
        let banner: Vec<String> = lines.by_ref().take(5).map(Result::unwrap).collect();
        assert!(
            banner
                .iter()
                .any(|l| l.contains("SHOUTOUT_API_KEY=sandbox-shoutout-key")),
            "{banner:?}"
        );
        std::thread::spawn(move || lines.for_each(drop));
        SandboxProcess {
            child,
            base: format!("http://127.0.0.1:{port}"),
        }
    }

    /// The inbox, filtered by `query` (`?destination=%2B…`, or empty).
    fn messages(&self, query: &str) -> Vec<Value> {
        let url = format!("{}/_sandbox/messages{query}", self.base);
        block_on(async { http().get(url).send().await.unwrap().json().await.unwrap() })
    }

    fn messages_count(&self) -> usize {
        self.messages("").len()
    }

    fn last_code_for(&self, destination: &str) -> String {
        let query = format!("?destination={}", destination.replace('+', "%2B"));
        self.messages(&query).last().unwrap()["code"]
            .as_str()
            .unwrap()
            .to_string()
    }
}

impl Drop for SandboxProcess {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

#[test]
fn send_and_verify_against_the_standalone_sandbox() {
    let sandbox = SandboxProcess::start();
    let base = format!("{}/octopush/v1/public", sandbox.base);
    let flags = [
        "--base-url",
        base.as_str(),
        "--api-login",
        "sandbox@example.com",
        "--api-key",
        "sandbox-octopush-key",
    ];

    let mut args = vec![
        "send",
        "--vendor",
        "octopush",
        "--to",
        "+33612345678",
        "--length",
        "8",
        "--ttl",
        "5m",
        "--template",
        "Code {code}",
        "--json",
    ];
    args.extend(flags);
    let sent = otpkit(&args);
    assert_eq!(sent.status.code(), Some(0), "{}", stderr(&sent));
    let sent = json(&sent);
    assert_eq!(
        (
            sent["vendor"].as_str(),
            sent["channel"].as_str(),
            sent["to"].as_str()
        ),
        (Some("octopush"), Some("sms"), Some("+33612345678"))
    );
    let id = sent["id"].as_str().unwrap().to_string();
    let code = sandbox.last_code_for("+33612345678");
    assert_eq!(code.len(), 8);

    let wrong: String = code
        .chars()
        .map(|c| if c == '1' { '2' } else { '1' })
        .collect();
    let mut args = vec![
        "verify",
        "--id",
        id.as_str(),
        "--to",
        "+33612345678",
        "--code",
        wrong.as_str(),
        "--json",
    ];
    args.extend(flags);
    let rejected = otpkit(&args);
    assert_eq!(rejected.status.code(), Some(1));
    let rejected = json(&rejected);
    assert_eq!(
        (
            rejected["outcome"].as_str(),
            rejected["attempts_left"].as_u64(),
            rejected["vendor"].as_str()
        ),
        (Some("rejected"), Some(2), Some("octopush"))
    );

    // The id names the number it was sent to: another number is refused before Octopush is
    // asked, and the id is sealed, so it cannot be altered to name another.
    let mut args = vec![
        "verify",
        "--id",
        id.as_str(),
        "--to",
        "+33612345679",
        "--code",
        code.as_str(),
    ];
    args.extend(flags);
    assert_one_line_error(&otpkit(&args), 2, "destination");

    let mut args = vec![
        "verify",
        "--id",
        id.as_str(),
        "--to",
        "+33 6 12 34 56 78",
        "--code",
        code.as_str(),
    ];
    args.extend(flags);
    let approved = otpkit(&args);
    assert_eq!(approved.status.code(), Some(0), "{}", stderr(&approved));
    assert_eq!(stdout(&approved).trim(), "approved");
}

#[test]
fn send_and_verify_need_the_id_secret() {
    let sandbox = SandboxProcess::start();
    let base = format!("{}/termii", sandbox.base);
    let out = command()
        .env_remove("OTPKIT_ID_SECRET")
        .args([
            "send",
            "--vendor",
            "termii",
            "--to",
            "+2348012345678",
            "--base-url",
            &base,
            "--api-key",
            "sandbox-termii-key",
            "--sender-id",
            "Acme",
        ])
        .output()
        .unwrap();
    assert_one_line_error(&out, 3, "OTPKIT_ID_SECRET");
    assert_eq!(sandbox.messages_count(), 0, "nothing was sent");
}

#[test]
fn human_send_output_and_credentials_from_the_environment() {
    let sandbox = SandboxProcess::start();
    let out = command()
        .args(["send", "--to", "+94771234567"])
        .env("SHOUTOUT_API_KEY", "sandbox-shoutout-key")
        .env("SHOUTOUT_BASE_URL", format!("{}/shoutout", sandbox.base))
        .env("SHOUTOUT_SENDER_ID", "ShoutDEMO")
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let text = stdout(&out);
    assert!(
        text.contains("sent a code to +94771234567 through shoutout (sms)"),
        "{text}"
    );
    assert!(
        text.lines()
            .any(|l| l.starts_with("verification id: shoutout.")),
        "{text}"
    );
}

#[test]
fn refused_credentials_exit_3() {
    let sandbox = SandboxProcess::start();
    let base = format!("{}/termii", sandbox.base);
    let out = otpkit(&[
        "send",
        "--vendor",
        "termii",
        "--to",
        "+2348012345678",
        "--base-url",
        &base,
        "--api-key",
        "wrong",
        "--sender-id",
        "Acme",
    ]);
    assert_one_line_error(&out, 3, "termii refused the credentials");
}

#[test]
fn bad_input_is_one_clear_line() {
    assert_one_line_error(
        &otpkit(&["send", "--vendor", "termii", "--to", "08012345678"]),
        2,
        "not in international form",
    );
    assert_one_line_error(&otpkit(&["send", "--to", "+234"]), 2, "invalid to");
    assert_one_line_error(
        &otpkit(&["send", "--vendor", "termii", "--to", "+2348012345678"]),
        3,
        "TERMII_API_KEY",
    );
    assert_one_line_error(
        &otpkit(&["send", "--to", "+2348012345678"]),
        3,
        "no vendor is configured",
    );
    assert_one_line_error(
        &otpkit(&["send", "--to", "+2348012345678", "--api-key", "k"]),
        2,
        "need --vendor",
    );
    assert_one_line_error(
        &otpkit(&[
            "verify",
            "--id",
            "not-an-id",
            "--to",
            "+2348012345678",
            "--code",
            "123456",
        ]),
        2,
        "verification_id",
    );
    assert_one_line_error(
        &otpkit(&[
            "verify",
            "--id",
            "termii.!!",
            "--to",
            "+2348012345678",
            "--code",
            "123456",
        ]),
        2,
        "base64url",
    );
    let out = otpkit(&["send", "--vendor", "twilio", "--to", "+2348012345678"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(
        stderr(&out)
            .contains("possible values: octopush, pipwave, shoutout, termii, twilio-verify"),
        "{}",
        stderr(&out)
    );
    let out = otpkit(&["send", "--to", "+2348012345678", "--ttl", "5 fortnights"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(
        stderr(&out).contains("the unit must be s, m or h"),
        "{}",
        stderr(&out)
    );
}

#[test]
fn errors_in_json_mode_are_json_on_stdout() {
    let out = otpkit(&[
        "verify",
        "--id",
        "termii",
        "--to",
        "+2348012345678",
        "--code",
        "1",
        "--json",
    ]);
    assert_eq!(out.status.code(), Some(2));
    let value = json(&out);
    assert_eq!(value["error"]["kind"], "invalid_input");
    assert!(
        value["error"]["message"]
            .as_str()
            .unwrap()
            .contains("verification_id")
    );
    assert_eq!(value["error"]["retryable"], false);
}

#[test]
fn every_subcommand_has_help_with_examples() {
    for sub in [
        &["demo"][..],
        &["sandbox"],
        &["send"],
        &["verify"],
        &["status"],
        &["balance"],
        &["webhook", "listen"],
    ] {
        let out = otpkit(&[sub, &["--help"]].concat());
        assert_eq!(out.status.code(), Some(0));
        assert!(
            stdout(&out).contains("Examples:"),
            "{sub:?}: {}",
            stdout(&out)
        );
    }
    assert!(stdout(&otpkit(&["--help"])).contains("Exit codes: 0 success; 1 code not approved"));
}

/// A clap usage error: exit 2, a message naming `flag` and saying `says`, no panic.
fn assert_usage_error(out: &Output, flag: &str, says: &str) {
    let err = stderr(out);
    assert_eq!(out.status.code(), Some(2), "{flag}: {err}");
    assert!(err.contains(flag) && err.contains(says), "{flag}: {err}");
    assert!(!err.contains("panicked"), "{err}");
}

#[test]
fn numeric_flags_out_of_range_exit_2_naming_the_flag_and_the_bound() {
    for (flag, value, says) in [
        // Overflowed u64 seconds (a panic in debug, a wrapped small TTL in release).
        ("--ttl", "9999999999999999h", "the maximum is 24h (86400s)"),
        (
            "--ttl",
            "307445734561825861m",
            "the maximum is 24h (86400s)",
        ),
        // More digits than u64 holds: too long, not "not a duration".
        (
            "--ttl",
            "99999999999999999999999",
            "the maximum is 24h (86400s)",
        ),
        ("--ttl", "25h", "the maximum is 24h (86400s)"),
        ("--ttl", "86401", "the maximum is 24h (86400s)"),
        ("--ttl", "0m", "the minimum is 1s"),
        ("--ttl", "m", "is not a duration"),
        ("--length", "0", "1..=32"),
        ("--length", "33", "1..=32"),
        ("--length", "256", "1..=32"),
        ("--length", "-1", "1..=32"),
        ("--attempts", "0", "1..=100"),
        ("--attempts", "101", "1..=100"),
        ("--attempts", "4294967296", "1..=100"),
    ] {
        let assignment = format!("{flag}={value}");
        let out = otpkit(&["send", "--to", "+2348012345678", &assignment]);
        assert_usage_error(&out, flag, says);
    }
    // The bounds themselves are accepted: the send goes on to look for a vendor (none is set).
    for bound in [
        ["--ttl", "24h"],
        ["--ttl", "1"],
        ["--length", "32"],
        ["--length", "1"],
        ["--attempts", "100"],
        ["--attempts", "1"],
    ] {
        let mut args = vec!["send", "--to", "+2348012345678"];
        args.extend(bound);
        assert_one_line_error(&otpkit(&args), 3, "no vendor is configured");
    }
}

#[test]
fn sandbox_capacities_out_of_range_exit_2_naming_the_flag() {
    for flag in ["--inbox-capacity", "--session-capacity"] {
        for value in ["0", "10000001", "-5"] {
            let assignment = format!("{flag}={value}");
            let out = otpkit(&["sandbox", "--addr", "127.0.0.1:0", &assignment]);
            assert_usage_error(&out, flag, "1..=10000000");
        }
    }
}

/// A file holding `contents`, removed on drop.
struct TempFile(std::path::PathBuf);

impl TempFile {
    fn new(name: &str, contents: &str) -> Self {
        let path =
            std::env::temp_dir().join(format!("otpkit-cli-test-{}-{name}", std::process::id()));
        std::fs::write(&path, contents).unwrap();
        TempFile(path)
    }

    fn path(&self) -> &str {
        self.0.to_str().unwrap()
    }
}

impl Drop for TempFile {
    fn drop(&mut self) {
        let _ = std::fs::remove_file(&self.0);
    }
}

/// `otpkit send` through the sandbox's Termii with `key_flags` giving the key.
fn termii_send(sandbox: &SandboxProcess, key_flags: &[&str], stdin: Option<&str>) -> Output {
    let base = format!("{}/termii", sandbox.base);
    let mut command = command();
    command
        .args([
            "send",
            "--vendor",
            "termii",
            "--to",
            "+2348012345678",
            "--base-url",
            &base,
            "--sender-id",
            "Acme",
            "--json",
        ])
        .args(key_flags)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped());
    let mut child = command.spawn().unwrap();
    let mut input = child.stdin.take().unwrap();
    if let Some(text) = stdin {
        std::io::Write::write_all(&mut input, text.as_bytes()).unwrap();
    }
    drop(input);
    child.wait_with_output().unwrap()
}

#[test]
fn a_secret_can_come_from_a_file() {
    let sandbox = SandboxProcess::start();
    // One trailing newline, as `echo key > file` leaves it, is not part of the key.
    let key = TempFile::new("termii-key", "sandbox-termii-key\n");
    let sent = termii_send(&sandbox, &["--api-key-file", key.path()], None);
    assert_eq!(sent.status.code(), Some(0), "{}", stderr(&sent));
    assert_eq!(json(&sent)["vendor"], "termii");
    assert!(!sandbox.last_code_for("2348012345678").is_empty());
    // The file's key is the one sent: a wrong one is refused by the vendor.
    let wrong = TempFile::new("wrong-key", "not-the-key\n");
    let refused = termii_send(&sandbox, &["--api-key-file", wrong.path()], None);
    assert_eq!(refused.status.code(), Some(3), "{}", stdout(&refused));
}

#[test]
fn a_secret_can_come_from_standard_input() {
    let sandbox = SandboxProcess::start();
    let sent = termii_send(
        &sandbox,
        &["--api-key-file", "-"],
        Some("sandbox-termii-key\r\n"),
    );
    assert_eq!(sent.status.code(), Some(0), "{}", stderr(&sent));
    assert_eq!(json(&sent)["vendor"], "termii");
    // Standard input can be read once only.
    let twice = termii_send(
        &sandbox,
        &["--api-key-file", "-", "--api-secret-file", "-"],
        Some("sandbox-termii-key\n"),
    );
    assert_usage_error(&twice, "--api-secret-file", "already read");
    let empty = termii_send(&sandbox, &["--api-key-file", "-"], Some("\n"));
    assert_usage_error(&empty, "--api-key-file", "standard input is empty");
}

#[test]
fn a_missing_secret_file_or_a_secret_given_twice_exits_2() {
    let missing = std::env::temp_dir().join("otpkit-cli-test-no-such-key");
    let missing = missing.to_str().unwrap();
    for flag in [
        "--api-key-file",
        "--api-secret-file",
        "--auth-token-file",
        "--secret-key-file",
        "--webhook-token-file",
    ] {
        let out = otpkit(&[
            "send",
            "--vendor",
            "twilio-verify",
            "--to",
            "+15017122661",
            flag,
            missing,
        ]);
        assert_usage_error(&out, flag, &format!("cannot read `{missing}`"));
        let out = otpkit(&[
            "verify",
            "--id",
            "termii.MjlhZTY3YzI",
            "--code",
            "1",
            flag,
            missing,
        ]);
        assert_usage_error(&out, flag, missing);
    }
    let key = TempFile::new("conflict-key", "k");
    let out = otpkit(&[
        "send",
        "--vendor",
        "termii",
        "--to",
        "+2348012345678",
        "--api-key",
        "k",
        "--api-key-file",
        key.path(),
    ]);
    assert_usage_error(&out, "--api-key-file", "cannot be used with");
}

#[test]
fn the_help_of_every_secret_flag_recommends_the_environment() {
    let help = stdout(&otpkit(&["send", "--help"]));
    for (flag, variable) in [
        ("--api-key <API_KEY>", "Prefer TERMII_API_KEY"),
        ("--api-secret <API_SECRET>", "Prefer PIPWAVE_API_SECRET"),
        ("--auth-token <AUTH_TOKEN>", "Prefer TWILIO_AUTH_TOKEN"),
        ("--secret-key <SECRET_KEY>", "Prefer TERMII_SECRET_KEY"),
        (
            "--webhook-token <WEBHOOK_TOKEN>",
            "Prefer OCTOPUSH_WEBHOOK_TOKEN",
        ),
    ] {
        let at = help
            .find(flag)
            .unwrap_or_else(|| panic!("no {flag}: {help}"));
        let text = &help[at..];
        let end = text[flag.len()..]
            .find("\n      --")
            .map_or(text.len(), |e| e + flag.len());
        let text = &text[..end];
        assert!(
            text.contains(variable)
                && text.contains("in the environment")
                && text.contains("process list"),
            "{flag}: {text}"
        );
    }
    for flag in [
        "--api-key-file",
        "--api-secret-file",
        "--auth-token-file",
        "--secret-key-file",
    ] {
        assert!(help.contains(&format!("{flag} <PATH>")), "{help}");
    }
}

/// Every setting of every built-in vendor has a command-line override: a flag whose name, in
/// capitals with `_` for `-`, ends the variable's name (`--api-key` for `TERMII_API_KEY`). A
/// vendor declaring a new kind of setting (in its spec's `x-otpkit`) fails here until
/// `crates/cli/src/providers.rs` has its flag.
#[test]
fn every_vendor_setting_has_a_flag() {
    let help = stdout(&otpkit(&["send", "--help"]));
    let suffixes: Vec<String> = help
        .split_whitespace()
        .filter_map(|word| word.strip_prefix("--"))
        .map(|flag| flag.trim_end_matches(|c: char| !c.is_ascii_alphanumeric()))
        .filter(|flag| !flag.ends_with("-file"))
        .map(|flag| format!("_{}", flag.to_uppercase().replace('-', "_")))
        .collect();
    for descriptor in otpkit::vendors::BUILT_IN {
        for var in descriptor.env {
            assert!(
                suffixes.iter().any(|suffix| var.ends_with(suffix.as_str())),
                "{var} ({}) has no flag in `otpkit send --help` (crates/cli/src/providers.rs)",
                descriptor.display_name
            );
        }
    }
}

/// The guard's Redis secret the tests set.
const GUARD_SECRET: (&str, &str) = (
    "OTPKIT_GUARD_SECRET",
    "a secret for the tests, 32 characters long",
);

/// `otpkit send` through the sandbox's Termii to `to`, with `extra` flags and `env` set.
fn termii_send_to(
    sandbox: &SandboxProcess,
    to: &str,
    extra: &[&str],
    env: &[(&str, &str)],
) -> Output {
    let base = format!("{}/termii", sandbox.base);
    command()
        .args([
            "send",
            "--vendor",
            "termii",
            "--to",
            to,
            "--base-url",
            &base,
        ])
        .args(["--api-key", "sandbox-termii-key", "--sender-id", "Acme"])
        .args(extra)
        .envs(env.iter().copied())
        .output()
        .unwrap()
}

#[test]
fn a_country_outside_the_guards_allowlist_exits_5_and_twilio_alone_needs_guard_countries() {
    let sandbox = SandboxProcess::start();
    let before = sandbox.messages_count();
    // Termii's home is Nigeria: France is refused, before any request.
    let out = termii_send_to(&sandbox, "+33612345678", &[], &[]);
    assert_one_line_error(&out, 5, "country_not_allowed");
    let out = termii_send_to(&sandbox, "+33612345678", &["--json"], &[]);
    assert_eq!(out.status.code(), Some(5));
    assert_eq!(json(&out)["error"]["kind"], "guard_refused");
    // Named, it is allowed.
    let out = termii_send_to(
        &sandbox,
        "+33612345678",
        &["--guard-countries", "234,33"],
        &[],
    );
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert_eq!(sandbox.messages_count(), before + 1);

    let base = format!("{}/twilio-verify", sandbox.base);
    let twilio = [
        "send",
        "--vendor",
        "twilio-verify",
        "--to",
        "+15017122661",
        "--base-url",
        &base,
        "--account-sid",
        "AC00000000000000000000000000000000",
        "--auth-token",
        "t",
        "--service-sid",
        "VA00000000000000000000000000000000",
    ];
    assert_one_line_error(&otpkit(&twilio), 3, "--guard-countries");
}

#[test]
fn a_guard_store_that_cannot_be_reached_fails_closed_with_exit_5() {
    let sandbox = SandboxProcess::start();
    let before = sandbox.messages_count();
    let port = std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port();
    let url = format!("redis://127.0.0.1:{port}");
    let flags = ["--guard-redis", url.as_str()];
    let out = termii_send_to(&sandbox, "+2348012345678", &flags, &[GUARD_SECRET]);
    assert_one_line_error(&out, 5, "the guard could not decide");
    assert_eq!(
        sandbox.messages_count(),
        before,
        "failed closed: nothing sent"
    );
    // Without the secret, a configuration error naming it.
    let out = termii_send_to(&sandbox, "+2348012345678", &["--guard-redis", &url], &[]);
    assert_one_line_error(&out, 3, "OTPKIT_GUARD_SECRET");
}

#[cfg(feature = "redis")]
#[test]
fn with_guard_redis_a_second_code_is_refused_by_the_next_run() {
    let redis = redis_server::RedisServer::start();
    let sandbox = SandboxProcess::start();
    let url = redis.url();
    let env = [GUARD_SECRET, ("OTPKIT_GUARD_REDIS_URL", url.as_str())];
    let send = || {
        termii_send_to(
            &sandbox,
            "+2348012345678",
            &["--caller", "203.0.113.7"],
            &env,
        )
    };
    let first = send();
    assert_eq!(first.status.code(), Some(0), "{}", stderr(&first));
    let before = sandbox.messages_count();
    let second = send();
    assert_one_line_error(&second, 5, "resend_cooldown");
    assert!(
        stderr(&second).contains("retry after"),
        "{}",
        stderr(&second)
    );
    assert_eq!(sandbox.messages_count(), before);
}

#[test]
fn balance_and_status_against_the_standalone_sandbox() {
    let sandbox = SandboxProcess::start();
    let base = format!("{}/termii", sandbox.base);
    let termii = [
        "--vendor",
        "termii",
        "--base-url",
        &base,
        "--api-key",
        "sandbox-termii-key",
    ];
    let mut args = vec!["balance", "--json"];
    args.extend(termii);
    let out = otpkit(&args);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let value = json(&out);
    assert_eq!(value["balances"][0]["vendor"], "termii");
    assert_eq!(value["balances"][0]["unit"], "NGN");
    assert!(
        value["balances"][0]["amount"].as_f64().unwrap() > 0.0,
        "{value}"
    );

    let base = format!("{}/octopush/v1/public", sandbox.base);
    let out = otpkit(&[
        "balance",
        "--vendor",
        "octopush",
        "--base-url",
        &base,
        "--api-login",
        "sandbox@example.com",
        "--api-key",
        "sandbox-octopush-key",
    ]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert!(
        stdout(&out).starts_with("octopush: 1000 EUR"),
        "{}",
        stdout(&out)
    );

    // A vendor without a balance look-up says so, alone (exit 2) or in the list (exit 0).
    let base = format!("{}/shoutout", sandbox.base);
    let shoutout = [
        "--vendor",
        "shoutout",
        "--base-url",
        &base,
        "--api-key",
        "sandbox-shoutout-key",
    ];
    let mut args = vec!["balance"];
    args.extend(shoutout);
    assert_one_line_error(&otpkit(&args), 2, "does not support balance look-ups");

    // Status: no vendor has a look-up yet; the sealed id is opened first.
    let sent = json(&termii_send_to(
        &sandbox,
        "+2348012345678",
        &["--json"],
        &[],
    ));
    let id = sent["id"].as_str().unwrap();
    let base = format!("{}/termii", sandbox.base);
    let out = otpkit(&[
        "status",
        "--id",
        id,
        "--base-url",
        &base,
        "--api-key",
        "sandbox-termii-key",
        "--sender-id",
        "Acme",
    ]);
    assert_one_line_error(&out, 2, "does not support delivery status look-ups");
}

/// `otpkit webhook listen` on a free port, killed on drop; its first line names the address.
struct Listener {
    child: Child,
    url: String,
    lines: std::sync::mpsc::Receiver<String>,
}

impl Listener {
    fn start(args: &[&str]) -> Self {
        let mut child = command()
            .args(["webhook", "listen", "--addr", "127.0.0.1:0"])
            .args(args)
            .stdout(Stdio::piped())
            .stderr(Stdio::null())
            .spawn()
            .unwrap();
        let mut lines = BufReader::new(child.stdout.take().unwrap()).lines();
        let first = lines.next().unwrap().unwrap();
        // Text or JSON: the address runs from `http://` to a space or a quote.
        let at = first
            .find("http://")
            .unwrap_or_else(|| panic!("no address: {first}"));
        let url: String = first[at..]
            .chars()
            .take_while(|c| !c.is_whitespace() && *c != '"')
            .collect();
        let (send, receive) = std::sync::mpsc::channel();
        std::thread::spawn(move || {
            for line in lines.map_while(Result::ok) {
                let _ = send.send(line);
            }
        });
        Listener {
            child,
            url,
            lines: receive,
        }
    }

    fn next_line(&self) -> String {
        self.lines
            .recv_timeout(std::time::Duration::from_secs(10))
            .expect("a report printed within 10 s")
    }
}

impl Drop for Listener {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// Posts a control request to the sandbox process.
fn control(sandbox: &SandboxProcess, path: &str, body: Value) -> Value {
    let url = format!("{}{path}", sandbox.base);
    block_on(async {
        let answer = http().post(url).json(&body).send().await.unwrap();
        assert!(answer.status().is_success(), "{}", answer.status());
        answer.json().await.unwrap()
    })
}

#[test]
fn webhook_listen_prints_each_genuine_report_of_the_sandbox() {
    let sandbox = SandboxProcess::start();
    let listener = Listener::start(&[
        "--vendor",
        "termii",
        "--json",
        "--secret-key",
        "sandbox-termii-secret-key",
    ]);
    let set = control(
        &sandbox,
        "/_sandbox/callbacks",
        serde_json::json!({ "vendor": "termii", "url": format!("{}/reports", listener.url), "delay_ms": 10 }),
    );
    assert_eq!(set["delay_ms"], 10);
    control(
        &sandbox,
        "/_sandbox/report-outcomes",
        serde_json::json!({ "destination": "+2348012345679", "outcome": "dnd" }),
    );
    for (to, state) in [
        ("+2348012345678", "delivered"),
        ("+2348012345679", "rejected"),
    ] {
        let sent = termii_send_to(&sandbox, to, &["--channel", "voice", "--json"], &[]);
        assert_eq!(sent.status.code(), Some(0), "{}", stderr(&sent));
        let message_id = json(&sent)["message_id"].as_str().unwrap().to_string();
        let report: Value = serde_json::from_str(&listener.next_line()).unwrap();
        assert_eq!(
            (report["message_id"].as_str(), report["state"].as_str()),
            (Some(message_id.as_str()), Some(state)),
            "{report}"
        );
    }

    // A listener with another secret prints nothing: the report is refused (401).
    let forged = Listener::start(&["--vendor", "termii", "--secret-key", "not the secret"]);
    control(
        &sandbox,
        "/_sandbox/callbacks",
        serde_json::json!({ "vendor": "termii", "url": forged.url }),
    );
    let sent = termii_send_to(&sandbox, "+2348012345678", &[], &[]);
    assert_eq!(sent.status.code(), Some(0), "{}", stderr(&sent));
    let counts: Value = block_on(async {
        loop {
            let url = format!("{}/_sandbox/callbacks", sandbox.base);
            let counts: Value = http().get(url).send().await.unwrap().json().await.unwrap();
            if counts["reports"]["failed"] == 1 {
                return counts;
            }
            tokio::time::sleep(std::time::Duration::from_millis(20)).await;
        }
    });
    assert_eq!(counts["reports"]["posted"], 2, "{counts}");
    assert!(forged.lines.try_recv().is_err(), "nothing printed");
}

#[test]
fn webhook_listen_needs_a_vendor_with_reports_and_its_secret() {
    let out = otpkit(&[
        "webhook",
        "listen",
        "--vendor",
        "shoutout",
        "--addr",
        "127.0.0.1:0",
    ]);
    assert_one_line_error(&out, 2, "does not support delivery reports");
    let out = otpkit(&[
        "webhook",
        "listen",
        "--vendor",
        "octopush",
        "--addr",
        "127.0.0.1:0",
    ]);
    assert_one_line_error(&out, 3, "OCTOPUSH_WEBHOOK_TOKEN is not set");
}
