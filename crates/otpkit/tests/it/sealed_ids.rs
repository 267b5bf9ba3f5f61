//! The trust boundary, over real HTTP: an id an `Otp` hands out is sealed, so an approval
//! means this code, for this person's number, from a verification this application started.
//! Every refusal here happens before any vendor is called: the sandbox counts no request.

use otpkit::{Error, IdSeal, Otp, Outcome, SendRequest, VerificationId, VerifyRequest};
use otpkit_sandbox::{Sandbox, Vendor};

/// A handle over `vendor` configured as an application is: from the variables the sandbox
/// hands out, `OTPKIT_ID_SECRET` included.
fn sealed(sandbox: &Sandbox, vendor: Vendor) -> Otp {
    let env = sandbox.client_env(vendor);
    let provider = otpkit::vendors::provider(&vendor.name().parse().unwrap(), &|n| env.get(n))
        .expect("the vendor builds from the sandbox's variables");
    Otp::shared(provider, IdSeal::from_vars(|n| env.get(n)).unwrap())
}

/// Another valid number of the example number's country: the attacker's own phone.
fn attackers_number(vendor: Vendor) -> String {
    let victim = vendor.example_number();
    let (head, last) = victim.split_at(victim.len() - 1);
    (1..10)
        .map(|d| format!("{head}{}", (last.parse::<u32>().unwrap() + d) % 10))
        .find(|n| otpkit::Phone::parse(n).is_ok())
        .expect("a second valid number in the country")
}

fn refused_on(result: Result<Outcome, Error>, expected: &str) {
    match result {
        Err(Error::InvalidInput { field, .. }) if field == expected => {}
        other => panic!("expected InvalidInput on {expected}, got {other:?}"),
    }
}

/// The swap: an attacker starts a sign-in for the victim's number, has a code sent to their own
/// phone, and submits their own id and code in the victim's session. Today's ids are unsigned
/// and say nothing of the number: `Approved`. Now the id names another destination.
#[tokio::test]
async fn an_id_and_code_sent_to_another_number_never_approve_the_victims() {
    let sandbox = crate::common::sandbox_for_repeat_sends().await;
    for vendor in Vendor::ALL {
        let otp = sealed(&sandbox, vendor);
        let victim = vendor.example_number();
        let attacker = attackers_number(vendor);
        otp.send(&SendRequest::new(victim)).await.unwrap();
        let own = otp.send(&SendRequest::new(&attacker)).await.unwrap().id;
        let code = sandbox.last_code_for(&attacker).expect("delivered");
        let before = sandbox.requests(vendor);
        let swapped =
            VerifyRequest::new(own.to_string().parse().unwrap(), &code).destination(victim);
        refused_on(otp.verify(&swapped).await, "destination");
        assert_eq!(
            sandbox.requests(vendor),
            before,
            "{vendor:?}: no vendor call"
        );
        // The attacker's id still works for the attacker's number, in any format of it.
        let spaced = format!("{} {}", &attacker[..4], &attacker[4..]);
        let honest = VerifyRequest::new(own, &code).destination(spaced);
        assert_eq!(
            otp.verify(&honest).await.unwrap(),
            Outcome::Approved,
            "{vendor:?}"
        );
    }
}

#[tokio::test]
async fn a_check_without_the_expected_destination_is_refused_unsent() {
    let sandbox = Sandbox::start().await.unwrap();
    let vendor = Vendor::Termii;
    let otp = sealed(&sandbox, vendor);
    let to = vendor.example_number();
    let id = otp.send(&SendRequest::new(to)).await.unwrap().id;
    let code = sandbox.last_code_for(to).unwrap();
    let before = sandbox.requests(vendor);
    refused_on(
        otp.verify(&VerifyRequest::new(id, code)).await,
        "destination",
    );
    assert_eq!(sandbox.requests(vendor), before);
}

/// Any change to a sealed id (a vendor field, the destination, the key id, the vendor's name)
/// fails its seal, and is refused before any vendor is called: with the right code too.
#[tokio::test]
async fn every_altered_id_is_refused_before_any_vendor_call() {
    let sandbox = crate::common::sandbox_for_repeat_sends().await;
    for vendor in Vendor::ALL {
        let otp = sealed(&sandbox, vendor);
        let to = vendor.example_number();
        let id = otp.send(&SendRequest::new(to)).await.unwrap().id;
        let code = sandbox.last_code_for(to).unwrap();
        let text = id.to_string();
        assert!(id.is_sealed() && id.fields().is_empty());
        let before = sandbox.requests(vendor);
        let alphabet = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
        for at in 0..text.len() {
            let mut altered = text.clone().into_bytes();
            altered[at] = alphabet
                .iter()
                .copied()
                .find(|&c| c != altered[at])
                .unwrap();
            let Ok(altered) = String::from_utf8(altered) else {
                continue;
            };
            // Not parsing at all is a refusal too.
            let Ok(forged) = altered.parse::<VerificationId>() else {
                continue;
            };
            let result = otp
                .verify(&VerifyRequest::new(forged, &code).destination(to))
                .await;
            assert!(
                matches!(result, Err(Error::InvalidInput { .. })),
                "{vendor:?} at {at}: {result:?}"
            );
        }
        assert_eq!(
            sandbox.requests(vendor),
            before,
            "{vendor:?}: no vendor call"
        );
        let genuine = VerifyRequest::new(id, &code).destination(to);
        assert_eq!(otp.verify(&genuine).await.unwrap(), Outcome::Approved);
    }
}

/// An unsealed id (what a provider issues, or one made by hand) is not one this `Otp` issued.
#[tokio::test]
async fn an_unsealed_id_is_refused_unsent() {
    let sandbox = Sandbox::start().await.unwrap();
    let vendor = Vendor::Pipwave;
    let otp = sealed(&sandbox, vendor);
    let to = vendor.example_number();
    let plain = otp.provider().send(&SendRequest::new(to)).await.unwrap().id;
    let code = sandbox.last_code_for(to).unwrap();
    let before = sandbox.requests(vendor);
    let result = otp
        .verify(&VerifyRequest::new(plain, code).destination(to))
        .await;
    refused_on(result, "verification_id");
    assert_eq!(sandbox.requests(vendor), before);
}

/// pipwave's id carries the number: sealed, neither its text nor its `Debug` shows it.
#[tokio::test]
async fn a_sealed_pipwave_id_does_not_show_the_number() {
    let sandbox = Sandbox::start().await.unwrap();
    let otp = sealed(&sandbox, Vendor::Pipwave);
    let to = Vendor::Pipwave.example_number();
    let id = otp.send(&SendRequest::new(to)).await.unwrap().id;
    let national = &to[3..];
    for shown in [id.to_string(), format!("{id:?}")] {
        assert!(!shown.contains(national), "{shown}");
    }
}

/// Replicas share the secret; a rotated secret still opens the ids its predecessor sealed.
#[tokio::test]
async fn ids_verify_on_another_replica_and_across_a_key_rotation() {
    let sandbox = Sandbox::start().await.unwrap();
    let vendor = Vendor::Octopush;
    let env = sandbox.client_env(vendor);
    let provider =
        || otpkit::vendors::provider(&vendor.name().parse().unwrap(), &|n| env.get(n)).unwrap();
    let old = "2026-06:the secret of june: thirty-two characters";
    let new = "2026-12:the secret of december and 32 characters too";
    let replica = |var: String| {
        Otp::shared(
            provider(),
            IdSeal::from_vars(|_| Some(var.clone())).unwrap(),
        )
    };
    let before_rotation = replica(old.to_string());
    let after_rotation = replica(format!("{new},{old}"));
    let stranger = replica(new.to_string());
    let to = vendor.example_number();
    let id = before_rotation
        .send(&SendRequest::new(to))
        .await
        .unwrap()
        .id;
    let code = sandbox.last_code_for(to).unwrap();
    let request = VerifyRequest::new(id.to_string().parse().unwrap(), &code).destination(to);
    refused_on(stranger.verify(&request).await, "verification_id");
    assert_eq!(
        after_rotation.verify(&request).await.unwrap(),
        Outcome::Approved
    );
    let resent = after_rotation.send(&SendRequest::new(to)).await.unwrap().id;
    assert!(
        resent.to_string().starts_with("octopush.2026-12."),
        "{resent}"
    );
}

/// No silent insecure default: without `OTPKIT_ID_SECRET` an `Otp` is not built from the
/// environment, and the error names the variable.
#[test]
fn from_vars_without_an_id_secret_names_the_variable() {
    let vars = |name: &str| match name {
        "TERMII_API_KEY" => Some("k".to_string()),
        "TERMII_SENDER_ID" => Some("Acme".to_string()),
        _ => None,
    };
    match Otp::from_vars(vars) {
        Err(Error::Config(e)) => assert!(e.message().contains("OTPKIT_ID_SECRET"), "{e}"),
        other => panic!("{other:?}"),
    }
    let with_secret = |name: &str| match name {
        "OTPKIT_ID_SECRET" => Some("1:a secret of at least 32 random characters".to_string()),
        name => vars(name),
    };
    assert!(Otp::from_vars(with_secret).unwrap().id_seal().is_sealing());
}
