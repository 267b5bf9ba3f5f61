//! A provider's own ids are plain base64 (an `Otp` seals them: see `sealed_ids.rs`), so anyone
//! holding one can re-encode it with other fields. Defence in depth below the seal: the vendor
//! binds each session to what it was sent for (pipwave to the user and number, Termii to the
//! pin id), so a tampered plain id must never verify as approved either, even with the right
//! code.

use crate::common::{number_for, otp};
use base64::Engine;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use otpkit::{Outcome, SendRequest, VerificationId};
use otpkit_sandbox::{Sandbox, Vendor};

/// The id's fields, as the facade encodes them (`<vendor>.<base64url of fields joined by \n>`).
fn fields(id: &VerificationId) -> (String, Vec<String>) {
    let text = id.to_string();
    let (vendor, payload) = text.split_once('.').unwrap();
    let decoded = String::from_utf8(URL_SAFE_NO_PAD.decode(payload).unwrap()).unwrap();
    (
        vendor.to_string(),
        decoded.split('\n').map(String::from).collect(),
    )
}

/// `id` re-encoded with field `index` replaced by `value`.
fn tampered(id: &VerificationId, index: usize, value: &str) -> VerificationId {
    let (vendor, mut fields) = fields(id);
    fields[index] = value.to_string();
    format!("{vendor}.{}", URL_SAFE_NO_PAD.encode(fields.join("\n")))
        .parse()
        .expect("a tampered id still parses: only the vendor can tell")
}

#[tokio::test]
async fn a_pipwave_id_for_another_number_or_user_is_never_approved() {
    let sandbox = Sandbox::start().await.unwrap();
    let otp = otp(&sandbox, Vendor::Pipwave);
    let to = number_for(Vendor::Pipwave);
    let id = otp.send(&SendRequest::new(to)).await.unwrap().id;
    let code = sandbox.last_code_for(to).unwrap();
    let (_, original) = fields(&id);
    assert_eq!(
        original.len(),
        4,
        "reference, user id, dialing code, contact_no"
    );
    assert_eq!(
        original[3], "123456789",
        "the national number pipwave was sent"
    );
    for (index, value) in [(3, "123456780"), (1, "someone-else"), (2, "65")] {
        let forged = tampered(&id, index, value);
        let outcome = otp
            .verify(&otpkit::VerifyRequest::new(forged.clone(), &code))
            .await
            .unwrap();
        assert_ne!(outcome, Outcome::Approved, "field {index} = {value}");
    }
    // The genuine id still verifies: the forgeries spent nothing of it.
    assert_eq!(
        otp.verify(&otpkit::VerifyRequest::new(id.clone(), &code))
            .await
            .unwrap(),
        Outcome::Approved
    );
}

#[tokio::test]
async fn a_termii_id_with_another_pin_id_is_never_approved() {
    let sandbox = crate::common::sandbox_for_repeat_sends().await;
    let otp = otp(&sandbox, Vendor::Termii);
    let to = number_for(Vendor::Termii);
    let first = otp.send(&SendRequest::new(to)).await.unwrap().id;
    let first_code = sandbox.last_code_for(to).unwrap();
    // A second code whose value differs from the first (codes are random: six digits repeat
    // twenty times in a row once in 10^100 runs, so the bound is never what ends the search).
    let mut second = None;
    for _ in 0..20 {
        let id = otp.send(&SendRequest::new(to)).await.unwrap().id;
        let code = sandbox.last_code_for(to).unwrap();
        if code != first_code {
            second = Some((id, code));
            break;
        }
    }
    let (second, second_code) = second.expect("a second code that differs from the first");
    let (_, second_fields) = fields(&second);
    // The first code against the second pin id: the pin id decides, not the code.
    let forged = tampered(&first, 0, &second_fields[0]);
    assert_eq!(forged, second, "the forgery is byte for byte the second id");
    let outcome = otp
        .verify(&otpkit::VerifyRequest::new(forged.clone(), &first_code))
        .await
        .unwrap();
    assert!(matches!(outcome, Outcome::Rejected { .. }), "{outcome:?}");
    // A pin id Termii never issued.
    let unknown = tampered(&first, 0, "29ae67c2-c8e1-4165-8a51-8d3d7c298081");
    assert_eq!(
        otp.verify(&otpkit::VerifyRequest::new(unknown.clone(), &first_code))
            .await
            .unwrap(),
        Outcome::NotFound
    );
    assert_eq!(
        otp.verify(&otpkit::VerifyRequest::new(first.clone(), &first_code))
            .await
            .unwrap(),
        Outcome::Approved
    );
    assert_eq!(
        otp.verify(&otpkit::VerifyRequest::new(second.clone(), &second_code))
            .await
            .unwrap(),
        Outcome::Approved
    );
}
