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

/// The guard scene: what the default policy refuses, with nothing reaching the vendor.
struct GuardScene {
    /// The rule that refused a resend at once, and its wait in seconds.
    resend: Result<(String, u64), String>,
    /// Codes sent to sequential numbers of one prefix before the rule that refused.
    pumped: Result<(u32, String, u64), String>,
    /// Whether the sandbox saw exactly the sends the guard admitted.
    unsent: bool,
}

impl GuardScene {
    fn ok(&self) -> bool {
        matches!(&self.resend, Ok((rule, _)) if rule == "resend_cooldown")
            && matches!(&self.pumped, Ok((_, rule, _)) if rule == "prefix_conversion")
            && self.unsent
    }
}

/// The first number the pumping bot asks codes for; it counts up from there.
const PUMPED_PREFIX: &str = "+234703000";

/// Termii behind a guard with the default policy: a resend at once, then a bot asking codes for
/// sequential numbers of one prefix and never verifying them.
async fn guard_scene(sandbox: &Sandbox) -> GuardScene {
    let refused = |result: Result<otpkit::Verification, otpkit::Error>| match result {
        Err(otpkit::Error::GuardRefused { rule, retry_after }) => Ok((
            rule.name().to_string(),
            retry_after.map_or(0, |d| d.as_secs()),
        )),
        Err(e) => Err(format!("error: {e}")),
        Ok(_) => Err("sent".to_string()),
    };
    let env = sandbox.client_env(Vendor::Termii);
    let vars = |var: &str| env.get(var);
    let otp = otpkit::vendors::router(&vars)
        .and_then(|router| otpkit::Guard::builder(router).build())
        .and_then(|guard| Ok(Otp::new(guard, otpkit::IdSeal::from_vars(vars)?)));
    let otp = match otp {
        Ok(otp) => otp,
        Err(e) => {
            let why = format!("error: {e}");
            return GuardScene {
                resend: Err(why.clone()),
                pumped: Err(why),
                unsent: false,
            };
        }
    };
    let requests = sandbox.requests(Vendor::Termii);
    let to = Vendor::Termii.example_number();
    let first = otp.send(&SendRequest::new(to)).await;
    let resend = match first {
        Ok(_) => refused(otp.send(&SendRequest::new(to)).await),
        Err(e) => Err(format!("error: {e}")),
    };
    let mut sent = 0;
    let mut pumped = Err("never refused".to_string());
    for n in 0..100 {
        let number = format!("{PUMPED_PREFIX}{n:04}");
        match otp.send(&SendRequest::new(number).caller("bot")).await {
            Ok(_) => sent += 1,
            result => {
                pumped = refused(result).map(|(rule, wait)| (sent, rule, wait));
                break;
            }
        }
    }
    GuardScene {
        resend,
        pumped,
        unsent: sandbox.requests(Vendor::Termii) == requests + 1 + u64::from(sent),
    }
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
    let scene = guard_scene(&sandbox).await;
    let all_ok = rows.iter().all(|r| r.ok) && scene.ok();
    let value: Value = json!({
        "ok": all_ok,
        "sandbox": format!("http://{}", sandbox.addr()),
        "id_secret_variable": otpkit_sandbox::ID_SECRET_ENV.0,
        "vendors": rows.iter().map(|r| json!({
            "vendor": r.vendor.name(), "channel": "sms", "to": r.to, "id": r.id,
            "send": r.sent, "wrong_code": r.wrong, "right_code": r.right, "latency_ms": (r.millis * 10.0).round() / 10.0, "ok": r.ok,
        })).collect::<Vec<_>>(),
        "guard": {
            "policy": "default", "store": "memory",
            "resend": scene.resend.as_ref().map_or_else(
                |e| json!({ "error": e }),
                |(rule, wait)| json!({ "refused": rule, "retry_after_s": wait })),
            "pumping": scene.pumped.as_ref().map_or_else(
                |e| json!({ "error": e }),
                |(sent, rule, wait)| json!({ "prefix": format!("{PUMPED_PREFIX}xxxx"), "sent": sent, "refused": rule, "retry_after_s": wait })),
            "nothing_refused_reached_the_vendor": scene.unsent,
            "ok": scene.ok(),
        },
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
        let to = Vendor::Termii.example_number();
        text += "\nguard (the default policy, counting in memory) in front of termii:\n";
        text += &match &scene.resend {
            Ok((rule, wait)) => format!(
                "  {:<48}refused: {rule}, retry after {wait} s\n",
                format!("a second code to {to} at once")
            ),
            Err(e) => format!("  {:<48}{e}\n", format!("a second code to {to} at once")),
        };
        text += &match &scene.pumped {
            Ok((sent, rule, wait)) => format!(
                "  {:<48}{sent} codes sent, then refused: {rule} for {} min\n",
                format!("a bot pumping {PUMPED_PREFIX}xxxx, never verifying"),
                wait / 60
            ),
            Err(e) => format!(
                "  {:<48}{e}\n",
                format!("a bot pumping {PUMPED_PREFIX}xxxx")
            ),
        };
        text += if scene.unsent {
            "  no refused request reached the vendor\n"
        } else {
            "  a refused request reached the vendor\n"
        };
        text + if all_ok {
            "\nevery vendor behaved as its spec says"
        } else {
            "\nsome vendor did not behave as its spec says"
        }
    });
    if all_ok { exit::OK } else { exit::NOT_APPROVED }
}
