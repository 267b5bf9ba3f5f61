//! The standalone `otpkit-sandbox` binary under abuse: oversized bodies, slowloris-style
//! clients (headers or body trickling in), and malformed requests. None may crash it, and a
//! well-behaved client must keep getting answers meanwhile: served beside the slow clients,
//! while they still hold their connections, not after the server has cut them off.

use std::io::{BufRead, BufReader};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use serde_json::json;
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::TcpStream;

/// Slow connections held open at once.
const SLOW_CLIENTS: usize = 200;
/// When a well-behaved request gives up: only a guard against a hang, so generous enough for
/// a busy machine. Whether it was served beside the abuse is checked by what stays open, not
/// by how fast it came.
const GIVE_UP: Duration = Duration::from_secs(30);

struct Running {
    child: Child,
    addr: String,
}

impl Running {
    /// Whether the process is still running (it has not crashed).
    fn alive(&mut self) -> bool {
        matches!(self.child.try_wait(), Ok(None))
    }
}

impl Drop for Running {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

fn start() -> Running {
    let mut child = Command::new(env!("CARGO_BIN_EXE_otpkit-sandbox"))
        .args(["--addr", "127.0.0.1:0"])
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    let mut lines = BufReader::new(child.stdout.take().unwrap()).lines();
    let first = lines.next().unwrap().unwrap();
    let base = first.rsplit(' ').next().unwrap().to_string();
    let addr = base
        .trim_start_matches("http://")
        .trim_end_matches('/')
        .to_string();
    // Keep reading the banner in the background so the pipe never fills.
    std::thread::spawn(move || lines.for_each(drop));
    Running { child, addr }
}

/// A normal ShoutOUT send: its status and how long it took.
async fn well_behaved(addr: &str) -> (u16, Duration) {
    let started = Instant::now();
    let status = crate::common::http_client()
        .post(format!("http://{addr}/shoutout/otpservice/send"))
        .header("authorization", "Apikey sandbox-shoutout-key")
        .timeout(GIVE_UP)
        .json(&json!({ "source": "ShoutDEMO", "destination": "94771234567", "transport": "sms", "content": { "sms": "Code {{code}}" } }))
        .send()
        .await
        .map_or(0, |r| r.status().as_u16());
    (status, started.elapsed())
}

/// Writes `bytes` on a fresh connection and returns whatever comes back before the server
/// closes or a second passes.
async fn raw(addr: &str, bytes: &[u8]) -> Vec<u8> {
    let mut socket = TcpStream::connect(addr).await.unwrap();
    let _ = socket.write_all(bytes).await;
    let mut answer = Vec::new();
    let _ = tokio::time::timeout(Duration::from_secs(1), socket.read_to_end(&mut answer)).await;
    answer
}

fn status_of(answer: &[u8]) -> Option<u16> {
    let text = String::from_utf8_lossy(answer);
    text.strip_prefix("HTTP/1.1 ")?.get(..3)?.parse().ok()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn oversized_bodies_are_refused_and_the_sandbox_carries_on() {
    let mut sandbox = start();
    let addr = sandbox.addr.clone();
    // 8 MiB announced and sent: refused with the vendor's 4xx (or the connection closed).
    let big = vec![b'{'; 8 << 20];
    let answer = crate::common::http_client()
        .post(format!("http://{addr}/termii/api/sms/otp/send"))
        .header("content-type", "application/json")
        .body(big)
        .send()
        .await;
    if let Ok(answer) = answer {
        assert!(answer.status().is_client_error(), "{}", answer.status());
    }
    // A body far larger than its content-length claims, and a huge claimed length.
    let head = format!(
        "POST /termii/api/sms/otp/send HTTP/1.1\r\nhost: {addr}\r\ncontent-type: application/json\r\ncontent-length: 99999999999\r\n\r\n{{"
    );
    let answer = raw(&addr, head.as_bytes()).await;
    assert!(
        status_of(&answer).is_none_or(|s| (400..500).contains(&s)),
        "{}",
        String::from_utf8_lossy(&answer)
    );
    let (status, _) = well_behaved(&addr).await;
    assert_eq!(status, 200);
    assert!(sandbox.alive());
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn malformed_requests_get_an_error_or_a_close_never_a_crash() {
    let mut sandbox = start();
    let addr = sandbox.addr.clone();
    let long_header = format!("GET / HTTP/1.1\r\nx-long: {}\r\n\r\n", "a".repeat(200_000));
    let many_headers = format!(
        "GET / HTTP/1.1\r\n{}\r\n",
        (0..500)
            .map(|i| format!("x-{i}: 1\r\n"))
            .collect::<String>()
    );
    let garbage: Vec<u8> = (0..4096u32).map(|i| (i * 7919 % 251) as u8).collect();
    let cases: Vec<Vec<u8>> = vec![
        garbage,
        b"\x00\x01\x02\x03\r\n\r\n".to_vec(),
        b"GET / HTTP/9.9\r\n\r\n".to_vec(),
        b"POST /termii/api/sms/otp/send HTTP/1.1\r\nno colon here\r\n\r\n".to_vec(),
        b"POST /termii/api/sms/otp/send HTTP/1.1\r\ncontent-length: -5\r\n\r\n".to_vec(),
        b"POST /termii/api/sms/otp/send HTTP/1.1\r\ntransfer-encoding: chunked\r\n\r\nZZZ\r\n".to_vec(),
        b"POST /termii/api/sms/otp/send HTTP/1.1\r\ncontent-length: 5\r\ncontent-length: 6\r\n\r\n12345".to_vec(),
        long_header.into_bytes(),
        many_headers.into_bytes(),
        b"\x16\x03\x01\x02\x00\x01\x00\x01\xfc\x03\x03".to_vec(), // a TLS ClientHello
    ];
    let count = cases.len();
    for case in cases {
        let answer = raw(&addr, &case).await;
        if let Some(status) = status_of(&answer) {
            assert!(
                (400..500).contains(&status),
                "{status}: {:?}",
                &case[..case.len().min(60)]
            );
        }
    }
    let (status, _) = well_behaved(&addr).await;
    assert_eq!(status, 200, "after {count} malformed requests");
    assert!(sandbox.alive());
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn slow_clients_do_not_block_others() {
    let mut sandbox = start();
    let addr = sandbox.addr.clone();
    let mut slow = Vec::new();
    for i in 0..SLOW_CLIENTS {
        let mut socket = TcpStream::connect(&addr).await.unwrap();
        // Half trickle headers, half send headers and trickle a body that never completes.
        let start: &[u8] = if i % 2 == 0 {
            b"POST /termii/api/sms/otp/send HTTP/1.1\r\nhost: x\r\n"
        } else {
            b"POST /termii/api/sms/otp/send HTTP/1.1\r\nhost: x\r\ncontent-type: application/json\r\ncontent-length: 1000\r\n\r\n{\"api_key\":"
        };
        socket.write_all(start).await.unwrap();
        slow.push(socket);
    }
    // Keep every slow client alive, one byte at a time, while well-behaved requests run.
    let mut worst = Duration::ZERO;
    for round in 0..5 {
        for socket in &mut slow {
            let byte: &[u8] = if round % 2 == 0 { b"x" } else { b"1" };
            let _ = socket.write_all(byte).await;
        }
        let (status, took) = well_behaved(&addr).await;
        assert_eq!(status, 200, "round {round}");
        // Served while every slow client still held its connection: the server did not
        // have to cut them off (after its 10 s header timeout) to get to this request.
        let cut_off = slow.iter().filter(|socket| !open(socket)).count();
        assert_eq!(cut_off, 0, "round {round}: slow clients cut off");
        worst = worst.max(took);
        // A slowloris's pace, not a wait for anything.
        tokio::time::sleep(Duration::from_millis(200)).await;
    }
    assert!(sandbox.alive());
    eprintln!("{SLOW_CLIENTS} slow clients held open; worst well-behaved request {worst:?}");
}

/// Whether the server still holds `socket` open: nothing to read yet, and no end of stream.
fn open(socket: &TcpStream) -> bool {
    let mut byte = [0u8; 1];
    matches!(socket.try_read(&mut byte), Err(e) if e.kind() == std::io::ErrorKind::WouldBlock)
}

/// What a sandbox on a network address hands out, each named in the refusal and the warning.
const EXPOSED: [&str; 6] = [
    "every code",
    "/_sandbox/messages",
    "/_sandbox/clock",
    "/_sandbox/faults",
    "/_sandbox/balances",
    "/_sandbox/callbacks",
];

/// Runs `otpkit-sandbox` with `args` and `env`, expecting it to exit by itself: its exit code
/// and stderr. A sandbox that serves instead is killed after `GIVE_UP` and fails the test.
fn refused(args: &[&str], env: &[(&str, &str)]) -> (Option<i32>, String) {
    let mut child = Command::new(env!("CARGO_BIN_EXE_otpkit-sandbox"))
        .args(args)
        .envs(env.iter().copied())
        .env("RUST_LOG", "off")
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let started = Instant::now();
    while matches!(child.try_wait(), Ok(None)) {
        if started.elapsed() > GIVE_UP {
            let _ = child.kill();
            let _ = child.wait();
            panic!("{args:?} {env:?}: the sandbox served instead of refusing");
        }
        std::thread::sleep(Duration::from_millis(20));
    }
    let out = child.wait_with_output().unwrap();
    (
        out.status.code(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

#[test]
fn a_non_loopback_address_is_refused_without_expose() {
    for addr in ["0.0.0.0:0", "[::]:0", "192.0.2.1:0"] {
        let (code, err) = refused(&["--addr", addr], &[]);
        assert_eq!(code, Some(2), "{addr}: {err}");
        assert!(
            err.contains("--expose") && err.contains("not a loopback address"),
            "{addr}: {err}"
        );
        for words in EXPOSED {
            assert!(err.contains(words), "{addr}: {words}: {err}");
        }
    }
    // Nor from the environment variable.
    let (code, err) = refused(&[], &[("OTPKIT_SANDBOX_ADDR", "0.0.0.0:0")]);
    assert_eq!(code, Some(2), "{err}");
}

#[test]
fn a_callback_off_the_machine_or_a_delay_past_an_hour_is_refused() {
    for (args, says) in [
        (
            ["--callback", "termii=http://192.0.2.1/reports"],
            "loopback",
        ),
        (
            ["--callback", "termii=https://127.0.0.1/reports"],
            "http://",
        ),
        (["--callback", "nobody=http://127.0.0.1/"], "unknown vendor"),
        (["--callback", "http://127.0.0.1/"], "VENDOR=URL"),
        (["--report-delay", "2h"], "at most 3600 s"),
        (["--report-delay", "soon"], "soon"),
    ] {
        let (code, err) = refused(&args, &[]);
        assert_eq!(code, Some(2), "{args:?}: {err}");
        assert!(err.contains(says), "{args:?}: {err}");
    }
    let (code, err) = refused(
        &[],
        &[(
            "OTPKIT_SANDBOX_CALLBACKS",
            "termii=http://127.0.0.1:9/r,octopush=http://10.0.0.1/r",
        )],
    );
    assert_eq!(code, Some(2), "{err}");
    assert!(err.contains("loopback"), "{err}");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn with_expose_it_serves_and_warns_what_it_exposes() {
    let mut child = Command::new(env!("CARGO_BIN_EXE_otpkit-sandbox"))
        .args(["--addr", "0.0.0.0:0", "--expose"])
        .env("RUST_LOG", "off")
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut lines = BufReader::new(child.stdout.take().unwrap()).lines();
    let first = lines.next().unwrap().unwrap();
    std::thread::spawn(move || lines.for_each(drop));
    let mut warning = String::new();
    BufReader::new(child.stderr.take().unwrap())
        .read_line(&mut warning)
        .unwrap();
    let port = first
        .rsplit(':')
        .next()
        .unwrap()
        .trim_end_matches('/')
        .to_string();
    let running = Running {
        child,
        addr: format!("127.0.0.1:{port}"),
    };
    assert!(first.contains("listening on http://0.0.0.0:"), "{first}");
    assert!(
        warning.contains("--expose") && warning.contains("anyone who can reach"),
        "{warning}"
    );
    for words in EXPOSED {
        assert!(warning.contains(words), "{words}: {warning}");
    }
    let (status, _) = well_behaved(&running.addr).await;
    assert_eq!(status, 200, "served");
}

/// What another page open in the developer's browser could send: a cross-site form or simple
/// request (no JSON content type) and a DNS-rebinding request (another `Host`). Both are
/// refused on the sandbox's own routes, and change nothing; the vendors' routes answer any
/// host, as a client in another container needs.
#[tokio::test]
async fn other_pages_cannot_reach_the_control_routes() {
    let h = crate::common::Harness::start().await;
    let base = format!("http://{}", h.sandbox.addr());
    for content_type in [
        None,
        Some("text/plain"),
        Some("application/x-www-form-urlencoded"),
        Some("multipart/form-data; boundary=x"),
    ] {
        let mut post = h
            .http
            .post(format!("{base}/_sandbox/clock"))
            .body(r#"{"advance_secs": 600}"#);
        if let Some(content_type) = content_type {
            post = post.header("content-type", content_type);
        }
        let answer = post.send().await.unwrap();
        assert_eq!(
            answer.status(),
            reqwest::StatusCode::UNSUPPORTED_MEDIA_TYPE,
            "{content_type:?}"
        );
        let body: serde_json::Value = answer.json().await.unwrap();
        assert!(
            body["error"].as_str().unwrap().contains("application/json"),
            "{body}"
        );
    }
    for path in ["/_sandbox/messages", "/_sandbox/faults"] {
        let answer = h
            .http
            .get(format!("{base}{path}"))
            .header("host", "rebound.example:8080")
            .send()
            .await
            .unwrap();
        assert_eq!(answer.status(), reqwest::StatusCode::FORBIDDEN, "{path}");
        let body: serde_json::Value = answer.json().await.unwrap();
        assert!(
            body["error"]
                .as_str()
                .unwrap()
                .contains("--allow-host rebound.example"),
            "{body}"
        );
    }
    let answer = h
        .http
        .post(format!("{base}/_sandbox/clock"))
        .header("host", "rebound.example")
        .json(&serde_json::json!({ "advance_secs": 600 }))
        .send()
        .await
        .unwrap();
    assert_eq!(answer.status(), reqwest::StatusCode::FORBIDDEN);
    // No CORS header is ever sent.
    let answer = h
        .http
        .get(format!("{base}/_sandbox/messages"))
        .header("origin", "https://evil.example")
        .send()
        .await
        .unwrap();
    assert_eq!(answer.status(), reqwest::StatusCode::OK);
    assert!(
        answer
            .headers()
            .get("access-control-allow-origin")
            .is_none()
    );
    // The clock never moved: it reads less than the refused 600 s ahead of the start.
    let now_ms = |h: &crate::common::Harness| {
        let (http, url) = (
            h.http.clone(),
            format!("http://{}/_sandbox/clock", h.sandbox.addr()),
        );
        async move {
            let answer = http
                .post(url)
                .json(&json!({ "advance_secs": 0 }))
                .send()
                .await
                .unwrap();
            answer.json::<serde_json::Value>().await.unwrap()["now_ms"]
                .as_u64()
                .unwrap()
        }
    };
    assert!(
        now_ms(&h).await < 600_000,
        "a refused advance moved the clock"
    );
    // A vendor route answers another host.
    let sent = h
        .http
        .post(h.url(otpkit_sandbox::Vendor::Shoutout, "/otpservice/send"))
        .header("host", "sandbox:8080")
        .header("authorization", format!("Apikey {}", h.var("SHOUTOUT_API_KEY")))
        .json(&serde_json::json!({ "source": "ShoutDEMO", "destination": "+94771234567", "transport": "sms", "content": { "sms": "Code {{code}}" } }))
        .send()
        .await
        .unwrap();
    assert_eq!(sent.status(), reqwest::StatusCode::OK);

    // With --allow-host, that name reaches the control routes.
    let config = otpkit_sandbox::Config {
        allowed_hosts: vec!["sandbox".into()],
        ..Default::default()
    };
    let h = crate::common::Harness::with(config).await;
    let answer = h
        .http
        .get(format!("http://{}/_sandbox/messages", h.sandbox.addr()))
        .header("host", "sandbox:8080")
        .send()
        .await
        .unwrap();
    assert_eq!(answer.status(), reqwest::StatusCode::OK);
}
