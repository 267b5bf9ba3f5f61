//! `otpkit demo`: the real flow through the facade for every vendor, against the embedded
//! sandbox: send, read the code from the inbox, verify a wrong code, verify the right one.

use std::time::Instant;

use otpkit::{Otp, Outcome, SendRequest, VerifyRequest};
use otpkit_sandbox::{Sandbox, Vendor};
use serde_json::{Value, json};

use crate::{exit, output};

struct Row {
    vendor: Vendor,
    to: &'static str,
    id: String,
    sent: String,
    wrong: String,
    right: String,
    millis: f64,
    ok: bool,
}

/// A code that differs from `code` in every position.
fn wrong(code: &str) -> String {
    code.chars()
        .map(|c| if c == '1' { '2' } else { '1' })
        .collect()
}

async fn run_vendor(sandbox: &Sandbox, vendor: Vendor) -> Row {
    let to = vendor.example_number();
    let start = Instant::now();
    let mut row = Row {
        vendor,
        to,
        id: "-".into(),
        sent: "-".into(),
        wrong: "-".into(),
        right: "-".into(),
        millis: 0.0,
        ok: false,
    };
    // Configured as an application would be: from the variables the sandbox hands out.
    let env = sandbox.client_env(vendor);
    let built = vendor
        .name()
        .parse::<otpkit::Vendor>()
        .map_err(otpkit::Error::from)
        .and_then(|name| otpkit::vendors::provider(&name, &|var| env.get(var)));
    // Sealed ids, as in production: the sandbox hands out OTPKIT_ID_SECRET with the rest.
    let seal = otpkit::IdSeal::from_vars(|var| env.get(var));
    let otp = match built.and_then(|provider| Ok(Otp::shared(provider, seal?))) {
        Ok(otp) => otp,
        Err(e) => {
            row.sent = format!("error: {e}");
            return row;
        }
    };
    let sent = match otp.send(&SendRequest::new(to)).await {
        Ok(sent) => sent,
        Err(e) => {
            row.sent = format!("error: {e}");
            return row;
        }
    };
    row.id = sent.id.to_string();
    row.sent = "sent".into();
    let Some(code) = sandbox.last_code_for(to) else {
        row.sent = "nothing delivered".into();
        return row;
    };
    let wrong_outcome = otp
        .verify(&VerifyRequest::new(sent.id.clone(), wrong(&code)).destination(to))
        .await;
    let right_outcome = otp
        .verify(&VerifyRequest::new(sent.id.clone(), &code).destination(to))
        .await;
    row.wrong = wrong_outcome
        .as_ref()
        .map_or_else(|e| format!("error: {e}"), |o| output::outcome_text(*o));
    row.right = right_outcome
        .as_ref()
        .map_or_else(|e| format!("error: {e}"), |o| output::outcome_text(*o));
    row.millis = start.elapsed().as_secs_f64() * 1000.0;
    let delivered_by_vendor = sandbox
        .messages()
        .iter()
        .any(|m| m.vendor == vendor && m.code == code);
    row.ok = delivered_by_vendor
        && matches!(wrong_outcome, Ok(Outcome::Rejected { .. }))
        && right_outcome.ok() == Some(Outcome::Approved);
    row
}

fn short(id: &str) -> String {
    if id.chars().count() > 28 {
        format!("{}…", id.chars().take(27).collect::<String>())
    } else {
        id.to_string()
    }
}

pub async fn run(json_mode: bool) -> u8 {
    let sandbox = match Sandbox::start().await {
        Ok(sandbox) => sandbox,
        Err(e) => {
            output::error(
                json_mode,
                &otpkit::Error::Config(format!("cannot start the sandbox on loopback: {e}").into()),
            );
            return exit::VENDOR;
        }
    };
    let mut rows = Vec::new();
    for vendor in Vendor::ALL {
        rows.push(run_vendor(&sandbox, vendor).await);
    }
    let all_ok = rows.iter().all(|r| r.ok);
    let value: Value = json!({
        "ok": all_ok,
        "sandbox": format!("http://{}", sandbox.addr()),
        "id_secret_variable": otpkit_sandbox::ID_SECRET_ENV.0,
        "vendors": rows.iter().map(|r| json!({
            "vendor": r.vendor.name(), "channel": "sms", "to": r.to, "id": r.id,
            "send": r.sent, "wrong_code": r.wrong, "right_code": r.right, "latency_ms": (r.millis * 10.0).round() / 10.0, "ok": r.ok,
        })).collect::<Vec<_>>(),
    });
    output::print(json_mode, value, || {
        let (id_name, id_secret) = otpkit_sandbox::ID_SECRET_ENV;
        let mut text = format!(
            "otpkit demo against the embedded sandbox at http://{}\n\
             verification ids sealed with {id_name}={id_secret}\n\
             (the sandbox's public secret: set a random one of your own in production)\n\n",
            sandbox.addr()
        );
        // As wide as the longest vendor name.
        let width = rows
            .iter()
            .map(|r| r.vendor.name().len())
            .fold(6, usize::max);
        text += &format!(
            "{:<width$} {:<7} {:<15} {:<29} {:<6} {:<27} {:<10} {:>8}  {}\n",
            "VENDOR",
            "CHANNEL",
            "DESTINATION",
            "VERIFICATION ID",
            "SEND",
            "WRONG CODE",
            "RIGHT CODE",
            "LATENCY",
            ""
        );
        for r in &rows {
            text += &format!(
                "{:<width$} {:<7} {:<15} {:<29} {:<6} {:<27} {:<10} {:>6.1}ms  {}\n",
                r.vendor.name(),
                "sms",
                r.to,
                short(&r.id),
                r.sent,
                r.wrong,
                r.right,
                r.millis,
                if r.ok { "ok" } else { "FAILED" }
            );
        }
        text + if all_ok {
            "\nevery vendor behaved as its spec says"
        } else {
            "\nsome vendor did not behave as its spec says"
        }
    });
    if all_ok { exit::OK } else { exit::NOT_APPROVED }
}
