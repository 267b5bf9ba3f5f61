//! The baseline: the same send-and-verify cycle written by hand with plain `reqwest` JSON
//! requests, as an application would without otpkit.

use std::time::{Duration, SystemTime, UNIX_EPOCH};

use otpkit_sandbox::{Config, Vendor};
use serde_json::{Value, json};

pub struct Raw {
    http: reqwest::Client,
    base: String,
    vendor: Vendor,
    config: Config,
}

/// A setting of the sandbox's (every one has a default).
fn var<'a>(config: &'a Config, name: &str) -> &'a str {
    config.var(name).unwrap_or_default()
}

fn err(e: impl std::fmt::Display) -> String {
    e.to_string()
}

impl Raw {
    /// The vendors with a hand-written baseline below.
    pub const VENDORS: [&str; 4] = ["termii", "pipwave", "shoutout", "octopush"];

    pub fn new(base: String, vendor: Vendor, config: Config) -> Result<Self, String> {
        let http = otpkit_http::builder()
            .map_err(err)?
            .timeout(Duration::from_secs(10))
            .build()
            .map_err(err)?;
        Ok(Self {
            http,
            base,
            vendor,
            config,
        })
    }

    async fn post(
        &self,
        path: &str,
        body: Value,
        headers: &[(&str, &str)],
        put: bool,
    ) -> Result<(u16, Value), String> {
        let url = format!("{}{path}", self.base);
        let mut request = if put {
            self.http.put(url)
        } else {
            self.http.post(url)
        }
        .json(&body);
        for (name, value) in headers {
            request = request.header(*name, *value);
        }
        let response = request.send().await.map_err(err)?;
        let status = response.status().as_u16();
        Ok((status, response.json().await.map_err(err)?))
    }

    /// Sends a code to `to` (`+E.164`); returns what verification needs.
    pub async fn send(&self, to: &str) -> Result<Vec<String>, String> {
        let c = &self.config;
        let digits = to.trim_start_matches('+');
        match self.vendor.name() {
            "termii" => {
                let body = json!({
                    "api_key": var(c, "TERMII_API_KEY"), "message_type": "NUMERIC", "pin_type": "NUMERIC", "to": digits,
                    "from": "Acme", "channel": "generic", "pin_attempts": 3, "pin_time_to_live": 10, "pin_length": 6,
                    "pin_placeholder": "< 1234 >", "message_text": "Your verification code is < 1234 >",
                });
                let (_, answer) = self.post("/api/sms/otp/send", body, &[], false).await?;
                Ok(vec![
                    answer["pinId"].as_str().ok_or("no pinId")?.to_string(),
                ])
            }
            "pipwave" => {
                let (dialing, contact) = (&digits[..2], &digits[2..]);
                let timestamp = SystemTime::now()
                    .duration_since(UNIX_EPOCH)
                    .map_err(err)?
                    .as_secs()
                    .to_string();
                let fields = [
                    ("action", "send-token"),
                    ("timestamp", timestamp.as_str()),
                    ("api_key", var(c, "PIPWAVE_API_KEY")),
                    ("user_id", digits),
                    ("contact_no_country_dialing_code", dialing),
                    ("contact_no", contact),
                ];
                let signature =
                    otpkit_pipwave::signature::sign(fields, var(c, "PIPWAVE_API_SECRET"));
                let body = json!({
                    "action": "send-token", "timestamp": timestamp.parse::<i64>().map_err(err)?, "api_key": var(c, "PIPWAVE_API_KEY"),
                    "user_id": digits, "contact_no_country_dialing_code": dialing, "contact_no": contact, "signature": signature,
                });
                let (_, answer) = self
                    .post(
                        "/phone-verify",
                        body,
                        &[("x-api-key", var(c, "PIPWAVE_API_KEY"))],
                        false,
                    )
                    .await?;
                let reference = answer["reference"].as_i64().ok_or("no reference")?;
                Ok(vec![
                    reference.to_string(),
                    digits.to_string(),
                    dialing.to_string(),
                    contact.to_string(),
                ])
            }
            "shoutout" => {
                let body = json!({
                    "source": "ShoutDEMO", "destination": digits, "transport": "sms",
                    "content": { "sms": "Your verification code is {{code}}" },
                });
                let auth = format!("Apikey {}", var(c, "SHOUTOUT_API_KEY"));
                let (_, answer) = self
                    .post("/otpservice/send", body, &[("authorization", &auth)], false)
                    .await?;
                Ok(vec![
                    answer["referenceId"]
                        .as_str()
                        .ok_or("no referenceId")?
                        .to_string(),
                ])
            }
            "octopush" => {
                let body = json!({ "phone_number": to, "channel": "sms" });
                let headers = [
                    ("api-login", var(c, "OCTOPUSH_API_LOGIN")),
                    ("api-key", var(c, "OCTOPUSH_API_KEY")),
                ];
                let (_, answer) = self
                    .post("/service/otp/generate", body, &headers, false)
                    .await?;
                Ok(vec![
                    answer["otp_request_token"]
                        .as_str()
                        .ok_or("no token")?
                        .to_string(),
                ])
            }
            other => Err(format!("no hand-written baseline for {other}")),
        }
    }

    /// Verifies `code`; whether it was approved.
    pub async fn verify(&self, id: &[String], code: &str) -> Result<bool, String> {
        let c = &self.config;
        match self.vendor.name() {
            "termii" => {
                let body =
                    json!({ "api_key": var(c, "TERMII_API_KEY"), "pin_id": id[0], "pin": code });
                let (_, answer) = self.post("/api/sms/otp/verify", body, &[], false).await?;
                Ok(answer["verified"] == "True" || answer["verified"] == true)
            }
            "pipwave" => {
                let timestamp = SystemTime::now()
                    .duration_since(UNIX_EPOCH)
                    .map_err(err)?
                    .as_secs()
                    .to_string();
                let fields = [
                    ("action", "verify-token-answer"),
                    ("timestamp", timestamp.as_str()),
                    ("api_key", var(c, "PIPWAVE_API_KEY")),
                    ("user_id", id[1].as_str()),
                    ("reference", id[0].as_str()),
                    ("contact_no_country_dialing_code", id[2].as_str()),
                    ("contact_no", id[3].as_str()),
                    ("answer", code),
                ];
                let signature =
                    otpkit_pipwave::signature::sign(fields, var(c, "PIPWAVE_API_SECRET"));
                let body = json!({
                    "action": "verify-token-answer", "timestamp": timestamp.parse::<i64>().map_err(err)?,
                    "api_key": var(c, "PIPWAVE_API_KEY"), "user_id": id[1], "reference": id[0].parse::<i64>().map_err(err)?,
                    "contact_no_country_dialing_code": id[2], "contact_no": id[3], "answer": code, "signature": signature,
                });
                let (_, answer) = self
                    .post(
                        "/phone-verify",
                        body,
                        &[("x-api-key", var(c, "PIPWAVE_API_KEY"))],
                        false,
                    )
                    .await?;
                Ok(answer["status"] == 200)
            }
            "shoutout" => {
                let auth = format!("Apikey {}", var(c, "SHOUTOUT_API_KEY"));
                let body = json!({ "code": code, "referenceId": id[0] });
                let (status, answer) = self
                    .post(
                        "/otpservice/verify",
                        body,
                        &[("authorization", &auth)],
                        false,
                    )
                    .await?;
                Ok(status == 200 && answer["statusCode"] == "1000")
            }
            "octopush" => {
                let headers = [
                    ("api-login", var(c, "OCTOPUSH_API_LOGIN")),
                    ("api-key", var(c, "OCTOPUSH_API_KEY")),
                ];
                let body = json!({ "otp_request_token": id[0], "code": code });
                let (status, answer) = self
                    .post("/service/otp/validate", body, &headers, true)
                    .await?;
                Ok(status < 300 && answer["code"] == 0)
            }
            other => Err(format!("no hand-written baseline for {other}")),
        }
    }
}
