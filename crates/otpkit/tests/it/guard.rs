//! The guard over real providers and the sandbox: each rule refuses before any vendor is
//! called (the sandbox's request count stays the same), results settle what was counted, and
//! breakers never move on a refusal.

use std::fmt::Debug;
use std::sync::Arc;
use std::time::Duration;

use otpkit::guard::{Cap, Conversion, Guard, GuardPolicy, GuardStore, MemoryStore, ResendCooldown};
use otpkit::{Error, GuardRule, IdSeal, Otp, Outcome, SendRequest, VerifyRequest};
use otpkit_sandbox::{Fault, FaultKind, Sandbox, Vendor};

use crate::common;

const TIMEOUT: Duration = Duration::from_secs(5);
const HOUR: Duration = Duration::from_secs(3600);

pub fn seal() -> IdSeal {
    IdSeal::new("t", "a test secret of at least 32 characters").unwrap()
}

/// A Nigerian mobile number: `+234`, a 6-digit prefix and 4 digits.
pub fn nigerian(prefix: &str, n: u32) -> String {
    format!("+234{prefix}{n:04}")
}

/// An `Otp` over a guard over a router of `vendors` (the first one's country routed).
pub fn guarded(
    sandbox: &Sandbox,
    vendors: &[Vendor],
    policy: GuardPolicy,
    store: Arc<dyn GuardStore>,
) -> Otp {
    let router = common::routed(sandbox, vendors, TIMEOUT).build().unwrap();
    let guard = Guard::builder(router)
        .policy(policy)
        .shared_store(store)
        .build()
        .unwrap();
    Otp::new(guard, seal())
}

fn memory() -> Arc<dyn GuardStore> {
    Arc::new(MemoryStore::new())
}

#[track_caller]
pub fn refused_by<T: Debug>(result: Result<T, Error>) -> (GuardRule, Option<Duration>) {
    match result {
        Err(Error::GuardRefused { rule, retry_after }) => (rule, retry_after),
        other => panic!("expected a guard refusal, got {other:?}"),
    }
}

/// Sends `request`, which must go out; returns the id and the code delivered.
pub async fn sent(
    otp: &Otp,
    sandbox: &Sandbox,
    request: SendRequest,
) -> (otpkit::VerificationId, String) {
    let to = request.to().to_string();
    let sent = otp.send(&request).await.expect("the guard admits the send");
    let code = sandbox.last_code_for(&to).expect("the code was delivered");
    (sent.id, code)
}

#[tokio::test]
async fn by_default_a_resend_waits_about_a_minute_and_never_reaches_the_vendor() {
    let sandbox = Sandbox::start().await.unwrap();
    let otp = guarded(
        &sandbox,
        &[Vendor::Termii],
        GuardPolicy::default(),
        memory(),
    );
    let number = Vendor::Termii.example_number();
    sent(&otp, &sandbox, SendRequest::new(number)).await;
    let before = sandbox.requests(Vendor::Termii);
    let (rule, wait) = refused_by(otp.send(&SendRequest::new(number)).await);
    assert_eq!(rule, GuardRule::ResendCooldown);
    let wait = wait.unwrap();
    // 60 s, ±10 % jitter.
    assert!(
        wait >= Duration::from_secs(53) && wait <= Duration::from_secs(66),
        "{wait:?}"
    );
    assert_eq!(
        sandbox.requests(Vendor::Termii),
        before,
        "the vendor was not called"
    );
    let error = otp.send(&SendRequest::new(number)).await.unwrap_err();
    assert_eq!(error.kind(), "guard_refused");
    assert!(!error.is_retryable() && !error.may_have_reached_vendor() && error.vendor().is_none());
    assert!(error.to_string().contains("resend_cooldown"), "{error}");
}

#[tokio::test]
async fn each_cap_refuses_past_its_limit_and_the_vendor_never_sees_it() {
    let sandbox = common::sandbox_for_repeat_sends().await;
    let cap = Some(Cap::new(2, HOUR));
    // (rule, policy, the n-th request): the first two are admitted.
    type Case = (GuardRule, GuardPolicy, fn(u32) -> SendRequest);
    let cases: [Case; 5] = [
        (
            GuardRule::DestinationCap,
            GuardPolicy::none().destination_cap(cap),
            |_| SendRequest::new(nigerian("803100", 1)),
        ),
        (
            GuardRule::CallerCap,
            GuardPolicy::none().caller_cap(cap),
            |n| SendRequest::new(nigerian("803200", n)).caller("203.0.113.7"),
        ),
        (
            GuardRule::CountryCap,
            GuardPolicy::none().country_cap(cap),
            |n| SendRequest::new(nigerian("803300", n)),
        ),
        (
            GuardRule::DailySpend,
            GuardPolicy::none().daily_spend(Some(2)),
            |n| SendRequest::new(nigerian("803400", n)),
        ),
        // A price table: codes to Nigeria cost 3 of a budget of 7.
        (
            GuardRule::DailySpend,
            GuardPolicy::none().daily_spend(Some(7)).price(234, 3),
            |n| SendRequest::new(nigerian("803500", n)),
        ),
    ];
    for (rule, policy, request) in cases {
        let otp = guarded(&sandbox, &[Vendor::Termii], policy, memory());
        for n in 0..2 {
            otp.send(&request(n))
                .await
                .unwrap_or_else(|e| panic!("{rule}: {e}"));
        }
        let before = sandbox.requests(Vendor::Termii);
        let (refused, wait) = refused_by(otp.send(&request(2)).await);
        assert_eq!(refused, rule);
        assert!(
            wait.unwrap() > Duration::from_secs(3000),
            "{rule}: the window's rest"
        );
        assert_eq!(sandbox.requests(Vendor::Termii), before, "{rule}: not sent");
    }
    // Without a caller, no caller limit applies: otpkit invents no key.
    let otp = guarded(
        &sandbox,
        &[Vendor::Termii],
        GuardPolicy::none().caller_cap(cap),
        memory(),
    );
    for n in 0..3 {
        otp.send(&SendRequest::new(nigerian("803600", n)))
            .await
            .unwrap();
    }
}

#[tokio::test]
async fn e_mail_has_destination_and_caller_limits_only() {
    let sandbox = common::sandbox_for_repeat_sends().await;
    let policy = GuardPolicy::none()
        .destination_cap(Some(Cap::new(1, HOUR)))
        .country_cap(Some(Cap::new(1, HOUR)))
        .conversion(Some(Conversion {
            min_sends: 1,
            min_rate: 1.0,
            ..Conversion::default()
        }));
    let otp = guarded(&sandbox, &[Vendor::Termii], policy, memory());
    let email = |to: &str| {
        SendRequest::new(to)
            .channel(otpkit::Channel::Email)
            .sender_id("12345")
    };
    otp.send(&email("ada@example.com")).await.unwrap();
    otp.send(&email("bola@example.com")).await.unwrap();
    let (rule, _) = refused_by(otp.send(&email("ADA@example.com")).await);
    assert_eq!(
        rule,
        GuardRule::DestinationCap,
        "addresses compare in lower case"
    );
}

#[tokio::test]
async fn the_allowlist_is_the_routed_countries_and_twilio_alone_is_a_configuration_error() {
    let sandbox = common::sandbox_for_repeat_sends().await;
    // Termii routed for Nigeria, Twilio Verify on the catch-all: France is not allowed.
    let router = common::routed(&sandbox, &[Vendor::Termii, Vendor::TwilioVerify], TIMEOUT)
        .build()
        .unwrap();
    let guard = Guard::builder(router)
        .policy(GuardPolicy::none())
        .build()
        .unwrap();
    assert_eq!(guard.countries(), [234]);
    let otp = Otp::new(guard, seal());
    let before = sandbox.requests(Vendor::TwilioVerify);
    let (rule, wait) = refused_by(otp.send(&SendRequest::new("+33612345678")).await);
    assert_eq!((rule, wait), (GuardRule::CountryNotAllowed, None));
    assert_eq!(sandbox.requests(Vendor::TwilioVerify), before);

    let twilio = common::provider(&sandbox, Vendor::TwilioVerify, true, TIMEOUT);
    let alone = otpkit::Router::builder()
        .shared_provider(twilio.clone())
        .build()
        .unwrap();
    match Guard::builder(alone).build() {
        Err(Error::Config(e)) => assert!(e.message().contains("GuardPolicy::countries"), "{e}"),
        other => panic!("{other:?}"),
    }
    // Named, the countries are the allowlist.
    let guard = Guard::builder(twilio)
        .policy(GuardPolicy::none().countries([1, 33]))
        .build()
        .unwrap();
    assert_eq!(guard.countries(), [1, 33]);
}

/// The conversion breaker of these tests: 5 sends below 50 % approved block a prefix.
fn breaker() -> GuardPolicy {
    GuardPolicy::none().conversion(Some(Conversion {
        min_sends: 5,
        min_rate: 0.5,
        ..Conversion::default()
    }))
}

#[tokio::test]
async fn a_prefix_that_never_verifies_is_blocked_and_pumping_it_never_blocks_another() {
    let sandbox = common::sandbox_for_repeat_sends().await;
    let otp = guarded(&sandbox, &[Vendor::Termii], breaker(), memory());
    for n in 0..5 {
        otp.send(&SendRequest::new(nigerian("803700", n)))
            .await
            .unwrap();
    }
    let before = sandbox.requests(Vendor::Termii);
    for n in 5..20 {
        let (rule, wait) = refused_by(otp.send(&SendRequest::new(nigerian("803700", n))).await);
        assert_eq!(rule, GuardRule::PrefixConversion);
        assert!(wait.unwrap() <= Duration::from_secs(15 * 60));
    }
    assert_eq!(sandbox.requests(Vendor::Termii), before);
    // The next prefix up, and the same digits elsewhere, are untouched.
    for prefix in ["803701", "813700"] {
        for n in 0..5 {
            otp.send(&SendRequest::new(nigerian(prefix, n)))
                .await
                .unwrap();
        }
    }
}

#[tokio::test]
async fn approvals_keep_a_prefix_open_and_a_resend_is_not_a_new_verification() {
    let sandbox = common::sandbox_for_repeat_sends().await;
    // 5 sends below 40 % approved block the prefix; a verification in flight counts as not
    // approved yet.
    let policy = GuardPolicy::none().conversion(Some(Conversion {
        min_sends: 5,
        min_rate: 0.4,
        ..Conversion::default()
    }));
    let otp = guarded(&sandbox, &[Vendor::Termii], policy, memory());
    for n in 0..12 {
        let number = nigerian("803800", n);
        sent(&otp, &sandbox, SendRequest::new(&number)).await;
        // Every other number is sent a second code, then verified: 12 verifications, 6
        // approved (50 %), and 18 sends (33 %: had each send counted, the prefix would be
        // blocked by the 5th number).
        if n % 2 == 0 {
            let (id, code) = sent(&otp, &sandbox, SendRequest::new(&number)).await;
            let check = VerifyRequest::new(id, code).destination(&number);
            assert_eq!(otp.verify(&check).await.unwrap(), Outcome::Approved);
        }
    }
}

#[tokio::test]
async fn an_approval_is_credited_only_from_a_sealed_id() {
    let sandbox = common::sandbox_for_repeat_sends().await;
    let policy = GuardPolicy::none().resend_cooldown(Some(ResendCooldown::default()));
    let store = memory();
    let number = nigerian("803900", 1);

    // Sealed: the approval relaxes the cooldown, so a new code may go at once.
    let otp = guarded(&sandbox, &[Vendor::Termii], policy.clone(), store.clone());
    let (id, code) = sent(&otp, &sandbox, SendRequest::new(&number)).await;
    refused_by(otp.send(&SendRequest::new(&number)).await);
    let check = VerifyRequest::new(id, code).destination(&number);
    assert_eq!(otp.verify(&check).await.unwrap(), Outcome::Approved);
    sent(&otp, &sandbox, SendRequest::new(&number)).await;

    // Unsealed: the destination is the application's text, never credited.
    let router = common::routed(&sandbox, &[Vendor::Termii], TIMEOUT)
        .build()
        .unwrap();
    let guard = Guard::builder(router).policy(policy).build().unwrap();
    let unsealed = Otp::new(guard, IdSeal::insecure_unsealed());
    let number = nigerian("803900", 2);
    let (id, code) = sent(&unsealed, &sandbox, SendRequest::new(&number)).await;
    let check = VerifyRequest::new(id, code).destination(&number);
    assert_eq!(unsealed.verify(&check).await.unwrap(), Outcome::Approved);
    let (rule, _) = refused_by(unsealed.send(&SendRequest::new(&number)).await);
    assert_eq!(rule, GuardRule::ResendCooldown);
}

#[tokio::test]
async fn checks_are_capped_per_verification_and_per_caller() {
    let sandbox = common::sandbox_for_repeat_sends().await;
    let policy = GuardPolicy::none()
        .verify_attempts(Some(Cap::new(2, HOUR)))
        .caller_verify_attempts(Some(Cap::new(3, HOUR)));
    let otp = guarded(&sandbox, &[Vendor::Termii], policy, memory());
    let number = nigerian("804000", 1);
    let (id, code) = sent(&otp, &sandbox, SendRequest::new(&number)).await;
    let wrong = common::wrong(&code);
    let check = |code: &str, caller: &str| {
        VerifyRequest::new(id.clone(), code)
            .destination(&number)
            .caller(caller)
    };
    for _ in 0..2 {
        assert!(!otp.verify(&check(&wrong, "a")).await.unwrap().is_approved());
    }
    let before = sandbox.requests(Vendor::Termii);
    let (rule, _) = refused_by(otp.verify(&check(&code, "b")).await);
    assert_eq!(
        rule,
        GuardRule::VerifyAttempts,
        "even the right code, past the cap"
    );
    assert_eq!(sandbox.requests(Vendor::Termii), before);

    // Caller "c" spreads its guesses over verifications, one each: its own cap stops it.
    for n in 0..4 {
        let number = nigerian("804001", n);
        let (id, code) = sent(&otp, &sandbox, SendRequest::new(&number)).await;
        let check = VerifyRequest::new(id, common::wrong(&code))
            .destination(&number)
            .caller("c");
        let result = otp.verify(&check).await;
        if n < 3 {
            assert!(!result.unwrap().is_approved());
        } else {
            assert_eq!(refused_by(result).0, GuardRule::CallerVerifyAttempts);
        }
    }
}

#[tokio::test]
async fn nothing_sent_is_given_back_and_maybe_sent_is_kept() {
    let sandbox = common::sandbox_for_repeat_sends().await;
    let policy = GuardPolicy::none().destination_cap(Some(Cap::new(1, HOUR)));
    let otp = guarded(&sandbox, &[Vendor::Termii], policy.clone(), memory());
    let number = nigerian("804100", 1);
    // Refused before any request (no vendor sends 11-character codes): given back.
    let bad = SendRequest::new(&number).code_length(11);
    assert!(matches!(
        otp.send(&bad).await,
        Err(Error::InvalidInput { .. } | Error::Unsupported { .. })
    ));
    // A refused connection: given back.
    let port = common::closed_port();
    let down = common::provider_at(
        &sandbox,
        Vendor::Termii,
        &format!("http://127.0.0.1:{port}"),
        TIMEOUT,
    );
    let guard = Guard::builder(down)
        .policy(policy.clone().countries([234]))
        .build()
        .unwrap();
    let refused_connection = Otp::new(guard, seal());
    let error = refused_connection
        .send(&SendRequest::new(&number))
        .await
        .unwrap_err();
    assert_eq!(error.kind(), "transport");
    assert!(
        refused_connection
            .send(&SendRequest::new(&number))
            .await
            .is_err_and(|e| e.kind() == "transport"),
        "given back: the second attempt reached the provider too"
    );
    otp.send(&SendRequest::new(&number)).await.unwrap();

    // The vendor acted, then answered 502: the code may be on its way, so it counts.
    let number = nigerian("804100", 2);
    sandbox
        .inject(Fault::new(Vendor::Termii, FaultKind::ActThenStatus { status: 502 }).times(1))
        .unwrap();
    assert_eq!(
        otp.send(&SendRequest::new(&number))
            .await
            .unwrap_err()
            .kind(),
        "vendor"
    );
    assert_eq!(
        refused_by(otp.send(&SendRequest::new(&number)).await).0,
        GuardRule::DestinationCap
    );
}

#[tokio::test]
async fn a_refusal_over_termii_then_twilio_calls_neither_and_moves_no_breaker() {
    let sandbox = common::sandbox_for_repeat_sends().await;
    let router = common::routed(&sandbox, &[Vendor::Termii, Vendor::TwilioVerify], TIMEOUT)
        .build()
        .unwrap();
    let guard = Guard::builder(router).build().unwrap();
    let otp = Otp::new(guard, seal());
    let number = Vendor::Termii.example_number();
    sent(&otp, &sandbox, SendRequest::new(number)).await;
    let health = format!("{:?}", otp.health_report().await);
    let requests = [Vendor::Termii, Vendor::TwilioVerify].map(|v| sandbox.requests(v));
    for _ in 0..5 {
        refused_by(otp.send(&SendRequest::new(number)).await);
    }
    assert_eq!(
        [Vendor::Termii, Vendor::TwilioVerify].map(|v| sandbox.requests(v)),
        requests
    );
    assert_eq!(
        format!("{:?}", otp.health_report().await),
        health,
        "no breaker moved"
    );
}

#[tokio::test]
async fn twilios_60203_holds_the_destination_so_the_next_send_stops_in_the_guard() {
    // The sandbox enforces Twilio's five sends to a number without a check.
    let sandbox = Sandbox::start().await.unwrap();
    let twilio = common::provider(&sandbox, Vendor::TwilioVerify, true, TIMEOUT);
    let guard = Guard::builder(twilio)
        .policy(GuardPolicy::none().countries([1]))
        .build()
        .unwrap();
    let otp = Otp::new(guard, seal());
    let number = Vendor::TwilioVerify.example_number();
    for _ in 0..5 {
        otp.send(&SendRequest::new(number)).await.unwrap();
    }
    match otp.send(&SendRequest::new(number)).await {
        Err(Error::DestinationLimited { .. }) => {}
        other => panic!("the 6th send is Twilio's 60203: {other:?}"),
    }
    let before = sandbox.requests(Vendor::TwilioVerify);
    let (rule, wait) = refused_by(otp.send(&SendRequest::new(number)).await);
    assert_eq!(rule, GuardRule::ResendCooldown);
    assert!(
        wait.unwrap() > Duration::from_secs(9 * 60),
        "the vendor hold: {wait:?}"
    );
    assert_eq!(
        sandbox.requests(Vendor::TwilioVerify),
        before,
        "the 7th was not sent"
    );
}

/// A store that answers a refusal of a step no decision has.
#[derive(Debug)]
struct Broken;

#[otpkit::async_trait]
impl GuardStore for Broken {
    async fn admit(
        &self,
        _: &[otpkit::guard::Step],
    ) -> Result<otpkit::guard::Admission, otpkit::guard::StoreError> {
        Ok(otpkit::guard::Admission::Refused {
            step: 99,
            retry_after: Duration::ZERO,
        })
    }

    async fn adjust(
        &self,
        _: &[(otpkit::guard::Key, otpkit::guard::Adjust)],
    ) -> Result<(), otpkit::guard::StoreError> {
        Ok(())
    }
}

#[tokio::test]
async fn a_store_answering_nonsense_fails_closed() {
    let sandbox = common::sandbox_for_repeat_sends().await;
    let otp = guarded(
        &sandbox,
        &[Vendor::Termii],
        GuardPolicy::default(),
        Arc::new(Broken),
    );
    let before = sandbox.requests(Vendor::Termii);
    let error = otp
        .send(&SendRequest::new(Vendor::Termii.example_number()))
        .await
        .unwrap_err();
    assert_eq!(error.kind(), "guard_store", "{error}");
    assert!(error.to_string().contains("step 99"), "{error}");
    assert_eq!(sandbox.requests(Vendor::Termii), before);
}
