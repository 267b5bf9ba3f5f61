//! The inbox page's load time with 10,000 messages: the sandbox filled through ShoutOUT's send
//! route, then a headless Chromium (chromedriver) opens the page, and the time runs from the
//! navigation until the list shows the count of every message (fetched, filtered and drawn).

use std::time::{Duration, Instant};

use fantoccini::Locator;
use otpkit_sandbox::{Config, Sandbox, Vendor};
use serde_json::{Value, json};

#[path = "../../../tests/tests/it/browser.rs"]
mod browser;

/// Fills the inbox with `count` messages through ShoutOUT's send route, 16 at a time.
async fn fill(sandbox: &Sandbox, count: usize) -> Result<(), String> {
    let http = otpkit_http::builder()
        .map_err(|e| e.to_string())?
        .build()
        .map_err(|e| e.to_string())?;
    let url = format!("{}/otpservice/send", sandbox.base_url(Vendor::Shoutout));
    let key = sandbox
        .client_env(Vendor::Shoutout)
        .get("SHOUTOUT_API_KEY")
        .unwrap_or_default();
    let mut sent = 0;
    while sent < count {
        let batch = (count - sent).min(16);
        let mut sends = tokio::task::JoinSet::new();
        for i in 0..batch {
            let body = json!({
                "source": "ShoutDEMO", "destination": format!("+947712{:05}", (sent + i) % 100_000),
                "transport": "sms", "content": { "sms": "Your code is {{code}}" },
            });
            let request = http
                .post(&url)
                .header("authorization", format!("Apikey {key}"))
                .json(&body);
            sends.spawn(request.send());
        }
        while let Some(answer) = sends.join_next().await {
            let answer = answer
                .map_err(|e| format!("a send task failed: {e}"))?
                .map_err(|e| format!("a send failed: {e}"))?;
            if !answer.status().is_success() {
                return Err(format!("a send answered {}", answer.status()));
            }
        }
        sent += batch;
    }
    Ok(())
}

/// Loads the page `runs` times with `messages` in the inbox: the median and the slowest load.
pub async fn page_load(messages: usize, runs: usize) -> Result<Value, String> {
    let config = Config {
        destination_limits: false,
        ..Config::default()
    };
    let sandbox = Sandbox::bind(([127, 0, 0, 1], 0).into(), config)
        .await
        .map_err(|e| format!("the sandbox: {e}"))?;
    fill(&sandbox, messages).await?;
    let driver = browser::Driver::start();
    let browser = driver.browser().await;
    let url = format!("http://{}/", sandbox.addr());
    let shown = format!("({messages}, newest");
    let mut times = Vec::new();
    for _ in 0..runs {
        browser
            .goto("about:blank")
            .await
            .map_err(|e| e.to_string())?;
        let start = Instant::now();
        browser.goto(&url).await.map_err(|e| e.to_string())?;
        loop {
            let count = browser
                .find(Locator::Css("#count"))
                .await
                .map_err(|e| e.to_string())?
                .text()
                .await
                .map_err(|e| e.to_string())?;
            if count.starts_with(&shown) {
                break;
            }
            if start.elapsed() > Duration::from_secs(30) {
                return Err(format!("the page showed `{count}` after 30 s"));
            }
            tokio::time::sleep(Duration::from_millis(5)).await;
        }
        times.push(start.elapsed().as_secs_f64() * 1000.0);
    }
    let _ = browser.close().await;
    times.sort_by(f64::total_cmp);
    let round = |x: f64| (x * 10.0).round() / 10.0;
    Ok(json!({
        "messages": messages,
        "runs": runs,
        "median_ms": round(times[times.len() / 2]),
        "slowest_ms": round(times[times.len() - 1]),
    }))
}
