//! Balances and status look-ups through the facade, over the sandbox: the vendors that
//! document a balance answer it (Termii's wallet in its currency, Octopush's in euros), the
//! others say they offer none, naming themselves (status look-ups: `status.rs`).

use otpkit::{Error, OtpProvider, SendRequest};
use otpkit_sandbox::{Sandbox, Vendor};

use crate::common::{facade_vendor, number_for, otp, provider};

#[tokio::test]
async fn termii_and_octopush_answer_their_balance_from_the_wallet() {
    let sandbox = Sandbox::start().await.unwrap();
    for (vendor, amount, unit) in [
        (Vendor::Termii, 12.5, "NGN"),
        (Vendor::Octopush, 3.25, "EUR"),
    ] {
        sandbox.set_balance(vendor, amount).unwrap();
        let balance = otp(&sandbox, vendor)
            .balance(&facade_vendor(vendor))
            .await
            .unwrap_or_else(|e| panic!("{vendor}: {e}"));
        assert_eq!(
            (balance.vendor.name(), balance.amount, balance.unit.as_str()),
            (vendor.name(), amount, unit)
        );
    }
    // A send is charged: Termii's wallet is what is left.
    let otp = otp(&sandbox, Vendor::Termii);
    otp.send(&SendRequest::new(number_for(Vendor::Termii)))
        .await
        .unwrap();
    let left = otp.balance(&otpkit::Vendor::TERMII).await.unwrap();
    assert!(left.amount < 12.5, "{left:?}");
}

#[tokio::test]
async fn a_balance_with_wrong_credentials_is_unauthorized() {
    let sandbox = Sandbox::start().await.unwrap();
    for vendor in [Vendor::Termii, Vendor::Octopush] {
        let wrong = provider(&sandbox, vendor, false, std::time::Duration::from_secs(5));
        match wrong.balance(&facade_vendor(vendor)).await {
            Err(Error::Unauthorized { vendor: v }) => assert_eq!(v.name(), vendor.name()),
            other => panic!("{vendor}: {other:?}"),
        }
    }
}

#[tokio::test]
async fn vendors_without_a_look_up_say_so_naming_themselves() {
    let sandbox = Sandbox::start().await.unwrap();
    for vendor in [Vendor::Pipwave, Vendor::Shoutout, Vendor::TwilioVerify] {
        let before = sandbox.requests(vendor);
        match otp(&sandbox, vendor).balance(&facade_vendor(vendor)).await {
            Err(Error::Unsupported { vendor: v, what }) => {
                assert_eq!(v.name(), vendor.name());
                assert_eq!(what, "balance look-ups");
            }
            other => panic!("{vendor}: {other:?}"),
        }
        assert_eq!(sandbox.requests(vendor), before, "no request was made");
    }
}

#[tokio::test]
async fn a_provider_answers_only_its_own_vendors_balance() {
    let sandbox = Sandbox::start().await.unwrap();
    let termii = provider(
        &sandbox,
        Vendor::Termii,
        true,
        std::time::Duration::from_secs(5),
    );
    match termii.balance(&otpkit::Vendor::OCTOPUSH).await {
        Err(Error::InvalidInput {
            field: "vendor",
            reason,
        }) => {
            assert!(reason.contains("octopush"), "{reason}");
        }
        other => panic!("{other:?}"),
    }
}
