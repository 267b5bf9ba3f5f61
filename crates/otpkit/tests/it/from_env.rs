//! `Otp::from_env` builds a router over every vendor configured in the environment. (In a
//! process of its own: it sets process-wide environment variables.)

use otpkit::{Otp, Outcome, SendRequest};
use otpkit_sandbox::{Sandbox, Vendor};

#[test]
fn from_env_configures_and_routes_every_vendor() {
    crate::common::in_own_process(crate::this_test!(), || {
        let runtime = tokio::runtime::Runtime::new().expect("a runtime");
        runtime.block_on(configures_and_routes_every_vendor());
    });
}

async fn configures_and_routes_every_vendor() {
    let sandbox = Sandbox::start().await.unwrap();
    // Every vendor's settings, as the sandbox hands them out (credentials, base URL, sender ID).
    let mut vars: Vec<(String, String)> = Vendor::ALL
        .into_iter()
        .flat_map(|v| {
            let env = sandbox.client_env(v);
            env.iter()
                .map(|(n, v)| (n.to_string(), v.to_string()))
                .collect::<Vec<_>>()
        })
        .collect();
    vars.push(("OTPKIT_TIMEOUT_MS".into(), "4000".into()));
    // SAFETY: this process runs this one test only, so no other thread reads the environment.
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
    // Every vendor configured, but no id secret: no silent insecure default.
    unsafe { std::env::remove_var("OTPKIT_ID_SECRET") };
    let unsealed = Otp::from_env().unwrap_err().to_string();
    assert!(unsealed.contains("OTPKIT_ID_SECRET"), "{unsealed}");
    let (name, secret) = otpkit_sandbox::ID_SECRET_ENV;
    unsafe { std::env::set_var(name, secret) };
    let otp = Otp::from_env().unwrap();
    assert_eq!(otp.capabilities().len(), Vendor::ALL.len());
    // Each home country goes to its vendor; the rest of the world to Twilio Verify.
    for vendor in Vendor::ALL {
        let to = vendor.example_number();
        let sent = otp.send(&SendRequest::new(to)).await.unwrap();
        let message = sandbox.messages().pop().unwrap();
        assert_eq!(message.vendor, vendor);
        assert_eq!(
            otp.verify(&otpkit::VerifyRequest::new(sent.id.clone(), &message.code).destination(to))
                .await
                .unwrap(),
            Outcome::Approved
        );
    }
}
