//! A real `redis-server` for the guard's tests, started on a free loopback port with nothing
//! saved to disk, and stopped when dropped. `.ci/run` installs it; a machine without it fails
//! the test saying so. Shared with the CLI's tests, which use only part of it.

#![allow(dead_code)]

use std::net::TcpListener;
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

pub struct RedisServer {
    child: Option<Child>,
    port: u16,
}

const SERVER: &str = "redis-server";
const CLI: &str = "redis-cli";

impl RedisServer {
    /// A new server on a free loopback port; panics saying why when none can start.
    pub fn start() -> Self {
        for _ in 0..5 {
            let port = free_port();
            let mut server = Self { child: None, port };
            if server.spawn().is_ok() {
                return server;
            }
        }
        panic!("redis-server did not start on any of 5 free loopback ports");
    }

    pub fn url(&self) -> String {
        format!("redis://127.0.0.1:{}", self.port)
    }

    /// Stops the server (SIGKILL: no clean shutdown, as a crash).
    pub fn kill(&mut self) {
        if let Some(mut child) = self.child.take() {
            let _ = child.kill();
            let _ = child.wait();
        }
    }

    /// Starts it again on the same port, empty.
    pub fn restart(&mut self) {
        self.kill();
        self.spawn()
            .unwrap_or_else(|why| panic!("redis-server did not restart: {why}"));
    }

    fn spawn(&mut self) -> Result<(), String> {
        // Not installed: fail the test saying so (a port clash, below, tries another port).
        let child = Command::new(SERVER)
            .args(["--port", &self.port.to_string(), "--bind", "127.0.0.1"])
            .args(["--save", "", "--appendonly", "no"])
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .unwrap_or_else(|e| {
                panic!(
                    "cannot run `{SERVER}` ({e}): install it (Debian: apt-get install \
                     redis-server; .ci/run does)"
                )
            });
        self.child = Some(child);
        let deadline = Instant::now() + Duration::from_secs(10);
        while Instant::now() < deadline {
            if self.cli(&["PING"]).as_deref() == Ok("PONG") {
                return Ok(());
            }
            if let Some(child) = self.child.as_mut()
                && let Ok(Some(status)) = child.try_wait()
            {
                self.child = None;
                return Err(format!("redis-server exited: {status}"));
            }
            std::thread::sleep(Duration::from_millis(20));
        }
        self.kill();
        Err("redis-server did not answer PING within 10 s".into())
    }

    /// Runs `redis-cli` against this server: its output, trimmed.
    pub fn cli(&self, args: &[&str]) -> Result<String, String> {
        let out = Command::new(CLI)
            .args(["-h", "127.0.0.1", "-p", &self.port.to_string()])
            .args(args)
            .output()
            .map_err(|e| format!("cannot run `{CLI}` ({e}): it comes with redis-server"))?;
        let text = String::from_utf8_lossy(&out.stdout).trim().to_string();
        if out.status.success() && !text.starts_with("Could not connect") {
            Ok(text)
        } else {
            Err(text)
        }
    }

    /// Every key in the server.
    pub fn keys(&self) -> Vec<String> {
        self.cli(&["--scan"])
            .expect("redis-cli --scan")
            .lines()
            .map(str::to_string)
            .collect()
    }

    /// Calls of `command` (`evalsha`) since the server started, from `INFO commandstats`.
    pub fn calls(&self, command: &str) -> u64 {
        let stats = self
            .cli(&["INFO", "commandstats"])
            .expect("INFO commandstats");
        let prefix = format!("cmdstat_{command}:calls=");
        stats
            .lines()
            .find_map(|line| line.strip_prefix(&prefix))
            .and_then(|rest| rest.split(',').next())
            .and_then(|n| n.parse().ok())
            .unwrap_or(0)
    }
}

impl Drop for RedisServer {
    fn drop(&mut self) {
        self.kill();
    }
}

/// A loopback port free now (the server binds it right after; a clash retries another).
fn free_port() -> u16 {
    TcpListener::bind(("127.0.0.1", 0))
        .and_then(|l| l.local_addr())
        .map(|a| a.port())
        .expect("a free loopback port")
}
