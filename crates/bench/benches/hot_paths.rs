//! Criterion micro-benchmarks of the hot pure functions: the pipwave signature, verification-id
//! encode and parse, the id seal per send and per verify, phone normalisation, and request
//! serialisation per vendor, and the guard's in-memory decision over a million keys.
//! Run with `cargo bench -p otpkit-bench`.

use std::hint::black_box;

use criterion::{Criterion, criterion_group, criterion_main};

fn signature(c: &mut Criterion) {
    let fields = [
        ("action", "send-token"),
        ("timestamp", "1539677150"),
        ("api_key", "sdvdas23t3btg34bhb"),
        ("user_id", "505315"),
        ("contact_no_country_dialing_code", "60"),
        ("contact_no", "123456789"),
    ];
    c.bench_function("pipwave_signature", |b| {
        b.iter(|| otpkit_pipwave::signature::sign(black_box(fields), black_box("sample-secret")))
    });
}

fn verification_id(c: &mut Criterion) {
    let text = "pipwave.MTY0CjUwNTMxNQo2MAoxMjM0NTY3ODk";
    let id: otpkit::VerificationId = text.parse().expect("a valid id");
    c.bench_function("verification_id_parse", |b| {
        b.iter(|| black_box(text).parse::<otpkit::VerificationId>())
    });
    c.bench_function("verification_id_encode", |b| {
        b.iter(|| black_box(&id).to_string())
    });
}

/// A provider that answers at once, so that an `Otp`'s own work is all that is measured.
#[derive(Debug)]
struct Instant;

const INSTANT: otpkit::Vendor = otpkit::Vendor::from_static("instant");
static CAPABILITIES: otpkit::Capabilities = otpkit::Capabilities::new(INSTANT);

#[otpkit::async_trait]
impl otpkit::OtpProvider for Instant {
    fn capabilities(&self) -> &[otpkit::Capabilities] {
        std::slice::from_ref(&CAPABILITIES)
    }

    async fn send(&self, _: &otpkit::SendRequest) -> Result<otpkit::Verification, otpkit::Error> {
        // A Termii pin id's size: a UUID.
        let id = otpkit::VerificationId::new(INSTANT, ["29ae67c2-c8e1-4165-8a51-8d3d7c298081"])?;
        Ok(otpkit::Verification::new(id, otpkit::Channel::Sms))
    }

    async fn verify(&self, _: &otpkit::VerifyRequest) -> Result<otpkit::Outcome, otpkit::Error> {
        Ok(otpkit::Outcome::Approved)
    }
}

/// What sealing adds to a send and to a verify: the same `Otp` over an instant provider with
/// and without a seal (the difference is the seal's cost; BENCHMARKS.md).
fn seal(c: &mut Criterion) {
    let runtime = tokio::runtime::Builder::new_current_thread()
        .build()
        .expect("a runtime");
    let to = "+2348012345678";
    let key = otpkit::IdSeal::new("1", "a benchmark secret of 32 characters").expect("a key");
    for (name, seal) in [
        ("unsealed", otpkit::IdSeal::insecure_unsealed()),
        ("sealed", key),
    ] {
        let otp = otpkit::Otp::new(Instant, seal);
        // The number parsed once, as a router parses it to pick the route: that cost is not
        // the seal's (`phone_parse_and_format`).
        let send = otpkit::SendRequest::new(to);
        send.phone().expect("a valid number");
        c.bench_function(&format!("otp_send_{name}"), |b| {
            b.iter(|| runtime.block_on(otp.send(black_box(&send))))
        });
        let id = runtime
            .block_on(otp.send(&otpkit::SendRequest::new(to)))
            .expect("sent")
            .id;
        let request = otpkit::VerifyRequest::new(id, "123456").destination(to);
        c.bench_function(&format!("otp_verify_{name}"), |b| {
            b.iter(|| runtime.block_on(otp.verify(black_box(&request))))
        });
    }
}

fn phone(c: &mut Criterion) {
    c.bench_function("phone_parse_and_format", |b| {
        b.iter(|| {
            let phone = otpkit::Phone::parse(black_box("+2348012345678")).expect("valid");
            (phone.e164(), phone.digits(), phone.national())
        })
    });
}

fn serialisation(c: &mut Criterion) {
    let termii: otpkit_termii::types::SendTokenRequest = serde_json::from_str(
        r#"{"api_key":"k","message_type":"NUMERIC","pin_type":"NUMERIC","to":"2348012345678","from":"Acme","channel":"generic","pin_attempts":3,"pin_time_to_live":10,"pin_length":6,"pin_placeholder":"< 1234 >","message_text":"Your code is < 1234 >"}"#,
    )
    .expect("valid");
    let shoutout: otpkit_shoutout::types::SendOtpRequest = serde_json::from_str(
        r#"{"source":"ShoutDEMO","destination":"94771234567","transport":"sms","content":{"sms":"Your code is {{code}}"}}"#,
    )
    .expect("valid");
    let octopush: otpkit_octopush::types::GenerateOtpRequest =
        serde_json::from_str(r#"{"phone_number":"+33612345678","channel":"sms","code_length":6}"#)
            .expect("valid");
    let pipwave = otpkit_pipwave::SendToken {
        timestamp: 1_539_677_150,
        api_key: "sdvdas23t3btg34bhb",
        user_id: "505315",
        contact_no_country_dialing_code: "60",
        contact_no: "123456789",
    }
    .sign("sample-secret")
    .expect("valid");
    c.bench_function("serialise_termii_send", |b| {
        b.iter(|| serde_json::to_vec(black_box(&termii)))
    });
    c.bench_function("serialise_pipwave_send", |b| {
        b.iter(|| serde_json::to_vec(black_box(&pipwave)))
    });
    c.bench_function("serialise_shoutout_send", |b| {
        b.iter(|| serde_json::to_vec(black_box(&shoutout)))
    });
    c.bench_function("serialise_octopush_generate", |b| {
        b.iter(|| serde_json::to_vec(black_box(&octopush)))
    });
}

/// The guard's decision with every rule on, in a memory store holding a million keys: a
/// guarded send over an instant provider against the provider alone (the difference is the
/// decision). Numbers are parsed beforehand, as a router's `SendRequest` caches them.
fn guard(c: &mut Criterion) {
    use std::sync::Arc;

    let runtime = tokio::runtime::Builder::new_current_thread()
        .build()
        .expect("a runtime");
    let store = Arc::new(otpkit::guard::MemoryStore::new());
    let provider: Arc<dyn otpkit::OtpProvider> = Arc::new(Instant);
    let guard = otpkit::Guard::builder(provider)
        .policy(otpkit_bench::every_rule_never_refusing().countries([234]))
        .shared_store(store.clone())
        .build()
        .expect("a guard");
    // Each send counts under 3 keys of its own (its destination's cap and cooldown, its
    // caller's cap) and a few shared ones (its prefix, its country): 340,000 numbers and
    // callers fill the store past a million keys.
    let requests: Vec<otpkit::SendRequest> = (0..340_000u32)
        .map(|n| {
            let request =
                otpkit::SendRequest::new(format!("+234803{n:07}")).caller(format!("c{n}"));
            request.phone().expect("a valid number");
            request
        })
        .collect();
    for request in &requests {
        runtime
            .block_on(otpkit::OtpProvider::send(&guard, request))
            .expect("admitted");
    }
    assert!(store.len() >= 1_000_000, "{} keys", store.len());
    // Each iteration sends to the next of the 340,000 numbers (a stride through them, so that
    // its keys are cold in the CPU's caches, as in a store of a million keys they are), with a
    // request built just before, untimed (an application sends the request it just built).
    let next = std::cell::Cell::new(0usize);
    let request = || {
        let i = next.get();
        next.set((i + 7919) % requests.len());
        let request = requests[i].clone();
        request.phone().expect("a valid number");
        request
    };
    let batch = criterion::BatchSize::NumIterations(64);
    c.bench_function("guard_send_memory_1m_keys", |b| {
        b.iter_batched(
            request,
            |r| runtime.block_on(otpkit::OtpProvider::send(&guard, black_box(&r))),
            batch,
        )
    });
    c.bench_function("guard_send_unguarded", |b| {
        b.iter_batched(
            request,
            |r| runtime.block_on(otpkit::OtpProvider::send(&Instant, black_box(&r))),
            batch,
        )
    });
}

criterion_group!(
    benches,
    guard,
    signature,
    verification_id,
    seal,
    phone,
    serialisation
);
criterion_main!(benches);
