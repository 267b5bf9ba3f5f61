//! `cargo xtask bench`: every figure of BENCHMARKS.md in one run, on this machine.
//!
//! - The facade against hand-written reqwest calls and the facade's latency: the release
//!   `otpkit-bench` binary (see its docs).
//! - The sandbox's verify and send throughput, from a separate load-generator process (`wrk`,
//!   installed from Debian's packages when missing) against `otpkit sandbox` on loopback. Each
//!   verify is a real Termii verify of a wrong PIN against one live session opened with a huge
//!   attempt budget (decode, authenticate, look up, compare, spend an attempt, encode); each
//!   send generates a code, opens a session and delivers to the inbox.
//! - Code generation of every spec in check mode, in process and as the whole
//!   `cargo xtask generate --check` command.

use std::io::{BufRead, BufReader, Read, Write};
use std::net::{SocketAddr, TcpStream};
use std::path::Path;
use std::process::{Child, Command, Stdio};
use std::time::Instant;

use anyhow::{Context, Result, bail};
use serde_json::{Value, json};

use crate::{generate, vendors};

/// What wrk measured on one route.
#[derive(Debug)]
pub struct RouteBench {
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

/// Installs Debian's `package` when `command` is missing.
fn ensure(command: &str, package: &str, why: &str) -> Result<()> {
    if Command::new(command).arg("--version").output().is_ok() {
        return Ok(());
    }
    eprintln!("installing {package} (Debian package) {why}");
    let install = || {
        Command::new("apt-get")
            .args(["install", "-y", "-qq", package])
            .status()
            .is_ok_and(|s| s.success())
    };
    let ok = install()
        || (Command::new("apt-get")
            .args(["update", "-qq"])
            .status()
            .is_ok_and(|s| s.success())
            && install());
    if !ok {
        bail!("{command} is missing and could not be installed: run `apt-get install {package}`");
    }
    Ok(())
}

/// Starts `redis-server` on a free loopback port, saving nothing; it stops when the guard
/// drops.
fn start_redis() -> Result<(Running, String)> {
    ensure("redis-server", "redis-server", "for the guard's figures")?;
    let port = std::net::TcpListener::bind("127.0.0.1:0")?
        .local_addr()?
        .port();
    let child = Command::new("redis-server")
        .args(["--port", &port.to_string(), "--bind", "127.0.0.1"])
        .args(["--save", "", "--appendonly", "no"])
        .stdout(Stdio::null())
        .spawn()
        .context("cannot start redis-server")?;
    let running = Running(child);
    let url = format!("redis://127.0.0.1:{port}");
    for _ in 0..200 {
        let pong = Command::new("redis-cli")
            .args(["-u", &url, "PING"])
            .output()?;
        if String::from_utf8_lossy(&pong.stdout).trim() == "PONG" {
            return Ok((running, url));
        }
        std::thread::sleep(std::time::Duration::from_millis(25));
    }
    bail!("redis-server did not answer on {url} within 5 s")
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

/// Builds the release binaries the benchmark runs.
fn build(root: &Path) -> Result<()> {
    crate::run(
        crate::cargo()
            .args([
                "build",
                "--release",
                "--locked",
                "-p",
                "otpkit-cli",
                "-p",
                "otpkit-bench",
            ])
            .current_dir(root),
    )
    .context("the release build failed")?;
    Ok(())
}

/// Starts `otpkit sandbox` on a free loopback port; it stops when the guard drops.
fn start_sandbox(root: &Path) -> Result<(Running, SocketAddr)> {
    let mut child = Command::new(root.join("target/release/otpkit"))
        .args(["sandbox", "--addr", "127.0.0.1:0"])
        // Per-request logging is the default; the benchmark measures serving, not logging.
        .env("RUST_LOG", "otpkit_sandbox=warn")
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .context("cannot start target/release/otpkit sandbox")?;
    let stdout = child.stdout.take().context("no stdout")?;
    let running = Running(child);
    let mut lines = BufReader::new(stdout).lines();
    let first = lines.next().context("the sandbox printed nothing")??;
    // Keep reading what it prints, so that its stdout never closes under it.
    std::thread::spawn(move || lines.for_each(drop));
    let addr = first
        .rsplit("http://")
        .next()
        .and_then(|a| a.parse().ok())
        .with_context(|| format!("no address in {first:?}"))?;
    Ok((running, addr))
}

fn termii_send(key: &str, attempts: u64) -> Value {
    json!({
        "api_key": key, "message_type": "NUMERIC", "pin_type": "NUMERIC", "to": "2348109077743",
        "from": "Bench", "channel": "generic", "pin_attempts": attempts, "pin_time_to_live": 0,
        "pin_length": 6, "pin_placeholder": "<pin>", "message_text": "code <pin>",
    })
}

/// Drives `path` with `body` from wrk; the run is void if any answer is not 2xx.
fn wrk(
    root: &Path,
    addr: SocketAddr,
    path: &str,
    body: &str,
    seconds: u32,
    connections: u32,
) -> Result<RouteBench> {
    let script = root.join("target/bench-route.lua");
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
        .arg(format!("http://{addr}{path}"))
        .output()
        .context("cannot run wrk")?;
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
        bail!(
            "the measurement of {path} is void: {non_2xx} non-2xx answers of {requests} requests\n{text}"
        );
    }
    Ok(RouteBench {
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

/// Event-stream subscribers held open on a sandbox, each read to the end by a thread of its
/// own (every byte the sandbox writes is read), as a browser tab on the inbox page would.
struct Subscribers {
    streams: Vec<TcpStream>,
    readers: Vec<std::thread::JoinHandle<u64>>,
}

impl Subscribers {
    fn open(addr: SocketAddr, count: usize) -> Result<Self> {
        let (mut streams, mut readers) = (Vec::new(), Vec::new());
        for _ in 0..count {
            let mut stream = TcpStream::connect(addr)?;
            write!(
                stream,
                "GET /_sandbox/events HTTP/1.1\r\nHost: 127.0.0.1\r\nAccept: text/event-stream\r\n\r\n"
            )?;
            let mut reader = stream.try_clone()?;
            readers.push(std::thread::spawn(move || {
                let (mut buffer, mut total) = (vec![0u8; 64 * 1024], 0u64);
                while let Ok(read) = reader.read(&mut buffer) {
                    if read == 0 {
                        break;
                    }
                    total += read as u64;
                }
                total
            }));
            streams.push(stream);
        }
        Ok(Self { streams, readers })
    }

    /// Closes every stream; the bytes read in all.
    fn close(self) -> u64 {
        for stream in &self.streams {
            let _ = stream.shutdown(std::net::Shutdown::Both);
        }
        self.readers
            .into_iter()
            .map(|reader| reader.join().unwrap_or(0))
            .sum()
    }
}

/// The sandbox's send route under wrk on a fresh sandbox, with none and then with `streams`
/// event streams held open and read: the two rates and the bytes the streams read.
pub fn send_with_event_streams(
    root: &Path,
    seconds: u32,
    connections: u32,
    streams: usize,
) -> Result<(RouteBench, RouteBench, u64)> {
    let key = "sandbox-termii-key";
    let body = termii_send(key, 3).to_string();
    let (sandbox, addr) = start_sandbox(root)?;
    let alone = wrk(
        root,
        addr,
        "/termii/api/sms/otp/send",
        &body,
        seconds,
        connections,
    )?;
    drop(sandbox);
    let (sandbox, addr) = start_sandbox(root)?;
    let subscribers = Subscribers::open(addr, streams)?;
    let watched = wrk(
        root,
        addr,
        "/termii/api/sms/otp/send",
        &body,
        seconds,
        connections,
    )?;
    let read = subscribers.close();
    drop(sandbox);
    Ok((alone, watched, read))
}

/// The sandbox's verify and send routes under wrk.
pub fn sandbox_routes(
    root: &Path,
    seconds: u32,
    connections: u32,
) -> Result<(RouteBench, RouteBench)> {
    ensure("wrk", "wrk", "as the load generator")?;
    let (sandbox, addr) = start_sandbox(root)?;
    let key = "sandbox-termii-key";
    let sent = post(
        addr,
        "/termii/api/sms/otp/send",
        // As many wrong PINs as the spec's int32 allows: wrk never runs out of them.
        &termii_send(key, i32::MAX as u64),
    )?;
    let pin_id = sent["pinId"]
        .as_str()
        .with_context(|| format!("send_token answered {sent}"))?;
    let verify_body = json!({ "api_key": key, "pin_id": pin_id, "pin": "not-the-pin" });
    let check = post(addr, "/termii/api/sms/otp/verify", &verify_body)?;
    if check["verified"] != "False" {
        bail!("verify answered {check}, expected a wrong-PIN answer");
    }
    let verify = wrk(
        root,
        addr,
        "/termii/api/sms/otp/verify",
        &verify_body.to_string(),
        seconds,
        connections,
    )?;
    // Every send opens a session and fills the inbox: a shorter run keeps memory modest.
    let send_seconds = seconds.div_ceil(2).max(1);
    let send = wrk(
        root,
        addr,
        "/termii/api/sms/otp/send",
        &termii_send(key, 3).to_string(),
        send_seconds,
        connections,
    )?;
    drop(sandbox);
    Ok((verify, send))
}

/// The facade and guard figures from the release `otpkit-bench`, with a Redis of its own, and
/// the inbox page's load time in a headless Chromium.
fn facade(root: &Path) -> Result<Value> {
    ensure("chromium", "chromium", "for the inbox page's load time")?;
    ensure(
        "chromedriver",
        "chromium-driver",
        "for the inbox page's load time",
    )?;
    let (redis, url) = start_redis()?;
    let output = Command::new(root.join("target/release/otpkit-bench"))
        .args(["--json", "--redis", &url])
        .output()?;
    drop(redis);
    if !output.status.success() {
        bail!(
            "otpkit-bench failed: {}",
            String::from_utf8_lossy(&output.stderr)
        );
    }
    Ok(serde_json::from_slice(&output.stdout)?)
}

/// Generation of all specs in check mode: in process, and as the whole command.
fn generation(root: &Path) -> Result<(f64, f64)> {
    let start = Instant::now();
    generate::run(root, vendors()?, generate::Mode::Check)?;
    let in_process = start.elapsed().as_secs_f64();
    let start = Instant::now();
    crate::run(
        crate::cargo()
            .args(["xtask", "generate", "--check"])
            .current_dir(root),
    )
    .context("cargo xtask generate --check failed")?;
    Ok((in_process, start.elapsed().as_secs_f64()))
}

/// Runs everything; one JSON object with every figure.
pub fn run(root: &Path, seconds: u32, connections: u32) -> Result<Value> {
    build(root)?;
    let (generate_all_seconds, generate_command_seconds) = generation(root)?;
    let mut value = facade(root)?;
    let (verify, send) = sandbox_routes(root, seconds, connections)?;
    let send_seconds = seconds.div_ceil(2).max(1);
    let (alone, watched, read) = send_with_event_streams(root, send_seconds, connections, 50)?;
    let round = |x: f64| (x * 1000.0).round() / 1000.0;
    if let Value::Object(map) = &mut value {
        map.insert(
            "sandbox_verify_requests_per_second".into(),
            json!(verify.requests_per_second.round()),
        );
        map.insert(
            "sandbox_send_requests_per_second".into(),
            json!(send.requests_per_second.round()),
        );
        map.insert(
            "sandbox_load".into(),
            json!({
                "tool": "wrk -t1", "connections": connections,
                "verify": { "seconds": seconds, "requests": verify.requests, "p50_us": verify.latency_p50_us, "p99_us": verify.latency_p99_us, "socket_errors": verify.socket_errors },
                "send": { "seconds": seconds.div_ceil(2).max(1), "requests": send.requests, "p50_us": send.latency_p50_us, "p99_us": send.latency_p99_us, "socket_errors": send.socket_errors },
            }),
        );
        map.insert(
            "sandbox_send_with_event_streams".into(),
            json!({
                "streams": 50, "seconds": send_seconds,
                "requests_per_second_without": alone.requests_per_second.round(),
                "requests_per_second_with": watched.requests_per_second.round(),
                "ratio": round(watched.requests_per_second / alone.requests_per_second),
                "bytes_read_by_the_streams": read,
            }),
        );
        map.insert(
            "generate_all_seconds".into(),
            json!(round(generate_all_seconds)),
        );
        map.insert(
            "generate_command_seconds".into(),
            json!(round(generate_command_seconds)),
        );
    }
    Ok(value)
}
