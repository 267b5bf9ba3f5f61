//! Octopush's documented leniency ("How our API deals with incorrect data",
//! octopush-otp-generate.md): a value of the wrong type is cast, prohibited characters are
//! deleted, and a value that cannot be fixed is ignored (its default applies) while the
//! message is still sent. The raw JSON is normalised here, field by field, before it is
//! decoded into the strict generated request type, which stays as the spec describes it.

use serde_json::{Map, Value};

/// Largest text Octopush accepts; a longer one is cut to it.
const MAX_TEXT_CHARS: usize = 1224;

/// Normalises a generate request body in place.
pub(super) fn generate(body: &mut Value) {
    let Some(fields) = body.as_object_mut() else {
        return;
    };
    // A null is no value at all: ignored, so the field's default applies.
    fields.retain(|_, value| !value.is_null());
    fix(fields, "phone_number", phone_number);
    fix(fields, "channel", |v| {
        one_of(&text(v)?.to_ascii_lowercase(), CHANNELS)
    });
    fix(fields, "text", |v| {
        // "Leave this field empty so that only the code is sent": empty means absent.
        let text = text(v)?;
        (!text.is_empty()).then(|| Value::String(text.chars().take(MAX_TEXT_CHARS).collect()))
    });
    fix(fields, "voice_language", |v| {
        // Cased as documented: a language in lower case, a region in upper case.
        let raw = text(v)?;
        let (language, region) = raw.split_once(['-', '_'])?;
        let tag = format!(
            "{}-{}",
            language.to_ascii_lowercase(),
            region.to_ascii_uppercase()
        );
        one_of(&tag, VOICE_LANGUAGES)
    });
    fix(fields, "voice_gender", |v| {
        one_of(&text(v)?.to_ascii_lowercase(), &["male", "female"])
    });
    fix(fields, "sender", |v| {
        let sender: String = text(v)?
            .chars()
            .filter(char::is_ascii_alphanumeric)
            .take(11)
            .collect();
        (sender.len() >= 3).then_some(Value::String(sender))
    });
    fix(fields, "code_length", |v| clamped(v, 3, 32));
    fix(fields, "validity_period", |v| clamped(v, 3, 10_000_000));
    fix(fields, "max_wrong_attempts", |v| {
        clamped(v, 1, i32::MAX.into())
    });
    for flag in [
        "allow_digits",
        "allow_upper_case",
        "allow_lower_case",
        "allow_special_chars",
        "remove_confusing_characters",
    ] {
        fix(fields, flag, boolean);
    }
    fix(fields, "recipient_ip", |v| {
        let ip = text(v)?;
        (!ip.is_empty() && ip.len() <= 100).then_some(Value::String(ip))
    });
}

/// Normalises a validate request body in place.
pub(super) fn validate(body: &mut Value) {
    let Some(fields) = body.as_object_mut() else {
        return;
    };
    fields.retain(|_, value| !value.is_null());
    fix(fields, "phone_number", phone_number);
    fix(fields, "code", |v| text(v).map(Value::String));
    fix(fields, "otp_request_token", |v| text(v).map(Value::String));
}

const CHANNELS: &[&str] = &[
    "sms",
    "text_sms",
    "voice_sms",
    "whatsapp",
    "email",
    "imessage",
];
const VOICE_LANGUAGES: &[&str] = &[
    "en-US", "en-GB", "el-GR", "pl-PL", "hu-HU", "sv-SE", "de-DE", "es-ES", "es-LA", "fr-FR",
    "it-IT", "pt-BR", "ru-RU",
];

/// Replaces `name` with what `repair` makes of it, or removes it when nothing can be made.
fn fix(fields: &mut Map<String, Value>, name: &str, repair: impl Fn(&Value) -> Option<Value>) {
    if let Some(value) = fields.get(name) {
        match repair(value) {
            Some(fixed) => fields.insert(name.into(), fixed),
            None => fields.remove(name),
        };
    }
}

/// A string, or a number or boolean cast to one, trimmed.
fn text(value: &Value) -> Option<String> {
    match value {
        Value::String(s) => Some(s.trim().to_string()),
        Value::Number(n) => Some(n.to_string()),
        Value::Bool(b) => Some(b.to_string()),
        _ => None,
    }
}

fn one_of(candidate: &str, allowed: &[&str]) -> Option<Value> {
    allowed
        .contains(&candidate)
        .then(|| Value::String(candidate.into()))
}

/// A phone number in `+E.164`: spaces, dots, dashes and brackets deleted, a `00` prefix or a
/// missing `+` made into `+`. What is left of something that is no number is kept as it is,
/// and refused when decoded.
fn phone_number(value: &Value) -> Option<Value> {
    let raw = text(value)?;
    let digits: String = raw.chars().filter(char::is_ascii_digit).collect();
    let looks_like_a_number = raw
        .chars()
        .all(|c| c.is_ascii_digit() || " .-()/+".contains(c));
    if !looks_like_a_number || digits.is_empty() {
        return Some(Value::String(raw));
    }
    let international = digits.strip_prefix("00").unwrap_or(&digits);
    Some(Value::String(format!("+{international}")))
}

/// An integer (or a numeric string or a float, truncated) brought into `min..=max`.
fn clamped(value: &Value, min: i64, max: i64) -> Option<Value> {
    let number = match value {
        Value::Number(n) => n.as_i64().or_else(|| n.as_f64().map(|f| f as i64)),
        Value::String(s) => {
            let s = s.trim();
            s.parse::<i64>().ok().or_else(|| {
                s.parse::<f64>()
                    .ok()
                    .filter(|f| f.is_finite())
                    .map(|f| f as i64)
            })
        }
        _ => None,
    }?;
    Some(Value::from(number.clamp(min, max)))
}

/// A boolean, or one of the usual spellings of one (`"true"`, `"0"`, `1`, ...).
fn boolean(value: &Value) -> Option<Value> {
    let truth = match value {
        Value::Bool(b) => *b,
        Value::Number(n) => match n.as_i64()? {
            0 => false,
            1 => true,
            _ => return None,
        },
        Value::String(s) => match s.trim().to_ascii_lowercase().as_str() {
            "true" | "1" | "yes" => true,
            "false" | "0" | "no" => false,
            _ => return None,
        },
        _ => return None,
    };
    Some(Value::Bool(truth))
}

#[cfg(test)]
mod tests {
    use serde_json::json;

    use super::*;

    fn generated(body: Value) -> Value {
        let mut body = body;
        generate(&mut body);
        body
    }

    #[test]
    fn phone_numbers_lose_spaces_and_gain_their_plus() {
        for raw in [
            json!("+33 6 11 22 33 44"),
            json!("0033611223344"),
            json!("33611223344"),
            json!("+33-6-11.22.33.44"),
            json!(33611223344u64),
        ] {
            assert_eq!(
                generated(json!({ "phone_number": raw }))["phone_number"],
                "+33611223344",
                "{raw}"
            );
        }
        assert_eq!(
            generated(json!({ "phone_number": "call me" }))["phone_number"],
            "call me",
            "what is no number is left for the decoder to refuse"
        );
    }

    #[test]
    fn numbers_are_cast_and_brought_into_range() {
        let body = generated(json!({
            "code_length": 100, "validity_period": "60", "max_wrong_attempts": 0,
        }));
        assert_eq!(body["code_length"], 32);
        assert_eq!(body["validity_period"], 60);
        assert_eq!(body["max_wrong_attempts"], 1);
        let body = generated(json!({ "code_length": 1.9, "validity_period": "soon" }));
        assert_eq!(body["code_length"], 3);
        assert!(
            body.get("validity_period").is_none(),
            "unfixable values are ignored"
        );
    }

    #[test]
    fn flags_enums_and_texts_are_fixed_or_ignored() {
        let body = generated(json!({
            "allow_digits": "false", "allow_upper_case": 1, "allow_lower_case": "maybe",
            "channel": "SMS", "voice_language": "fr_fr", "voice_gender": "robot",
            "sender": "Acme Inc.!", "text": "", "recipient_ip": 7,
        }));
        assert_eq!(body["allow_digits"], false);
        assert_eq!(body["allow_upper_case"], true);
        assert!(body.get("allow_lower_case").is_none());
        assert_eq!(body["channel"], "sms");
        assert_eq!(body["voice_language"], "fr-FR");
        assert!(body.get("voice_gender").is_none());
        assert_eq!(body["sender"], "AcmeInc");
        assert!(
            body.get("text").is_none(),
            "an empty text sends only the code"
        );
        assert_eq!(body["recipient_ip"], "7");
        let long = "x".repeat(2000);
        assert_eq!(
            generated(json!({ "text": long }))["text"]
                .as_str()
                .map(|t| t.chars().count()),
            Some(MAX_TEXT_CHARS)
        );
    }

    #[test]
    fn validate_casts_codes_and_numbers() {
        let mut body = json!({ "code": 123456, "phone_number": "+33 6 11 22 33 44" });
        validate(&mut body);
        assert_eq!(
            body,
            json!({ "code": "123456", "phone_number": "+33611223344" })
        );
    }
}
