//! A headless Chromium driven over WebDriver, for the inbox page's test and its page-load
//! benchmark (`otpkit-bench` includes this file): chromedriver on a free loopback port, stopped
//! on drop, and a Chromium session with the flags a root CI machine needs. A missing Chromium
//! or chromedriver is a panic saying how to install it: never a skip.

use std::net::TcpListener;
use std::process::{Child, Command, Stdio};
use std::time::Duration;

use fantoccini::{Client, ClientBuilder};
use serde_json::json;

/// How long chromedriver may take to listen.
const START: Duration = Duration::from_secs(20);

/// A program on the `PATH` or in /usr/bin, under one of `names`.
fn program(names: &[&str]) -> Option<String> {
    let path = std::env::var("PATH").unwrap_or_default();
    names.iter().find_map(|name| {
        std::env::split_paths(&path)
            .chain([std::path::PathBuf::from("/usr/bin")])
            .map(|dir| dir.join(name))
            .find(|candidate| candidate.is_file())
            .map(|p| p.display().to_string())
    })
}

const INSTALL: &str = "on Debian, `apt-get install chromium chromium-driver` (`.ci/run` does it)";

/// chromedriver on a free loopback port, stopped on drop.
pub struct Driver {
    child: Child,
    url: String,
}

impl Driver {
    pub fn start() -> Self {
        let chromedriver = program(&["chromedriver"])
            .unwrap_or_else(|| panic!("chromedriver is not installed: {INSTALL}"));
        let port = TcpListener::bind("127.0.0.1:0")
            .and_then(|l| l.local_addr())
            .expect("a free port")
            .port();
        let child = Command::new(chromedriver)
            .arg(format!("--port={port}"))
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .expect("chromedriver starts");
        let deadline = std::time::Instant::now() + START;
        while std::net::TcpStream::connect(("127.0.0.1", port)).is_err() {
            assert!(
                std::time::Instant::now() < deadline,
                "chromedriver did not listen within {START:?}"
            );
            std::thread::sleep(Duration::from_millis(50));
        }
        Driver {
            child,
            url: format!("http://127.0.0.1:{port}"),
        }
    }

    /// A new headless Chromium session.
    pub async fn browser(&self) -> Client {
        let chromium = program(&["chromium", "chromium-browser", "google-chrome"])
            .unwrap_or_else(|| panic!("Chromium is not installed: {INSTALL}"));
        // As root (CI), Chromium needs --no-sandbox; a small /dev/shm needs the other.
        let options = json!({
            "binary": chromium,
            "args": ["--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu", "--window-size=1100,900"],
        });
        let mut capabilities = serde_json::Map::new();
        capabilities.insert("goog:chromeOptions".into(), options);
        let connector = hyper_util::client::legacy::connect::HttpConnector::new();
        ClientBuilder::new(connector)
            .capabilities(capabilities)
            .connect(&self.url)
            .await
            .expect("a Chromium session")
    }
}

impl Drop for Driver {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}
