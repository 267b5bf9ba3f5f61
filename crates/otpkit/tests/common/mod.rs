//! A sandbox with a facade provider for each vendor, configured with the sandbox's credentials.

#![allow(dead_code)]

use std::time::Duration;

use otpkit::vendors::{octopush::Octopush, pipwave::Pipwave, shoutout::Shoutout, termii::Termii};
use otpkit::{Error, Otp, OtpProvider};
use otpkit_sandbox::{Sandbox, Vendor};

/// A destination in each vendor's home country.
pub fn number_for(vendor: Vendor) -> &'static str {
    match vendor {
        Vendor::Termii => "+2348012345678",
        Vendor::Pipwave => "+60123456789",
        Vendor::Shoutout => "+94771234567",
        Vendor::Octopush => "+33612345678",
    }
}

pub fn facade_vendor(vendor: Vendor) -> otpkit::Vendor {
    match vendor {
        Vendor::Termii => otpkit::Vendor::Termii,
        Vendor::Pipwave => otpkit::Vendor::Pipwave,
        Vendor::Shoutout => otpkit::Vendor::Shoutout,
        Vendor::Octopush => otpkit::Vendor::Octopush,
    }
}

/// The provider for `vendor` against `sandbox`; `good_credentials: false` gives it wrong ones.
pub fn provider(
    sandbox: &Sandbox,
    vendor: Vendor,
    good_credentials: bool,
    timeout: Duration,
) -> Box<dyn OtpProvider> {
    let c = sandbox.config();
    let key = |right: &str| {
        if good_credentials {
            right.to_string()
        } else {
            "wrong-key".to_string()
        }
    };
    let url = sandbox.base_url(vendor);
    let built: Result<Box<dyn OtpProvider>, Error> = match vendor {
        Vendor::Termii => Termii::builder()
            .api_key(key(&c.termii_api_key))
            .base_url(url)
            .sender_id("Acme")
            .timeout(timeout)
            .build()
            .map(|p| Box::new(p) as _),
        Vendor::Pipwave => Pipwave::builder()
            .api_key(c.pipwave_api_key.clone())
            .api_secret(key(&c.pipwave_api_secret))
            .base_url(url)
            .timeout(timeout)
            .build()
            .map(|p| Box::new(p) as _),
        Vendor::Shoutout => Shoutout::builder()
            .api_key(key(&c.shoutout_api_key))
            .base_url(url)
            .sender_id("ShoutDEMO")
            .timeout(timeout)
            .build()
            .map(|p| Box::new(p) as _),
        Vendor::Octopush => Octopush::builder()
            .api_login(c.octopush_api_login.clone())
            .api_key(key(&c.octopush_api_key))
            .base_url(url)
            .timeout(timeout)
            .build()
            .map(|p| Box::new(p) as _),
    };
    built.expect("the provider builds")
}

/// A sandbox for tests that send to the same number again and again, which pipwave would
/// otherwise throttle.
pub async fn sandbox_for_repeat_sends() -> Sandbox {
    let config = otpkit_sandbox::Config {
        pipwave_resend_after: Duration::ZERO,
        ..Default::default()
    };
    Sandbox::bind(([127, 0, 0, 1], 0).into(), config)
        .await
        .expect("sandbox starts")
}

/// A facade handle for `vendor` against `sandbox`.
pub fn otp(sandbox: &Sandbox, vendor: Vendor) -> Otp {
    Otp::new(provider(sandbox, vendor, true, Duration::from_secs(5)))
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
