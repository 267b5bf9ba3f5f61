//! pipwave's request signature (NOTES.md §2.3, from pipwave's sample code, SDK `ApiForm::genSignature`
//! and Magento plugin): take the signed fields plus `api_secret`, sort them by key, concatenate
//! `key:value` with no separator, and send the lowercase SHA-1 hex as `signature`.
//!
//! Each phone-verify action signs exactly the fields its body carries (all but `signature`),
//! so one function signs, and checks, any request body.

use std::collections::BTreeMap;

use serde_json::{Map, Value};
use sha1::{Digest, Sha1};

use crate::types::{PhoneVerifyRequest, SendTokenRequest, VerifyTokenAnswerRequest};

/// The signature of `fields` (key, value) with `api_secret` added: sorted by key,
/// `key:value` concatenated, lowercase SHA-1 hex.
pub fn sign<'a>(
    fields: impl IntoIterator<Item = (&'a str, &'a str)>,
    api_secret: &'a str,
) -> String {
    hex::encode(Sha1::digest(signing_string(fields, api_secret).as_bytes()))
}

/// The text that is hashed: `key:value` for each field and `api_secret`, sorted by key.
fn signing_string<'a>(
    fields: impl IntoIterator<Item = (&'a str, &'a str)>,
    api_secret: &'a str,
) -> String {
    let mut sorted: BTreeMap<&str, &str> = fields.into_iter().collect();
    sorted.insert("api_secret", api_secret);
    sorted
        .iter()
        .map(|(key, value)| format!("{key}:{value}"))
        .collect()
}

/// The signature of a JSON request body: every field but `signature`, with numbers in decimal
/// and strings as they are. `None` when a field is not a string or number (pipwave bodies are flat).
pub fn sign_body(body: &Map<String, Value>, api_secret: &str) -> Option<String> {
    let mut fields = Vec::with_capacity(body.len());
    for (key, value) in body.iter().filter(|(key, _)| key.as_str() != "signature") {
        let value = match value {
            Value::String(s) => s.clone(),
            Value::Number(n) => n.to_string(),
            _ => return None,
        };
        fields.push((key.as_str(), value));
    }
    Some(sign(
        fields.iter().map(|(k, v)| (*k, v.as_str())),
        api_secret,
    ))
}

/// Whether `request` carries the signature `api_secret` gives it (what pipwave checks before
/// answering status 401 "Invalid API signature").
pub fn verify(request: &PhoneVerifyRequest, api_secret: &str) -> bool {
    let Ok(Value::Object(body)) = serde_json::to_value(request) else {
        return false;
    };
    let sent = body.get("signature").and_then(Value::as_str);
    sent.is_some() && sent == sign_body(&body, api_secret).as_deref()
}

/// A request field was out of the spec's bounds (a dialing code with a `+`, a 33-character
/// user id, ...).
#[derive(Debug, thiserror::Error)]
#[error("invalid pipwave request: {0}")]
pub struct InvalidRequest(#[from] serde_json::Error);

fn object<const N: usize>(fields: [(&str, Value); N]) -> Map<String, Value> {
    fields
        .into_iter()
        .map(|(key, value)| (key.to_string(), value))
        .collect()
}

/// Signs `body` (a flat JSON object without `signature`) and decodes it as `T`, which checks
/// every field against the spec.
fn signed<T: serde::de::DeserializeOwned>(
    mut body: Map<String, Value>,
    api_secret: &str,
) -> Result<T, InvalidRequest> {
    let signature = sign_body(&body, api_secret).unwrap_or_default();
    body.insert("signature".into(), Value::String(signature));
    Ok(serde_json::from_value(Value::Object(body))?)
}

/// The fields of a `send-token` request, before signing.
#[derive(Clone, Copy, PartialEq, Eq)]
pub struct SendToken<'a> {
    /// UNIX time of the call, in seconds.
    pub timestamp: i64,
    pub api_key: &'a str,
    /// Your ID of the user who owns the number (at most 32 characters).
    pub user_id: &'a str,
    /// Country dialing code without `+`, e.g. `"60"`.
    pub contact_no_country_dialing_code: &'a str,
    /// The number without the dialing code, digits only.
    pub contact_no: &'a str,
}

impl SendToken<'_> {
    /// The signed request, ready for `client.phone_verify().body(..)`.
    pub fn sign(&self, api_secret: &str) -> Result<PhoneVerifyRequest, InvalidRequest> {
        let body = object([
            ("action", "send-token".into()),
            ("timestamp", self.timestamp.into()),
            ("api_key", self.api_key.into()),
            ("user_id", self.user_id.into()),
            (
                "contact_no_country_dialing_code",
                self.contact_no_country_dialing_code.into(),
            ),
            ("contact_no", self.contact_no.into()),
        ]);
        signed::<SendTokenRequest>(body, api_secret).map(Into::into)
    }
}

/// The fields of a `verify-token-answer` request, before signing.
#[derive(Clone, Copy, PartialEq, Eq)]
pub struct VerifyTokenAnswer<'a> {
    /// UNIX time of the call, in seconds.
    pub timestamp: i64,
    pub api_key: &'a str,
    pub user_id: &'a str,
    /// The `reference` send-token returned.
    pub reference: i64,
    pub contact_no_country_dialing_code: &'a str,
    pub contact_no: &'a str,
    /// The token the user typed.
    pub answer: &'a str,
}

impl VerifyTokenAnswer<'_> {
    /// The signed request, ready for `client.phone_verify().body(..)`.
    pub fn sign(&self, api_secret: &str) -> Result<PhoneVerifyRequest, InvalidRequest> {
        let body = object([
            ("action", "verify-token-answer".into()),
            ("timestamp", self.timestamp.into()),
            ("api_key", self.api_key.into()),
            ("user_id", self.user_id.into()),
            ("reference", self.reference.into()),
            (
                "contact_no_country_dialing_code",
                self.contact_no_country_dialing_code.into(),
            ),
            ("contact_no", self.contact_no.into()),
            ("answer", self.answer.into()),
        ]);
        signed::<VerifyTokenAnswerRequest>(body, api_secret).map(Into::into)
    }
}

#[cfg(test)]
mod tests {
    //! Expected digests were computed independently with Python's `hashlib.sha1`.
    use super::*;

    const KEY: &str = "sdvdas23t3btg34bhb";
    const SECRET: &str = "sample-secret";

    fn send_token() -> SendToken<'static> {
        SendToken {
            timestamp: 1_539_677_150,
            api_key: KEY,
            user_id: "505315",
            contact_no_country_dialing_code: "60",
            contact_no: "123456789",
        }
    }

    fn verify_answer() -> VerifyTokenAnswer<'static> {
        VerifyTokenAnswer {
            timestamp: 1_539_677_150,
            api_key: KEY,
            user_id: "505315",
            reference: 164,
            contact_no_country_dialing_code: "60",
            contact_no: "123456789",
            answer: "123456",
        }
    }

    fn signature_of(request: &PhoneVerifyRequest) -> String {
        let body = serde_json::to_value(request).unwrap();
        body["signature"].as_str().unwrap().to_string()
    }

    #[test]
    fn one_field() {
        assert_eq!(
            sign([("a", "1")], "s"),
            "8d759fa909a8b9a8cfeb0f8c59ba2e178e108bba"
        );
    }

    #[test]
    fn non_ascii_values_are_hashed_as_utf8() {
        assert_eq!(
            sign([("user_id", "Zoë")], "x"),
            "98dfb7e977104c972345b12a243fc21fa448cd8b"
        );
    }

    #[test]
    fn fields_are_sorted_by_key_with_the_secret_and_no_separator() {
        // `contact_no` sorts before `contact_no_country_dialing_code` (it is a prefix).
        let text = signing_string(
            [
                ("user_id", "505315"),
                ("contact_no_country_dialing_code", "60"),
                ("contact_no", "123456789"),
                ("action", "send-token"),
            ],
            SECRET,
        );
        assert_eq!(
            text,
            "action:send-tokenapi_secret:sample-secretcontact_no:123456789contact_no_country_dialing_code:60user_id:505315"
        );
    }

    #[test]
    fn send_token_signs_its_six_fields_and_the_secret() {
        assert_eq!(
            signature_of(&send_token().sign(SECRET).unwrap()),
            "dcaa53e226d54b329f948df1ba5afcfb1c4fa7af"
        );
    }

    #[test]
    fn verify_token_answer_signs_its_eight_fields_and_the_secret() {
        assert_eq!(
            signature_of(&verify_answer().sign(SECRET).unwrap()),
            "a2463b5a46ac00d4b4847950aca47a062a6e4c8b"
        );
    }

    #[test]
    fn verify_accepts_the_right_secret_only() {
        let request = verify_answer().sign(SECRET).unwrap();
        assert!(verify(&request, SECRET));
        assert!(!verify(&request, "another-secret"));
    }

    #[test]
    fn verify_rejects_a_tampered_body() {
        let PhoneVerifyRequest::VerifyTokenAnswerRequest(mut request) =
            verify_answer().sign(SECRET).unwrap()
        else {
            panic!("verify-token-answer signed into the wrong variant");
        };
        request.answer = "654321".parse().unwrap();
        assert!(!verify(&request.into(), SECRET));
    }

    #[test]
    fn out_of_spec_fields_are_refused_by_name() {
        let bad = SendToken {
            contact_no_country_dialing_code: "+60",
            ..send_token()
        };
        let message = bad.sign(SECRET).unwrap_err().to_string();
        assert!(message.contains("^[0-9]{1,5}$"), "{message}");
        let long = "9".repeat(33);
        let bad = SendToken {
            user_id: &long,
            ..send_token()
        };
        assert!(bad.sign(SECRET).is_err());
    }
}
