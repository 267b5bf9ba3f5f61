//! Criterion micro-benchmarks of the hot pure functions: the pipwave signature, verification-id
//! encode and parse, phone normalisation, and request serialisation per vendor.
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

criterion_group!(benches, signature, verification_id, phone, serialisation);
criterion_main!(benches);
