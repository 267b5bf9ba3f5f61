//! A sandbox with a facade provider for each vendor, configured the way applications configure
//! otpkit: from the variables the sandbox hands out (`Sandbox::client_env`), read by the
//! vendor's descriptor.

#![allow(dead_code)]

use std::io::Write;
use std::sync::{Arc, Mutex};
use std::time::Duration;

use otpkit::{Otp, OtpProvider};
use otpkit_sandbox::{Sandbox, Vendor};

/// A destination in each vendor's home country.
pub fn number_for(vendor: Vendor) -> &'static str {
    vendor.example_number()
}

pub fn facade_vendor(vendor: Vendor) -> otpkit::Vendor {
    otpkit::Vendor::new(vendor.name()).expect("sandbox vendor names are vendor names")
}

/// The sandbox's stand-in for the facade's `vendor`.
pub fn sandbox_vendor(vendor: &otpkit::Vendor) -> Vendor {
    Vendor::ALL
        .into_iter()
        .find(|v| v.name() == vendor.name())
        .expect("the sandbox stands in for every built-in vendor")
}

/// The provider for `vendor` against `sandbox`; `good_credentials: false` gives it wrong ones.
pub fn provider(
    sandbox: &Sandbox,
    vendor: Vendor,
    good_credentials: bool,
    timeout: Duration,
) -> Arc<dyn OtpProvider> {
    configured(sandbox, vendor, good_credentials, timeout, None)
}

/// `vendor`'s provider with the sandbox's credentials, pointed at `base_url` instead (a port
/// that refuses or hangs).
pub fn provider_at(
    sandbox: &Sandbox,
    vendor: Vendor,
    base_url: &str,
    timeout: Duration,
) -> Arc<dyn OtpProvider> {
    configured(sandbox, vendor, true, timeout, Some(base_url))
}

/// Configured as an application is, from variables: the sandbox's, with `OTPKIT_TIMEOUT_MS`,
/// and the changes asked for.
fn configured(
    sandbox: &Sandbox,
    vendor: Vendor,
    good_credentials: bool,
    timeout: Duration,
    base_url: Option<&str>,
) -> Arc<dyn OtpProvider> {
    let env = sandbox.client_env(vendor);
    let timeout_ms = timeout.as_millis().to_string();
    let vars = |name: &str| match name {
        "OTPKIT_TIMEOUT_MS" => Some(timeout_ms.clone()),
        secret if !good_credentials && secret.ends_with("_API_KEY") => Some("wrong-key".into()),
        secret if !good_credentials && secret.ends_with("_API_SECRET") => Some("wrong".into()),
        secret if !good_credentials && secret.ends_with("_AUTH_TOKEN") => Some("wrong".into()),
        url if url.ends_with("_BASE_URL") && base_url.is_some() => base_url.map(str::to_string),
        name => env.get(name),
    };
    otpkit::vendors::provider(&facade_vendor(vendor), &vars).expect("the provider builds")
}

/// A router over `vendors`' providers that sends the first one's home country through them,
/// in order; the caller adds what else it needs and builds it.
pub fn routed(sandbox: &Sandbox, vendors: &[Vendor], timeout: Duration) -> otpkit::RouterBuilder {
    let home = otpkit::Phone::parse(vendors[0].example_number())
        .expect("a valid example number")
        .country_code();
    let builder = vendors.iter().fold(otpkit::Router::builder(), |b, &v| {
        b.shared_provider(provider(sandbox, v, true, timeout))
    });
    builder.route(home, vendors.iter().map(|&v| facade_vendor(v)))
}

/// A loopback port that refuses connections by construction: a socket is bound to it and never
/// listens (the kernel answers a connection with a reset), and it stays bound until the test
/// process ends, so no other socket, in this process or another, can take the port meanwhile.
/// (Binding a listener, reading its port and dropping it would free the port for anyone.)
pub fn closed_port() -> u16 {
    let socket = tokio::net::TcpSocket::new_v4().expect("a TCP socket");
    socket
        .bind(([127, 0, 0, 1], 0).into())
        .expect("a free loopback port");
    let port = socket.local_addr().expect("its address").port();
    // Held, not listening, for the rest of the process: callers keep only the number.
    std::mem::forget(socket);
    port
}

/// Every vendor's credentials the sandbox accepts: what no trace, error or `Debug` may show.
pub fn credentials(sandbox: &Sandbox) -> Vec<String> {
    Vendor::ALL
        .into_iter()
        .flat_map(|vendor| {
            sandbox
                .client_env(vendor)
                .iter()
                .filter(|(name, _)| {
                    ["_KEY", "_SECRET", "_TOKEN"]
                        .iter()
                        .any(|suffix| name.ends_with(suffix))
                })
                .map(|(_, value)| value.to_string())
                .collect::<Vec<_>>()
        })
        .collect()
}

/// A sandbox for tests that send to the same number again and again, which pipwave and
/// Twilio Verify would otherwise throttle.
pub async fn sandbox_for_repeat_sends() -> Sandbox {
    let config = otpkit_sandbox::Config {
        destination_limits: false,
        ..Default::default()
    };
    Sandbox::bind(([127, 0, 0, 1], 0).into(), config)
        .await
        .expect("sandbox starts")
}

/// A facade handle for `vendor` against `sandbox`.
pub fn otp(sandbox: &Sandbox, vendor: Vendor) -> Otp {
    Otp::new(
        provider(sandbox, vendor, true, Duration::from_secs(5)),
        otpkit::IdSeal::insecure_unsealed(),
    )
}

/// A code of the same length as `code` that differs in every position.
pub fn wrong(code: &str) -> String {
    code.chars()
        .map(|c| if c == '1' { '2' } else { '1' })
        .collect()
}

/// The process's peak resident set (VmHWM from `/proc/self/status`), in KiB; 0 where unknown.
pub fn peak_rss_kib() -> u64 {
    std::fs::read_to_string("/proc/self/status")
        .ok()
        .and_then(|status| {
            status
                .lines()
                .find_map(|l| l.strip_prefix("VmHWM:"))
                .and_then(|v| v.trim().trim_end_matches("kB").trim().parse().ok())
        })
        .unwrap_or(0)
}

/// Trace output written by a `tracing` subscriber, for tests that search it.
#[derive(Clone, Default)]
pub struct Captured(Arc<Mutex<Vec<u8>>>);

impl Write for Captured {
    fn write(&mut self, bytes: &[u8]) -> std::io::Result<usize> {
        self.0
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .extend_from_slice(bytes);
        Ok(bytes.len())
    }
    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

impl Captured {
    /// Everything written so far.
    pub fn text(&self) -> String {
        String::from_utf8_lossy(&self.0.lock().unwrap_or_else(|e| e.into_inner())).into_owned()
    }
}

/// Captures every trace of this thread, at TRACE level with every span event, until the guard
/// drops.
pub fn capture() -> (Captured, tracing::subscriber::DefaultGuard) {
    let captured = Captured::default();
    let writer = captured.clone();
    let subscriber = tracing_subscriber::fmt()
        .with_max_level(tracing::Level::TRACE)
        .with_ansi(false)
        .with_span_events(tracing_subscriber::fmt::format::FmtSpan::FULL)
        .with_writer(move || writer.clone())
        .finish();
    (captured, tracing::subscriber::set_default(subscriber))
}

/// Set in a child process started by [`in_own_processes`]: the test it runs and its label.
const OWN_PROCESS: &str = "OTPKIT_TEST_OWN_PROCESS";

/// The path of the calling test function as the test harness names it (`load::name`), for
/// [`in_own_process`].
#[macro_export]
macro_rules! this_test {
    () => {{
        fn here() {}
        let path = std::any::type_name_of_val(&here);
        let path = path.strip_suffix("::here").expect("a function path");
        // Without the crate's name: the harness names tests from the crate root.
        path.split_once("::").map_or(path, |(_, test)| test)
    }};
}

/// Runs `body` in a process of its own ([`in_own_processes`] with one label): for a test that
/// sets environment variables or measures the process's peak memory, which the other tests
/// of this binary, running on other threads, would disturb.
pub fn in_own_process(test: &str, body: impl Fn()) {
    in_own_processes(test, &["alone"], 1, |_| body());
}

/// Runs `body(label)` for each label, each in a child process of its own: this test binary
/// again, running only `test` (see [`this_test!`]), at most `at_once` at a time, a new one
/// starting as soon as one ends. Each child must pass, and must have run exactly that one
/// test (a misnamed test would otherwise run nothing and pass). In the child, `body` runs
/// with the child's label.
pub fn in_own_processes(test: &str, labels: &[&str], at_once: usize, body: impl Fn(&str)) {
    if let Ok(own) = std::env::var(OWN_PROCESS) {
        let (running, label) = own.split_once('=').expect("the parent sets test=label");
        assert_eq!(running, test, "the child runs the test it was started for");
        return body(label);
    }
    let exe = std::env::current_exe().expect("the test binary's path");
    let next = std::sync::atomic::AtomicUsize::new(0);
    let failures = Mutex::new(Vec::new());
    std::thread::scope(|scope| {
        for _ in 0..at_once.clamp(1, labels.len().max(1)) {
            scope.spawn(|| {
                while let Some(label) =
                    labels.get(next.fetch_add(1, std::sync::atomic::Ordering::Relaxed))
                {
                    let out = std::process::Command::new(&exe)
                        .args(["--exact", test, "--nocapture", "--test-threads=1"])
                        .env(OWN_PROCESS, format!("{test}={label}"))
                        .output()
                        .expect("the test binary runs again");
                    let stdout = String::from_utf8_lossy(&out.stdout);
                    // The harness shows the child's output with the parent's, on failure.
                    print!("{stdout}");
                    eprint!("{}", String::from_utf8_lossy(&out.stderr));
                    if !out.status.success() || !stdout.contains("test result: ok. 1 passed") {
                        let why = format!("{label}: the child process failed ({})", out.status);
                        failures.lock().unwrap().push(why);
                    }
                }
            });
        }
    });
    let failures = failures.into_inner().unwrap();
    assert!(failures.is_empty(), "{}", failures.join("; "));
}

/// A request as a framework hands it to a webhook: posted to `uri` with `headers` and the raw
/// `body`.
pub fn post(uri: &str, headers: &[(&str, &str)], body: &[u8]) -> http::Request<Vec<u8>> {
    let mut request = http::Request::post(uri);
    for (name, value) in headers {
        request = request.header(*name, *value);
    }
    request.body(body.to_vec()).expect("a valid request")
}

/// Asserts that a webhook refused a report as invalid `field`, saying `says`.
#[track_caller]
pub fn refused(result: Result<otpkit::DeliveryReport, otpkit::Error>, field: &str, says: &str) {
    match result {
        Err(otpkit::Error::InvalidInput { field: f, reason }) if f == field => {
            assert!(reason.contains(says), "{field}: {reason}");
        }
        other => panic!("expected InvalidInput on {field}, got {other:?}"),
    }
}
