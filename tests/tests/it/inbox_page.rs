//! The sandbox's inbox page in a real headless Chromium, driven over WebDriver (chromedriver on
//! a free loopback port): a code sent through the facade appears without a reload, the
//! destination filter narrows the list, the code read from the page verifies through the
//! facade and the page then shows it approved, and a message's `<script>` shows as text. It
//! saves a screenshot as `target/inbox-page.png` (the README's). Chromium missing fails the
//! test, saying how to install it: it is never skipped.

use std::time::Duration;

use fantoccini::{Client, Locator};
use otpkit::{Otp, SendRequest, VerifyRequest};
use otpkit_sandbox::{Sandbox, Vendor};

use crate::browser::Driver;

/// Generous: speed is the benchmark's job, not this test's.
const WAIT: Duration = Duration::from_secs(20);

fn otp(sandbox: &Sandbox, vendor: Vendor) -> Otp {
    let env = sandbox.client_env(vendor);
    Otp::from_vars(|name| env.get(name)).expect("the facade builds")
}

/// The text of the first element `css` finds, once one is there.
async fn text_of(browser: &Client, css: &str) -> String {
    browser
        .wait()
        .at_most(WAIT)
        .for_element(Locator::Css(css))
        .await
        .unwrap_or_else(|e| panic!("no `{css}` on the page: {e}"))
        .text()
        .await
        .expect("its text")
}

/// Waits until `css` matches exactly `count` elements.
async fn wait_for_count(browser: &Client, css: &str, count: usize) {
    let deadline = tokio::time::Instant::now() + WAIT;
    loop {
        let found = browser
            .find_all(Locator::Css(css))
            .await
            .expect("a query")
            .len();
        if found == count {
            return;
        }
        assert!(
            tokio::time::Instant::now() < deadline,
            "`{css}`: {found} elements, not {count}"
        );
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_code_appears_live_filters_and_shows_approved_after_a_facade_verify() {
    let sandbox = Sandbox::start().await.unwrap();
    let driver = Driver::start();
    let browser = driver.browser().await;
    browser
        .goto(&format!("http://{}/", sandbox.addr()))
        .await
        .expect("the page opens");
    assert!(!text_of(&browser, "#status").await.is_empty());
    let live = async {
        while text_of(&browser, "#status").await != "Live" {
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
    };
    tokio::time::timeout(WAIT, live)
        .await
        .expect("the page goes live");

    // Two codes, sent through the facade after the page opened: both appear without a reload.
    let termii = otp(&sandbox, Vendor::Termii);
    let to = "+2348012345678";
    let sent = termii.send(&SendRequest::new(to)).await.unwrap();
    termii
        .send(&SendRequest::new("+2348012345679"))
        .await
        .unwrap();
    wait_for_count(&browser, "#messages li", 2).await;

    // The destination filter keeps one; the code is read from the page.
    browser
        .find(Locator::Css("#destination"))
        .await
        .unwrap()
        .send_keys(to)
        .await
        .unwrap();
    wait_for_count(&browser, "#messages li", 1).await;
    let code = text_of(&browser, "#messages li mark.code").await;
    assert_eq!(Some(code.clone()), sandbox.last_code_for(to));
    assert_eq!(text_of(&browser, "#messages li .state").await, "pending");

    // Verified through the facade: the page shows it approved, still without a reload.
    let outcome = termii
        .verify(&VerifyRequest::new(sent.id, code).destination(to))
        .await
        .unwrap();
    assert!(outcome.is_approved());
    text_of(&browser, "#messages li .state.approved").await;

    let png = browser.screenshot().await.expect("a screenshot");
    let target = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../target");
    std::fs::create_dir_all(&target).unwrap();
    std::fs::write(target.join("inbox-page.png"), png).unwrap();

    // HTML in a message's text is shown as text, for each vendor whose text the caller writes.
    browser
        .find(Locator::Css("#destination"))
        .await
        .unwrap()
        .clear()
        .await
        .unwrap();
    let hostile = "<script>document.title='pwned'</script><b>bold</b> {code}";
    for vendor in [Vendor::Termii, Vendor::Shoutout, Vendor::Octopush] {
        otp(&sandbox, vendor)
            .send(&SendRequest::new(vendor.example_number()).template(hostile))
            .await
            .unwrap_or_else(|e| panic!("{vendor}: {e}"));
    }
    wait_for_count(&browser, "#messages li", 5).await;
    let texts = browser
        .find_all(Locator::Css("#messages li .text"))
        .await
        .unwrap();
    let mut shown = 0;
    for text in texts {
        if text
            .text()
            .await
            .unwrap()
            .contains("<script>document.title='pwned'</script>")
        {
            shown += 1;
        }
    }
    assert_eq!(shown, 3, "each hostile text shows as text");
    assert!(
        browser
            .find_all(Locator::Css("#messages b"))
            .await
            .unwrap()
            .is_empty()
    );
    assert_ne!(browser.title().await.unwrap(), "pwned");
    browser.close().await.unwrap();
}
