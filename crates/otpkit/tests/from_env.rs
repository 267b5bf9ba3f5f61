//! `Otp::from_env` builds a router over every vendor configured in the environment. (Alone in
//! its test binary: it sets process-wide environment variables.)

use otpkit::{Otp, Outcome, SendRequest};
use otpkit_sandbox::{Sandbox, Vendor};

#[tokio::test]
async fn from_env_configures_and_routes_every_vendor() {
    let sandbox = Sandbox::start().await.unwrap();
    let c = sandbox.config().clone();
    let vars = [
        (
            "TERMII_API_KEY",
            c.var("TERMII_API_KEY").unwrap().to_string(),
        ),
        ("TERMII_BASE_URL", sandbox.base_url(Vendor::Termii)),
        ("TERMII_SENDER_ID", "Acme".into()),
        (
            "PIPWAVE_API_KEY",
            c.var("PIPWAVE_API_KEY").unwrap().to_string(),
        ),
        (
            "PIPWAVE_API_SECRET",
            c.var("PIPWAVE_API_SECRET").unwrap().to_string(),
        ),
        ("PIPWAVE_BASE_URL", sandbox.base_url(Vendor::Pipwave)),
        (
            "SHOUTOUT_API_KEY",
            c.var("SHOUTOUT_API_KEY").unwrap().to_string(),
        ),
        ("SHOUTOUT_BASE_URL", sandbox.base_url(Vendor::Shoutout)),
        ("SHOUTOUT_SENDER_ID", "ShoutDEMO".into()),
        (
            "OCTOPUSH_API_LOGIN",
            c.var("OCTOPUSH_API_LOGIN").unwrap().to_string(),
        ),
        (
            "OCTOPUSH_API_KEY",
            c.var("OCTOPUSH_API_KEY").unwrap().to_string(),
        ),
        ("OCTOPUSH_BASE_URL", sandbox.base_url(Vendor::Octopush)),
        ("OTPKIT_TIMEOUT_MS", "4000".into()),
    ];
    // SAFETY: this test binary runs this one test only, so no other thread reads the environment.
    unsafe {
        for (name, _) in &vars {
            std::env::remove_var(name);
        }
    }
    let error = Otp::from_env().unwrap_err();
    assert!(error.to_string().contains("TERMII_API_KEY"), "{error}");
    unsafe {
        std::env::set_var("OTPKIT_TIMEOUT_MS", "soon");
        std::env::set_var("TERMII_API_KEY", "k");
    }
    assert!(
        Otp::from_env()
            .unwrap_err()
            .to_string()
            .contains("OTPKIT_TIMEOUT_MS")
    );
    // Plain http to another host is refused unless OTPKIT_ALLOW_HTTP opts in.
    unsafe {
        for (name, value) in &vars {
            std::env::set_var(name, value);
        }
        std::env::set_var("TERMII_BASE_URL", "http://api.ng.termii.example");
    }
    let refused = Otp::from_env().unwrap_err().to_string();
    assert!(refused.contains("OTPKIT_ALLOW_HTTP=1"), "{refused}");
    unsafe { std::env::set_var("OTPKIT_ALLOW_HTTP", "maybe") };
    let bad = Otp::from_env().unwrap_err().to_string();
    assert!(bad.contains("OTPKIT_ALLOW_HTTP must be"), "{bad}");
    unsafe { std::env::set_var("OTPKIT_ALLOW_HTTP", "1") };
    assert!(Otp::from_env().is_ok(), "allowed by OTPKIT_ALLOW_HTTP=1");
    unsafe {
        std::env::remove_var("OTPKIT_ALLOW_HTTP");
        std::env::set_var("TERMII_BASE_URL", sandbox.base_url(Vendor::Termii));
    }
    let otp = Otp::from_env().unwrap();
    assert_eq!(otp.capabilities().len(), 4);
    for (to, vendor) in [
        ("+2348012345678", Vendor::Termii),
        ("+60123456789", Vendor::Pipwave),
        ("+94771234567", Vendor::Shoutout),
        ("+33612345678", Vendor::Octopush),
    ] {
        let sent = otp.send(&SendRequest::new(to)).await.unwrap();
        let message = sandbox.messages().pop().unwrap();
        assert_eq!(message.vendor, vendor);
        assert_eq!(
            otp.verify(&otpkit::VerifyRequest::new(sent.id.clone(), &message.code))
                .await
                .unwrap(),
            Outcome::Approved
        );
    }
}
