//! Every example body the specs document (copied from the vendors' pages) decodes into the
//! generated types and encodes back to the same JSON; and the verbatim response bodies of the
//! vendor pages in `../shared/vendors/` decode too.

use otpkit_tests::{Example, examples, normalize_numbers};

use crate::round_trip_types::{Check, decode};
use serde::Serialize;
use serde::de::DeserializeOwned;
use xtask::{spec, workspace_root};

/// Decodes `value` as `T`, encodes it again and checks nothing was lost or changed.
fn round_trip<T: DeserializeOwned + Serialize>(example: &Example) -> Result<(), String> {
    let typed: T = serde_json::from_value(example.value.clone()).map_err(|e| e.to_string())?;
    let back = serde_json::to_value(&typed).map_err(|e| e.to_string())?;
    if without_nulls(normalize_numbers(&back)) != without_nulls(normalize_numbers(&example.value)) {
        return Err(format!("re-encoded as {back}"));
    }
    Ok(())
}

/// `value` without the object fields that are `null`: a vendor that writes `null` for an
/// absent value (Twilio) means what an absent field means, and an `Option` encodes it as absent.
fn without_nulls(value: serde_json::Value) -> serde_json::Value {
    use serde_json::Value;
    match value {
        Value::Object(map) => Value::Object(
            map.into_iter()
                .filter(|(_, v)| !v.is_null())
                .map(|(k, v)| (k, without_nulls(v)))
                .collect(),
        ),
        Value::Array(items) => Value::Array(items.into_iter().map(without_nulls).collect()),
        other => other,
    }
}

/// [`round_trip`] as the generated map calls it.
struct RoundTrip;

impl Check for RoundTrip {
    fn check<T: DeserializeOwned + Serialize>(&self, example: &Example) -> Result<(), String> {
        round_trip::<T>(example)
    }
}

/// Every example body of every spec decodes into the generated type the spec names for it
/// (`round_trip_types.rs`, derived from the specs) and encodes back to the same JSON.
#[test]
fn every_example_of_every_spec_round_trips() {
    let mut failures = Vec::new();
    for &vendor in xtask::vendors().unwrap() {
        let spec = spec::load(&workspace_root(), vendor).unwrap();
        let all = examples(&spec);
        assert!(all.len() > 1, "{vendor}: only {} examples found", all.len());
        for example in &all {
            let at = format!(
                "{vendor} {} {} {}",
                example.operation_id, example.status, example.name
            );
            match decode(vendor, example, &RoundTrip) {
                None => failures.push(format!(
                    "{at}: the spec names no schema for it (give the body a `$ref` to a named schema)"
                )),
                Some(Err(e)) => failures.push(format!("{at}: {e}")),
                Some(Ok(())) => {}
            }
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

/// The signatures in pipwave's request examples are what `otpkit_pipwave::signature` computes
/// with the secret the spec names ("sample-secret").
#[test]
fn pipwave_example_signatures_are_real() {
    let spec = spec::load(&workspace_root(), "pipwave").unwrap();
    let requests: Vec<Example> = examples(&spec)
        .into_iter()
        .filter(|e| e.status == "request")
        .collect();
    assert_eq!(requests.len(), 2);
    for example in requests {
        let request: otpkit_pipwave::types::PhoneVerifyRequest =
            serde_json::from_value(example.value).unwrap();
        assert!(
            otpkit_pipwave::signature::verify(&request, "sample-secret"),
            "{}",
            example.name
        );
    }
}

// Response bodies exactly as the original vendor pages print them (../shared/vendors/).

#[test]
fn termii_page_bodies_decode() {
    let sent: otpkit_termii::types::SendTokenResponse = serde_json::from_str(
        r#"{
    "pinId": "29ae67c2-c8e1-4165-8a51-8d3d7c298081",
    "to": "2348109077743",
    "smsStatus": "Message Sent"
  }"#,
    )
    .unwrap();
    assert_eq!(sent.pin_id, "29ae67c2-c8e1-4165-8a51-8d3d7c298081");
    let in_app: otpkit_termii::types::InAppTokenResponse = serde_json::from_str(
        r#"{
       "status": "success",
       "data":
     {
         "pin_id": "db34d5ce-9bd4-4f10-b8ec-8ee402ccd0",
         "otp": "522726",
         "phone_number": "2348109077743",
         "phone_number_other": "Termii"
     }
  }"#,
    )
    .unwrap();
    assert_eq!(in_app.data.otp, "522726");
}

#[test]
fn termii_verified_decodes_in_every_observed_form() {
    use otpkit_termii::types::{Verified, VerifyTokenResponse};
    for (body, expected) in [
        (
            r#"{"pinId":"p","verified":"True","msisdn":"234"}"#,
            Verified::String("True".into()),
        ),
        (r#"{"verified":true}"#, Verified::Boolean(true)),
        (
            r#"{"verified":false,"attemptsRemaining":2}"#,
            Verified::Boolean(false),
        ),
        (
            r#"{"verified":"Expired"}"#,
            Verified::String("Expired".into()),
        ),
    ] {
        let decoded: VerifyTokenResponse = serde_json::from_str(body).unwrap();
        assert_eq!(decoded.verified, expected, "{body}");
    }
}

#[test]
fn shoutout_page_body_decodes() {
    let sent: otpkit_shoutout::types::SendOtpResponse = serde_json::from_str(
        r#"{
       "referenceId": "f437c171-2d08-48c8-a4a2-xxxxxxxx",
       "messageResult": {
         "status": "1001",
         "description": "submit success",
         "cost": 1,
         "responses": [{
           "destination": "94711234567",
           "reference_id": "82ec4200-d386-11e8-b097-xxxxxxxxxxx",
           "status": "1001",
           "cost": 1
         }]
       }
      }"#,
    )
    .unwrap();
    assert_eq!(sent.reference_id, "f437c171-2d08-48c8-a4a2-xxxxxxxx");
    let error: otpkit_shoutout::types::Error =
        serde_json::from_str(r#"{ "message": "<error message>" }"#).unwrap();
    assert_eq!(error.message.as_deref(), Some("<error message>"));
}

#[test]
fn octopush_page_body_decodes() {
    let sent: otpkit_octopush::types::GenerateOtpResponse = serde_json::from_str(
        r#"{
  "code": 0,
  "message": "*****",
  "ticket_number": "*****",
  "otp_request_token": "******"
}"#,
    )
    .unwrap();
    assert_eq!(sent.code, Some(0));
}

/// A vendor adding a field, or a new status value, must not break decoding.
#[test]
fn unknown_fields_and_status_values_decode() {
    let _: otpkit_termii::types::SendTokenResponse = serde_json::from_str(
        r#"{"pinId":"x","smsStatus":"Queued Somewhere New","brand_new":{"a":1}}"#,
    )
    .unwrap();
    let pipwave: otpkit_pipwave::types::PhoneVerifyResponse =
        serde_json::from_str(r#"{"status":"7777","message":"new","trace_id":"t"}"#).unwrap();
    assert_eq!(
        pipwave.status,
        otpkit_pipwave::types::Status::String("7777".into())
    );
    let _: otpkit_shoutout::types::VerifyOtpResponse =
        serde_json::from_str(r#"{"statusCode":"1099","description":"new","extra":[1,2]}"#).unwrap();
    let _: otpkit_octopush::types::Error =
        serde_json::from_str(r#"{"code":250,"message":"new","hint":"x"}"#).unwrap();
}
