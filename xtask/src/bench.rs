//! `cargo xtask bench-sandbox`: the sandbox's verify-route throughput, measured from a separate
//! load-generator process (`wrk`, installed from Debian's packages when missing) against the
//! release-built `otpkit-sandbox` binary on loopback.
//!
//! Every request is a real Termii verify of a wrong PIN against one live session opened with a
//! huge attempt budget, so each one decodes, authenticates, looks up, compares, spends an
//! attempt and encodes `{"verified": "False", "attemptsRemaining": n}`.

use std::io::{BufRead, BufReader, Read, Write};
use std::net::{SocketAddr, TcpStream};
use std::path::Path;
use std::process::{Child, Command, Stdio};

use anyhow::{Context, Result, bail};
use serde_json::{Value, json};

/// The measured figures.
#[derive(Debug)]
pub struct SandboxBench {
    pub requests_per_second: f64,
    pub latency_p50_us: f64,
    pub latency_p99_us: f64,
    pub requests: u64,
    pub non_2xx: u64,
    pub socket_errors: u64,
}

/// Kills the sandbox when the benchmark ends, however it ends.
struct Running(Child);

impl Drop for Running {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

fn ensure_wrk() -> Result<()> {
    if Command::new("wrk").arg("--version").output().is_ok() {
        return Ok(());
    }
    eprintln!("installing wrk (Debian package) as the load generator");
    let ok = Command::new("apt-get")
        .args(["install", "-y", "-qq", "wrk"])
        .status()
        .is_ok_and(|s| s.success())
        || (Command::new("apt-get")
            .args(["update", "-qq"])
            .status()
            .is_ok_and(|s| s.success())
            && Command::new("apt-get")
                .args(["install", "-y", "-qq", "wrk"])
                .status()
                .is_ok_and(|s| s.success()));
    if !ok {
        bail!("wrk is missing and could not be installed: run `apt-get install wrk`");
    }
    Ok(())
}

/// One JSON POST over a plain TCP connection (the xtask carries no HTTP client).
fn post(addr: SocketAddr, path: &str, body: &Value) -> Result<Value> {
    let body = body.to_string();
    let mut stream = TcpStream::connect(addr)?;
    write!(
        stream,
        "POST {path} HTTP/1.1\r\nHost: {addr}\r\nContent-Type: application/json\r\nContent-Length: {}\r\nConnection: close\r\n\r\n{body}",
        body.len()
    )?;
    let mut response = String::new();
    stream.read_to_string(&mut response)?;
    let (_, json) = response
        .split_once("\r\n\r\n")
        .context("no HTTP body in the sandbox's answer")?;
    serde_json::from_str(json).with_context(|| format!("the sandbox answered {response}"))
}

fn field(output: &str, label: &str) -> Option<String> {
    output
        .lines()
        .find_map(|l| l.trim().strip_prefix(label))
        .map(|v| v.trim().to_string())
}

/// wrk prints latencies as `812.00us`, `1.23ms` or `1.01s`.
fn micros(text: &str) -> Option<f64> {
    let (number, factor) = if let Some(n) = text.strip_suffix("us") {
        (n, 1.0)
    } else if let Some(n) = text.strip_suffix("ms") {
        (n, 1_000.0)
    } else {
        (text.strip_suffix('s')?, 1_000_000.0)
    };
    number.parse::<f64>().ok().map(|n| n * factor)
}

pub fn sandbox_verify(root: &Path, seconds: u32, connections: u32) -> Result<SandboxBench> {
    ensure_wrk()?;
    let cargo = std::env::var("CARGO").unwrap_or_else(|_| "cargo".into());
    let built = Command::new(&cargo)
        .args([
            "build",
            "--release",
            "--locked",
            "-p",
            "otpkit-sandbox",
            "--bin",
            "otpkit-sandbox",
        ])
        .current_dir(root)
        .status()?;
    if !built.success() {
        bail!("building otpkit-sandbox failed");
    }
    let mut child = Command::new(root.join("target/release/otpkit-sandbox"))
        .args(["--addr", "127.0.0.1:0"])
        // Per-request logging is the binary's default; the benchmark measures serving, not logging.
        .env("RUST_LOG", "otpkit_sandbox=warn")
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .context("cannot start target/release/otpkit-sandbox")?;
    let stdout = child.stdout.take().context("no stdout")?;
    let sandbox = Running(child);
    let mut lines = BufReader::new(stdout).lines();
    let first = lines.next().context("the sandbox printed nothing")??;
    // Keep reading what it prints, so that its stdout never closes under it.
    std::thread::spawn(move || lines.for_each(drop));
    let addr: SocketAddr = first
        .rsplit("http://")
        .next()
        .and_then(|a| a.parse().ok())
        .with_context(|| format!("no address in {first:?}"))?;

    let key = "sandbox-termii-key";
    let sent = post(
        addr,
        "/termii/api/sms/otp/send",
        &json!({
            "api_key": key, "message_type": "NUMERIC", "pin_type": "NUMERIC", "to": "2348109077743",
            "from": "Bench", "channel": "generic", "pin_attempts": 4_000_000_000u32, "pin_time_to_live": 0,
            "pin_length": 6, "pin_placeholder": "<pin>", "message_text": "code <pin>",
        }),
    )?;
    let pin_id = sent["pinId"]
        .as_str()
        .with_context(|| format!("send_token answered {sent}"))?;
    let body = json!({ "api_key": key, "pin_id": pin_id, "pin": "not-the-pin" }).to_string();
    let check = post(
        addr,
        "/termii/api/sms/otp/verify",
        &serde_json::from_str(&body)?,
    )?;
    if check["verified"] != "False" {
        bail!("verify answered {check}, expected a wrong-PIN answer");
    }

    let script = root.join("target/bench-verify.lua");
    std::fs::write(
        &script,
        format!(
            "wrk.method = \"POST\"\nwrk.headers[\"Content-Type\"] = \"application/json\"\nwrk.body = [[{body}]]\n"
        ),
    )?;
    let output = Command::new("wrk")
        .args([
            "-t",
            "1",
            "-c",
            &connections.to_string(),
            "-d",
            &format!("{seconds}s"),
            "--latency",
            "-s",
        ])
        .arg(&script)
        .arg(format!("http://{addr}/termii/api/sms/otp/verify"))
        .output()
        .context("cannot run wrk")?;
    drop(sandbox);
    let text = String::from_utf8_lossy(&output.stdout).into_owned();
    if !output.status.success() {
        bail!(
            "wrk failed: {text}{}",
            String::from_utf8_lossy(&output.stderr)
        );
    }
    let requests = text
        .lines()
        .find_map(|l| {
            l.trim()
                .split_once(" requests in ")
                .map(|(n, _)| n.trim().to_string())
        })
        .and_then(|n| n.parse().ok())
        .unwrap_or(0);
    let socket_errors = field(&text, "Socket errors:")
        .map(|s| {
            s.split(',')
                .filter_map(|p| p.split_whitespace().last()?.parse::<u64>().ok())
                .sum()
        })
        .unwrap_or(0);
    let non_2xx = field(&text, "Non-2xx or 3xx responses:")
        .and_then(|v| v.parse().ok())
        .unwrap_or(0);
    if non_2xx > 0 || requests == 0 {
        bail!("the measurement is void: {non_2xx} non-2xx answers of {requests} requests\n{text}");
    }
    Ok(SandboxBench {
        requests_per_second: field(&text, "Requests/sec:")
            .and_then(|v| v.parse().ok())
            .context("wrk printed no Requests/sec")?,
        latency_p50_us: field(&text, "50%")
            .and_then(|v| micros(&v))
            .unwrap_or(f64::NAN),
        latency_p99_us: field(&text, "99%")
            .and_then(|v| micros(&v))
            .unwrap_or(f64::NAN),
        requests,
        non_2xx,
        socket_errors,
    })
}
